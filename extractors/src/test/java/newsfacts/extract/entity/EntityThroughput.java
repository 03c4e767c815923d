package newsfacts.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Single-thread matching throughput with the packaged lexicons over the seed articles, printed in MB/s
 * of UTF-8 input per second of the thread's CPU time (stable on a busy machine) and of wall time. Not a unit test: it asserts nothing about time and runs only when asked:
 * {@code mvn -pl extractors -am test -Dtest=EntityThroughput -Dnewsfacts.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "newsfacts.bench", matches = "true")
class EntityThroughput {

  @Test
  void printThroughput() throws IOException {
    String root = System.getProperty("newsfacts.root");
    Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "seeds")), "needs the seeds folder");
    long t0 = System.nanoTime();
    Lexicons lexicons = Lexicons.load(LexiconSource.packaged());
    EntityExtractor extractor = new EntityExtractor(lexicons);
    System.out.printf(Locale.ROOT, "bench: lexicons loaded and automaton of %d keys built in %d ms%n",
        new EntityDictionary(lexicons).automaton().keyCount(), (System.nanoTime() - t0) / 1_000_000);
    List<Passage> passages = new ArrayList<>();
    long bytes = 0;
    try (var files = Files.list(Path.of(root, "seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p);
        passages.add(Passage.of(text, "und"));
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    StringBuilder big = new StringBuilder();
    while (big.length() < 4_000_000) {
      passages.forEach(p -> big.append(p.text()).append('\n'));
    }
    Passage bigPassage = Passage.of(big.toString(), "und");
    long bigBytes = big.toString().getBytes(StandardCharsets.UTF_8).length;
    int facts = 0;
    for (int warm = 0; warm < 200; warm++) {
      for (Passage p : passages) {
        facts += extractor.extract(p).size();
      }
    }
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long done = 0;
    int rounds = 0;
    while (System.nanoTime() - start < 5_000_000_000L) {
      for (Passage p : passages) {
        facts += extractor.extract(p).size();
      }
      done += bytes;
      rounds++;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT, "bench: seed articles: %.1f MB/s of thread CPU time, %.1f MB/s wall"
        + " (%d rounds of %d bytes)%n", done / 1e6 / cpuSecs, done / 1e6 / secs, rounds, bytes);
    start = System.nanoTime();
    cpuStart = cpu.getCurrentThreadCpuTime();
    int n = 0;
    for (; n < 5; n++) {
      facts += extractor.extract(bigPassage).size();
    }
    secs = (System.nanoTime() - start) / 1e9;
    cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT, "bench: one %.1f MB passage: %.1f MB/s of thread CPU time, %.1f MB/s wall"
        + " (%d facts seen)%n", bigBytes / 1e6, bigBytes * n / 1e6 / cpuSecs, bigBytes * n / 1e6 / secs, facts);
  }
}
