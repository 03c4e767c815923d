package newsfacts.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;
import newsfacts.read.ArticleReader;
import newsfacts.read.ReadException;
import newsfacts.read.ReaderConfig;

/**
 * Single-thread figures for docs/language.md: detector build time and heap, lines classified per second,
 * and the detector's share of the per-article time of reading (Tika) + language + sentences. Times are the
 * JVM's CPU time ({@link #cpu()}), so a busy machine does not inflate them. The articles are processed on
 * one thread. Not a test.
 *
 * <p>Run one mode per JVM, so that the heap figure is that mode's alone (Lingua keeps its models in static
 * maps shared by every detector):
 *
 * <pre>
 * mvn -q -pl pipeline -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp pipeline/target/test-classes:pipeline/target/classes:extractors/target/classes:$(cat /tmp/cp.txt) \
 *     newsfacts.lang.LanguageBenchmark shortcut|lingua [seedsDir] [sharedDir]
 * </pre>
 *
 * The corpus is the repo's seeds plus the Europarl and Wikipedia texts in
 * {@code shared/conformance/raw-documents/tika/*.test} when present.
 */
public final class LanguageBenchmark {
  private static final int WARM_UP_PASSES = 3;
  private static final int TIMED_PASSES = 20;
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private LanguageBenchmark() {}

  public static void main(String[] args) throws IOException, ReadException {
    boolean shortcut = args.length == 0 || !args[0].equals("lingua");
    Path seeds = Path.of(args.length > 1 ? args[1] : "seeds");
    Path shared = Path.of(args.length > 2 ? args[2] : "../shared");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    Path tika = shared.resolve("conformance/raw-documents/tika");
    if (Files.isDirectory(tika)) {
      try (Stream<Path> s = Files.list(tika)) {
        s.filter(p -> p.toString().endsWith(".test")).sorted().forEach(files::add);
      }
    }
    List<String> texts = new ArrayList<>();
    long chars = 0;
    for (Path f : files) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
      chars += texts.get(texts.size() - 1).length();
    }

    long heapBefore = usedHeap();
    long t0 = System.nanoTime(); // wall time: Lingua preloads its models on several threads
    LanguageDetector detector = new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES, shortcut);
    long buildNanos = System.nanoTime() - t0;
    long heapAfter = usedHeap();
    SentenceSplitter splitter = new SentenceSplitter();
    ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULT);

    long lines = 0;
    long segments = 0;
    long detectNanos = 0;
    long splitNanos = 0;
    long readNanos = 0;
    for (int pass = 0; pass < WARM_UP_PASSES + TIMED_PASSES; pass++) {
      boolean timed = pass >= WARM_UP_PASSES;
      for (int i = 0; i < files.size(); i++) {
        String text = texts.get(i);
        long a = cpu();
        reader.read(files.get(i), files.get(i).toString());
        long b = cpu();
        List<TextSegment> segs = detector.segments(text);
        long c = cpu();
        List<Span> sentences = splitter.split(text, segs);
        long d = cpu();
        if (timed) {
          readNanos += b - a;
          detectNanos += c - b;
          splitNanos += d - c;
          lines += text.lines().filter(l -> !l.isBlank()).count();
          segments += segs.size();
        }
        if (sentences.isEmpty() && !text.isBlank()) {
          throw new IllegalStateException("no sentences in " + files.get(i));
        }
      }
    }
    long articles = (long) files.size() * TIMED_PASSES;
    double detectMs = detectNanos / 1e6 / articles;
    double splitMs = splitNanos / 1e6 / articles;
    double readMs = readNanos / 1e6 / articles;
    System.out.printf(Locale.ROOT, "mode=%s articles=%d chars/article=%d lines/article=%d%n",
        shortcut ? "script shortcut + Lingua(nl,de,en)" : "Lingua(all six) only",
        files.size(), chars / files.size(), lines / articles);
    System.out.printf(Locale.ROOT, "build: %.0f ms, heap +%.0f MB (used %.0f -> %.0f MB)%n",
        buildNanos / 1e6, (heapAfter - heapBefore) / 1e6, heapBefore / 1e6, heapAfter / 1e6);
    System.out.printf(Locale.ROOT, "detect: %.0f lines/s, %.0f segments/s out, %.2f ms/article%n",
        lines / (detectNanos / 1e9), segments / (detectNanos / 1e9), detectMs);
    System.out.printf(Locale.ROOT, "sentences: %.2f ms/article; read (Tika): %.2f ms/article%n", splitMs, readMs);
    System.out.printf(Locale.ROOT, "detector share of read+detect+sentences: %.0f%%%n",
        100 * detectMs / (detectMs + splitMs + readMs));
  }

  /**
   * The CPU time of the whole JVM in ns. Unlike wall time it does not count what other processes on a shared
   * machine take from us; unlike this thread's CPU time it counts the work Lingua hands to the common
   * ForkJoinPool (it scores the candidate languages in parallel).
   */
  private static long cpu() {
    return PROCESS.getProcessCpuTime();
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
