package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsfacts.index.FactSchema;
import newsfacts.index.FactSearcher;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed hard (SIGKILL) in the middle of a batch leaves an index that opens and passes
 * CheckIndex; the next ingest completes it, and the result equals a clean run's: same facts, no
 * duplicates.
 */
class IngestCrashTest {
  @TempDir
  Path tmp;

  static final String[] COMPANIES = {"Alibaba", "Tencent", "Nvidia", "Baidu", "Huawei", "DeepSeek", "OpenAI"};

  Path corpus(int n) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < n; i++) {
      String c = COMPANIES[i % COMPANIES.length];
      String d = COMPANIES[(i + 3) % COMPANIES.length];
      Files.writeString(dir.resolve(String.format("%03d.txt", i)),
          c + " investeert " + (i + 2) + " miljard dollar in nieuwe AI-datacenters, meldde het bedrijf.\n\n"
              + "Volgens analisten concurreert " + c + " daarmee met " + d + ", dat " + (10 + i)
              + " procent meer chips koopt dan vorig jaar.\n",
          StandardCharsets.UTF_8);
    }
    return dir;
  }

  static List<String> facts(Path index) throws Exception {
    try (FactSearcher s = FactSearcher.open(index)) {
      return s.allJson(FactSchema.KIND_FACT);
    }
  }

  static int ingestInProcess(Path corpus, Path index) {
    return Main.run(new String[] {"ingest", corpus.toString(), "--index", index.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  static int commits(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (var files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToInt(n -> Integer.parseInt(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
    }
  }

  @Test
  void killedIngestIsCompletedByTheNextRun() throws Exception {
    Path corpus = corpus(120);
    Path clean = tmp.resolve("clean");
    assertEquals(0, ingestInProcess(corpus, clean));
    List<String> expected = facts(clean);
    assertTrue(expected.size() >= 120 * 3, "facts in a clean run: " + expected.size());

    Path index = tmp.resolve("killed");
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", corpus.toString(), "--index", index.toString(), "--commit-every", "3"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // wait until a few commits have happened, then kill -9 in the middle of the batch
    while (commits(index) < 4 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    ByteArrayOutputStream check = new ByteArrayOutputStream();
    try (FSDirectory dir = FSDirectory.open(index); CheckIndex ci = new CheckIndex(dir)) {
      ci.setInfoStream(new PrintStream(check, true, StandardCharsets.UTF_8));
      assertTrue(ci.checkIndex().clean, check.toString(StandardCharsets.UTF_8));
    }
    int partial = facts(index).size();
    assertTrue(partial > 0 && partial < expected.size(), "facts after the kill: " + partial);

    assertEquals(0, ingestInProcess(corpus, index));
    assertEquals(expected, facts(index));
  }
}
