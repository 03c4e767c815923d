package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsfacts.Soak;
import newsfacts.bench.CorpusGenerator;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.index.FactSchema;
import newsfacts.index.FactSearcher;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests killed hard (SIGKILL) at random points, again and again, in child JVMs: after every kill the
 * index opens, passes CheckIndex and holds only facts of the clean run, none twice; the next ingest
 * completes it, and the result equals a clean run's. While an ingest runs, searches work and a second
 * ingest on the same index fails fast on the lock.
 *
 * <p>Normal run: 3 kills. Under {@code -Psoak}: {@code -Dnewsfacts.soak.kills} (default 40) on a bigger
 * corpus, bounded by {@code -Dnewsfacts.soak.crashSeconds}. Replay a run with {@code -Dnewsfacts.seed=N}.
 */
class IngestCrashTest {
  @TempDir
  Path tmp;

  static final String[] COMPANIES = {"Alibaba", "Tencent", "Nvidia", "Baidu", "Huawei", "DeepSeek", "OpenAI"};

  /** Small Dutch articles, the seeds, and generated articles in six languages and legacy charsets. */
  Path corpus(int small, int generated) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < small; i++) {
      String c = COMPANIES[i % COMPANIES.length];
      String d = COMPANIES[(i + 3) % COMPANIES.length];
      Files.writeString(dir.resolve(String.format("%03d.txt", i)),
          c + " investeert " + (i + 2) + " miljard dollar in nieuwe AI-datacenters, meldde het bedrijf.\n\n"
              + "Volgens analisten concurreert " + c + " daarmee met " + d + ", dat " + (10 + i)
              + " procent meer chips koopt dan vorig jaar.\n",
          StandardCharsets.UTF_8);
    }
    Path seeds = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");
    Path seedCopy = Files.createDirectories(dir.resolve("seeds"));
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, seedCopy.resolve(f.getFileName()));
      }
    }
    if (generated > 0) {
      CorpusGenerator.generate(generated, dir.resolve("generated"), 7, LexiconSource.packaged(), seeds);
    }
    return dir;
  }

  static List<String> json(Path index, String kind) throws Exception {
    try (FactSearcher s = FactSearcher.open(index)) {
      return s.allJson(kind);
    }
  }

  static int ingestInProcess(Path corpus, Path index) {
    return Main.run(new String[] {"ingest", corpus.toString(), "--index", index.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  /** The generation of the newest commit (0: none yet). */
  static int commits(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (var files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToInt(n -> Integer.parseInt(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
    }
  }

  Process startIngest(Path corpus, Path index, int commitEvery, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", corpus.toString(), "--index", index.toString(), "--commit-every", String.valueOf(commitEvery)));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  static void assertCheckIndexClean(Path index) throws IOException {
    ByteArrayOutputStream check = new ByteArrayOutputStream();
    try (FSDirectory dir = FSDirectory.open(index); CheckIndex ci = new CheckIndex(dir)) {
      ci.setInfoStream(new PrintStream(check, true, StandardCharsets.UTF_8));
      assertTrue(ci.checkIndex().clean, check.toString(StandardCharsets.UTF_8));
    }
  }

  /** After a kill: the last commit is sound and holds a duplicate-free subset of the clean run's records. */
  static int assertSoundSubset(Path index, String kind, Set<String> expected) throws Exception {
    List<String> partial = json(index, kind);
    assertEquals(partial.size(), new HashSet<>(partial).size(), "duplicate " + kind + " records after a kill");
    for (String r : partial) {
      assertTrue(expected.contains(r), kind + " record not in the clean run: " + r);
    }
    return partial.size();
  }

  @Test
  void repeatedlyKilledIngestsLoseNothing() throws Exception {
    long seed = Soak.seed(20260110L);
    Random random = new Random(seed);
    int targetKills = Soak.count("newsfacts.soak.kills", 3, 40);
    long budgetNanos = Soak.budget("newsfacts.soak.crashSeconds", 300, 420).toNanos();
    Path corpus = Soak.on() ? corpus(300, 60) : corpus(150, 0);

    long t0 = System.nanoTime();
    Path clean = tmp.resolve("clean");
    assertEquals(0, ingestInProcess(corpus, clean));
    long cleanMs = (System.nanoTime() - t0) / 1_000_000;
    List<String> expectedFacts = json(clean, FactSchema.KIND_FACT);
    List<String> expectedArticles = json(clean, FactSchema.KIND_ARTICLE);
    assertTrue(expectedFacts.size() >= 150 * 3, "facts in a clean run: " + expectedFacts.size());
    Set<String> factSet = new HashSet<>(expectedFacts);
    Set<String> articleSet = new HashSet<>(expectedArticles);
    assertEquals(expectedFacts.size(), factSet.size(), "a clean run has no duplicate facts");

    int kills = 0;
    int completed = 0;
    int rounds = 0;
    int killedBeforeFirstCommit = 0;
    long startupMs = -1; // a child's start to its first commit, measured in the first round
    long fullMs = -1; // a child's whole run from an empty index, once one has finished
    int cycle = 1;
    Path index = tmp.resolve("cycle-" + cycle);
    long deadline = System.nanoTime() + budgetNanos;
    while (kills < targetKills && System.nanoTime() < deadline) {
      rounds++;
      Path log = tmp.resolve("child-" + rounds + ".log");
      boolean fresh = commits(index) == 0;
      long started = System.nanoTime();
      Process p = startIngest(corpus, index, 1 + random.nextInt(5), log);
      long delayMs;
      if (startupMs < 0) {
        // first round: wait for the first commit, which also measures how long a child takes to start
        while (commits(index) < 1 && p.isAlive() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(120)) {
          Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "the child ended before its first commit: " + Files.readString(log));
        startupMs = (System.nanoTime() - started) / 1_000_000;
        searchAndLockWhileIngesting(corpus, index, p, log);
        delayMs = (System.nanoTime() - started) / 1_000_000 + random.nextLong(Math.max(1, cleanMs / 2));
      } else {
        // anywhere from the middle of start-up to the end of a whole run (a run with less left may finish)
        long span = fullMs > 0 ? fullMs : startupMs + cleanMs;
        delayMs = startupMs / 2 + random.nextLong(Math.max(1, span - startupMs / 2));
      }
      long leftMs = delayMs - (System.nanoTime() - started) / 1_000_000;
      if (p.waitFor(Math.max(0, leftMs), TimeUnit.MILLISECONDS)) {
        // finished before the kill: the cycle is complete and must equal the clean run
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertEquals(expectedFacts, json(index, FactSchema.KIND_FACT), "cycle " + cycle);
        assertEquals(expectedArticles, json(index, FactSchema.KIND_ARTICLE), "cycle " + cycle);
        if (fresh) {
          fullMs = (System.nanoTime() - started) / 1_000_000;
        }
        completed++;
        index = tmp.resolve("cycle-" + ++cycle);
        continue;
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed child did not go away");
      kills++;
      if (commits(index) == 0) {
        killedBeforeFirstCommit++;
        continue;
      }
      assertCheckIndexClean(index);
      assertSoundSubset(index, FactSchema.KIND_FACT, factSet);
      assertSoundSubset(index, FactSchema.KIND_ARTICLE, articleSet);
    }
    assertTrue(kills >= Math.min(targetKills, 1) && (Soak.on() || kills == targetKills),
        "kills: " + kills + " of " + targetKills + " in the time budget");

    // the next ingest completes the last killed cycle
    assertEquals(0, ingestInProcess(corpus, index));
    List<String> facts = json(index, FactSchema.KIND_FACT);
    Set<String> lost = new HashSet<>(factSet);
    lost.removeAll(new HashSet<>(facts));
    assertEquals(Set.of(), lost, "facts lost");
    assertEquals(expectedFacts, facts);
    assertEquals(expectedArticles, json(index, FactSchema.KIND_ARTICLE));
    assertCheckIndexClean(index);
    Soak.record(String.format("crash: seed %d, %d files, %d facts per run, %d child runs: %d SIGKILLs survived (%d "
            + "before the first commit, all others passed CheckIndex), %d runs finished before their kill, %d cycles "
            + "verified equal to the clean run, facts lost %d, duplicates 0",
        seed, fileCount(corpus), expectedFacts.size(), rounds, kills, killedBeforeFirstCommit, completed, cycle,
        lost.size()));
  }

  /** While {@code child} ingests: a search sees its last commit, and a second ingest fails fast on the lock. */
  private static void searchAndLockWhileIngesting(Path corpus, Path index, Process child, Path log) throws Exception {
    try (FactSearcher s = FactSearcher.open(index)) {
      assertTrue(s.count(FactSchema.KIND_FACT) > 0, "a search during the ingest sees the first commit");
    }
    CliTest.Run search = CliTest.run("search", "company:alibaba", "--index", index.toString());
    assertEquals(0, search.code(), search.err());
    long t0 = System.nanoTime();
    CliTest.Run second = CliTest.run("ingest", corpus.toString(), "--index", index.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(child.isAlive(), "the child finished during the lock check; use a bigger corpus: "
        + Files.readString(log));
    assertEquals(1, second.code(), second.out() + second.err());
    assertEquals("newsfacts: index " + index + " is locked by another running ingest (write.lock); wait for it "
        + "to finish, or if none is running remove " + index.resolve("write.lock"), second.err().strip());
    assertTrue(ms < 20_000, "the second ingest waited " + ms + " ms on the lock");
  }

  static long fileCount(Path dir) throws IOException {
    try (var w = Files.walk(dir)) {
      return w.filter(Files::isRegularFile).count();
    }
  }
}
