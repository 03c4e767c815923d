package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import newsfacts.extract.Fact;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while the index is written: a clear error, the previous commit intact and
 * sound, and the next ingest works once there is space. Damaged index files name the folder and how to
 * rebuild. (Tests run as root here, so a full disk is simulated by a directory, not by permissions.)
 */
class IndexFaultsTest {
  @TempDir
  Path dir;

  /** Fails every write to a file whose name matches, once {@link #full} is set, as a full disk does. */
  static final class FullDisk extends FilterDirectory {
    volatile boolean full;
    private final Predicate<String> files;

    FullDisk(Directory in, Predicate<String> files) {
      super(in);
      this.files = files;
    }

    private IndexOutput guard(IndexOutput out) {
      return new FilterIndexOutput("full disk", out.getName(), out) {
        @Override
        public void writeByte(byte b) throws IOException {
          check(getName());
          super.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          check(getName());
          super.writeBytes(b, offset, length);
        }
      };
    }

    private void check(String name) throws IOException {
      if (full && files.test(name)) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      check(name);
      return guard(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      check(prefix);
      return guard(in.createTempOutput(prefix, suffix, context));
    }
  }

  static ArticleEntry article(String docId, String company) {
    return FactIndexTest.article(docId, Fact.company(company, 0, "en", company.toLowerCase(), company));
  }

  static void assertCheckIndexClean(Path index) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (FSDirectory d = FSDirectory.open(index); CheckIndex ci = new CheckIndex(d)) {
      ci.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      assertTrue(ci.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
    }
  }

  static List<String> facts(Path index) throws Exception {
    try (FactSearcher s = FactSearcher.open(index)) {
      return s.allJson(FactSchema.KIND_FACT);
    }
  }

  private void diskFillsWhileWriting(Predicate<String> files) throws Exception {
    FullDisk[] disk = new FullDisk[1];
    List<String> before;
    try (FactIndex idx = FactIndex.open(dir, p -> disk[0] = new FullDisk(FSDirectory.open(p), files))) {
      idx.replace("a.txt", "v1", List.of(article("d1", "Alibaba")));
      idx.commit();
      before = facts(dir);
      disk[0].full = true;
      // stored fields stream to disk as documents are added, the rest at commit: either may fail
      Exception e = assertThrows(Exception.class, () -> {
        idx.replace("b.txt", "v1", List.of(article("d2", "Tencent")));
        idx.replace("a.txt", "v2", List.of(article("d3", "Nvidia")));
        idx.commit();
      });
      assertTrue(e instanceof IndexException || e instanceof IOException, e.toString());
      assertEquals("disk full while writing index " + dir + "; the previous commit is intact. Free space and "
          + "ingest again", e.getMessage());
    }
    // the previous commit, exactly, and sound
    assertEquals(before, facts(dir));
    assertCheckIndexClean(dir);
    // space again: the next ingest writes normally
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("b.txt", "v1", List.of(article("d2", "Tencent")));
      idx.commit();
    }
    assertEquals(2, facts(dir).size());
    assertCheckIndexClean(dir);
  }

  @Test
  void diskFullWhenSegmentsAreFlushed() throws Exception {
    diskFillsWhileWriting(name -> !name.startsWith("pending_segments") && !name.startsWith("segments"));
  }

  @Test
  void diskFullWhenTheCommitPointIsWritten() throws Exception {
    // the segment files fit; the commit's own file (pending_segments_N, renamed on success) does not
    diskFillsWhileWriting(name -> name.startsWith("pending_segments"));
  }

  @Test
  void aTruncatedSegmentFileIsReportedAsCorrupt() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", "Alibaba")));
      idx.commit();
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".si")).toList()) {
        Files.write(p, java.util.Arrays.copyOf(Files.readAllBytes(p), 20));
      }
    }
    IndexException search = assertThrows(IndexException.class, () -> FactSearcher.open(dir));
    IndexException ingest = assertThrows(IndexException.class, () -> FactIndex.open(dir));
    for (IndexException e : List.of(search, ingest)) {
      assertTrue(e.getMessage().startsWith("index " + dir + " is corrupt or from an incompatible version ("),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("); delete the folder and ingest again to rebuild it"), e.getMessage());
    }
  }

  @Test
  void aMissingSegmentFileIsReportedAsCorrupt() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", "Alibaba")));
      idx.commit();
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".si")).toList()) {
        Files.delete(p);
      }
    }
    IndexException e = assertThrows(IndexException.class, () -> FactSearcher.open(dir));
    // Lucene wraps the NoSuchFileException of the .si file the commit names
    assertTrue(e.getMessage().startsWith("index " + dir + " is corrupt or from an incompatible version ("),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("); delete the folder and ingest again to rebuild it"), e.getMessage());
  }
}
