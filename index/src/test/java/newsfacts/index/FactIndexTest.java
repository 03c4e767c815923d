package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsfacts.extract.Fact;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the index: idempotent replace per source, prune, commit visibility, the write lock. */
class FactIndexTest {
  @TempDir
  Path dir;

  static ArticleEntry article(String docId, Fact... facts) {
    String text = "Alibaba and DeepSeek.";
    return new ArticleEntry(docId, "en", null, null, null, "UTF-8", text,
        List.of(new TextSegment(0, text.length(), "en", 1.0)), "{}", List.of(facts));
  }

  long facts(Path d) throws Exception {
    try (FactSearcher s = FactSearcher.open(d)) {
      return s.count(FactSchema.KIND_FACT);
    }
  }

  @Test
  void replacingASourceReplacesItsFacts() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"),
          Fact.company("DeepSeek", 12, "en", "deepseek", "DeepSeek"))));
      idx.commit();
      assertTrue(idx.isCurrent("a.txt", "v1"));
      assertFalse(idx.isCurrent("a.txt", "v2"));
      // the file changed: one fact now; the old two are gone in the same update
      idx.replace("a.txt", "v2", List.of(article("d2", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
      idx.commit();
    }
    assertEquals(1, facts(dir));
  }

  @Test
  void aFileIndexedUnderAnotherSchemaVersionIsNotCurrent() throws Exception {
    // an article as an older release wrote it: same source and bytes, schema field of version 1
    org.apache.lucene.document.Document old = FactSchema.articleDocument("a.txt", "v1", "d1", "en", null, null,
        null, "UTF-8", "Alibaba.", List.of(new TextSegment(0, 8, "en", 1.0)), 0, "{}");
    old.removeFields(FactSchema.SCHEMA);
    old.add(new org.apache.lucene.document.StringField(FactSchema.SCHEMA, "1",
        org.apache.lucene.document.Field.Store.NO));
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
            new org.apache.lucene.index.IndexWriterConfig(FactSchema.analyzer()))) {
      w.addDocument(FactSchema.facetsConfig().build(old));
      w.commit();
    }
    try (FactIndex idx = FactIndex.open(dir)) {
      assertFalse(idx.isCurrent("a.txt", "v1"));
      idx.replace("a.txt", "v1", List.of(article("d1")));
      idx.commit();
      assertTrue(idx.isCurrent("a.txt", "v1"));
    }
  }

  @Test
  void theUnchangedCheckReadsTheLastCommitAndFlushesNothing() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      for (String source : List.of("a.txt", "b.txt", "c.txt")) {
        assertFalse(idx.isCurrent(source, "v1"));
        idx.replace(source, "v1", List.of(article("d-" + source)));
        // applied but not committed: not current yet
        assertFalse(idx.isCurrent(source, "v1"));
      }
      idx.commit();
      assertTrue(idx.isCurrent("a.txt", "v1"));
      assertTrue(idx.isCurrent("c.txt", "v1"));
    }
    // the three files were buffered together and flushed once, at the commit: one segment, not three
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
      assertEquals(1, r.leaves().size());
      assertEquals(3, r.numDocs());
    }
  }

  @Test
  void uncommittedChangesAreDroppedOnClose() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
      idx.commit();
      idx.replace("b.txt", "v1", List.of(article("d2", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
    }
    // a crash before commit leaves the previous commit
    assertEquals(1, facts(dir));
  }

  @Test
  void readersSeeACommittedSnapshotUntilTheyRefresh() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
      idx.commit();
      try (FactSearcher s = FactSearcher.open(dir)) {
        idx.replace("b.txt", "v1", List.of(article("d2", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"),
            Fact.company("DeepSeek", 12, "en", "deepseek", "DeepSeek"))));
        // an ingest in progress is invisible; a commit becomes visible on refresh
        assertEquals(1, s.count(FactSchema.KIND_FACT));
        idx.commit();
        assertEquals(1, s.count(FactSchema.KIND_FACT));
        s.refresh();
        assertEquals(3, s.count(FactSchema.KIND_FACT));
      }
    }
  }

  @Test
  void pruneRemovesVanishedSources() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
      idx.replaceWithError("broken.pdf", "v9", "empty file", "{\"kind\":\"error\"}");
      idx.replace("b.txt", "v1", List.of(article("d2", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
      idx.commit();
      assertEquals(Set.of("a.txt", "b.txt", "broken.pdf"), idx.sources());
      assertEquals(2, idx.prune(src -> src.equals("a.txt")));
      idx.commit();
      assertEquals(Set.of("a.txt"), idx.sources());
    }
    assertEquals(1, facts(dir));
  }

  @Test
  void secondWriterFailsFastWithAClearMessage() throws Exception {
    try (FactIndex first = FactIndex.open(dir)) {
      IndexException e = assertThrows(IndexException.class, () -> FactIndex.open(dir));
      assertTrue(e.getMessage().startsWith("index " + dir + " is locked by another running ingest"), e.getMessage());
    }
  }

  @Test
  void corruptIndexSaysHowToRebuild() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a.txt", "v1", List.of(article("d1", Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba"))));
      idx.commit();
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    IndexException e = assertThrows(IndexException.class, () -> FactSearcher.open(dir));
    assertTrue(e.getMessage().contains("delete the folder and ingest again"), e.getMessage());
  }

  @Test
  void anIndexPathThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    IndexException e = assertThrows(IndexException.class, () -> FactIndex.open(file));
    assertEquals("index " + file + " is a file, not a folder; choose another --index", e.getMessage());
  }

  @Test
  void searchingAMissingIndexSaysToIngest() {
    IndexException e = assertThrows(IndexException.class, () -> FactSearcher.open(dir.resolve("nope")));
    assertEquals("no index at " + dir.resolve("nope") + "; run `newsfacts ingest` first", e.getMessage());
  }
}
