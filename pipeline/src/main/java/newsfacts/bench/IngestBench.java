package newsfacts.bench;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import newsfacts.index.FactIndex;
import newsfacts.pipeline.BatchRunner;
import newsfacts.pipeline.ExtractedDocument;
import newsfacts.pipeline.FileOutcome;
import newsfacts.pipeline.IndexUpdates;
import newsfacts.pipeline.NewsFacts;
import newsfacts.read.SourceWalker;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The full pipeline (read, language, extract, index) over a corpus, against Tika's bare text
 * extraction (AutoDetectParser + BodyContentHandler) over the same files with the same threads, in the
 * same run. Reports medians of the runs and their ratio.
 */
public final class IngestBench {
  private IngestBench() {}

  record Run(double seconds, long facts, long docs, long readNs, long langNs, long extractNs, long indexNs,
      long indexWriteNs) {}

  /** Files of the untimed warm-up round (every k-th file of the corpus, so every language and format). */
  static final int WARMUP_FILES = 4000;

  public static void run(Path corpus, int runs, int threads, NewsFacts.Options options, PrintWriter out)
      throws Exception {
    run(corpus, runs, threads, true, options, out);
  }

  /**
   * With {@code warmup}, one untimed round of both sides over {@value #WARMUP_FILES} files spread over the
   * corpus comes first, so that the timed runs compare steady states (the JIT compiles both sides' hot
   * code in the first minute; a cold first run took 1.4 to 1.7 times as long as the next on 20,000 files).
   */
  public static void run(Path corpus, int runs, int threads, boolean warmup, NewsFacts.Options options,
      PrintWriter out) throws Exception {
    List<SourceWalker.Source> files = SourceWalker.walk(List.of(corpus));
    // Every file read once first: the first timed side must not be the only one reading from disk.
    long bytes = 0;
    for (SourceWalker.Source s : files) {
      bytes += Files.readAllBytes(s.path()).length;
    }
    AutoDetectParser tika = new AutoDetectParser();
    if (warmup) {
      List<SourceWalker.Source> sample = spread(files, WARMUP_FILES);
      baseline(sample, threads, tika);
      pipeline(sample, threads, options);
    }
    double[] base = new double[runs];
    Run[] full = new Run[runs];
    double[] baseCpu = new double[runs];
    double[] fullCpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      long c0 = processCpuNanos();
      base[r] = baseline(files, threads, tika);
      long c1 = processCpuNanos();
      full[r] = pipeline(files, threads, options);
      baseCpu[r] = (c1 - c0) / 1e9;
      fullCpu[r] = (processCpuNanos() - c1) / 1e9;
    }
    double b = median(base);
    double f = median(Arrays.stream(full).mapToDouble(Run::seconds).toArray());
    Run med = Arrays.stream(full).filter(x -> x.seconds() == f).findFirst().orElseThrow();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    double mb = bytes / 1e6;
    out.printf(Locale.ROOT, "corpus: %,d files, %.1f MB; %d threads; %smedian of %d runs%n%n", files.size(), mb,
        threads, warmup ? String.format(Locale.ROOT, "after an untimed warm-up round over %,d files, ",
            Math.min(files.size(), WARMUP_FILES)) : "",
        runs);
    out.println("| | seconds | docs/s | MB/s | facts/s |");
    out.println("|---|---:|---:|---:|---:|");
    out.printf(Locale.ROOT, "| Tika AutoDetectParser + BodyContentHandler | %.2f | %,.0f | %.2f | |%n", b, files.size() / b, mb / b);
    out.printf(Locale.ROOT, "| newsfacts ingest (read, language, extract, index) | %.2f | %,.0f | %.2f | %,.0f |%n",
        f, med.docs() / f, mb / f, med.facts() / f);
    out.printf(Locale.ROOT, "%nratio newsfacts / Tika: **%.2f** (runs: Tika %s s; newsfacts %s s)%n", f / b,
        fmt(base), fmt(Arrays.stream(full).mapToDouble(Run::seconds).toArray()));
    // Each run times Tika, then newsfacts, back to back: the ratio within a run is less exposed to the
    // machine's drift between runs than the ratio of the two medians.
    double[] perRun = new double[runs];
    for (int r = 0; r < runs; r++) {
      perRun[r] = full[r].seconds() / base[r];
    }
    out.printf(Locale.ROOT, "ratio within each run: %s; median **%.2f**%n", fmt(perRun), median(perRun));
    int baseRun = indexOf(base, b);
    int fullRun = Arrays.asList(full).indexOf(med);
    if (baseCpu[baseRun] > 0) {
      // CPU of the whole process (GC and JIT threads too) over each side's median run
      out.printf(Locale.ROOT, "CPU (process, median runs): Tika %.1f core-s (%.2f cores busy), newsfacts %.1f core-s "
              + "(%.2f cores busy); ratio of CPU %.2f%n", baseCpu[baseRun], baseCpu[baseRun] / b, fullCpu[fullRun],
          fullCpu[fullRun] / f, fullCpu[fullRun] / baseCpu[baseRun]);
    }
    double total = med.readNs() + med.langNs() + med.extractNs() + med.indexNs();
    out.printf(Locale.ROOT, "%nstage time (thread-seconds, median run): read %.1f (%.0f%%), language %.1f (%.0f%%), "
            + "extract+link %.1f (%.0f%%), index %.1f (%.0f%%; of which %.1f on the one writing thread, "
            + "the rest analysis on the workers)%n",
        med.readNs() / 1e9, 100 * med.readNs() / total, med.langNs() / 1e9, 100 * med.langNs() / total,
        med.extractNs() / 1e9, 100 * med.extractNs() / total, med.indexNs() / 1e9, 100 * med.indexNs() / total,
        med.indexWriteNs() / 1e9);
    out.printf(Locale.ROOT, "facts: %,d; peak heap: %,d MB (max %,d MB)%n", med.facts(), peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
  }

  /** At most {@code n} of {@code files}, evenly spread. */
  static List<SourceWalker.Source> spread(List<SourceWalker.Source> files, int n) {
    if (files.size() <= n) {
      return files;
    }
    List<SourceWalker.Source> out = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(files.get((int) ((long) i * files.size() / n)));
    }
    return out;
  }

  /** CPU time of this process so far (all its threads), or 0 where the JVM does not say. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /** The middle value (the upper middle for an even count). */
  private static double median(double[] a) {
    double[] sorted = a.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static int indexOf(double[] a, double v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    throw new IllegalArgumentException(v + " not in the runs");
  }

  private static String fmt(double[] a) {
    StringBuilder s = new StringBuilder();
    for (double d : a) {
      s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", d));
    }
    return s.toString();
  }

  static double baseline(List<SourceWalker.Source> files, int threads, AutoDetectParser tika) throws Exception {
    long t0 = System.nanoTime();
    AtomicLong chars = new AtomicLong();
    BatchRunner.run(files, threads, s -> {
      Metadata md = new Metadata();
      md.set(TikaCoreProperties.RESOURCE_NAME_KEY, s.path().getFileName().toString());
      BodyContentHandler h = new BodyContentHandler(-1);
      try (InputStream in = Files.newInputStream(s.path())) {
        tika.parse(in, h, md, new ParseContext());
      } catch (Exception e) {
        return 0;
      }
      return h.toString().length();
    }, (i, n) -> chars.addAndGet(n));
    return (System.nanoTime() - t0) / 1e9;
  }

  static Run pipeline(List<SourceWalker.Source> files, int threads, NewsFacts.Options options) throws Exception {
    Path dir = Files.createTempDirectory("newsfacts-bench-index");
    NewsFacts nf = NewsFacts.create(options);
    long r0 = nf.times().readNanos();
    long l0 = nf.times().languageNanos();
    long e0 = nf.times().extractNanos();
    long[] counts = new long[3];
    long t0 = System.nanoTime();
    AtomicLong prepareNanos = new AtomicLong();
    try (FactIndex idx = FactIndex.open(dir)) {
      // as `ingest` does: workers read, extract and analyze the index documents; one thread writes
      BatchRunner.run(files, threads, s -> {
        FileOutcome o = nf.process(s.path(), s.source());
        long p0 = System.nanoTime();
        try {
          FactIndex.Update u = IndexUpdates.of(idx, o);
          prepareNanos.addAndGet(System.nanoTime() - p0);
          return java.util.Map.entry(o, u);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, (i, p) -> {
        for (ExtractedDocument d : p.getKey().documents()) {
          counts[0] += d.facts().size();
          counts[1]++;
        }
        long i0 = System.nanoTime();
        idx.apply(p.getValue());
        counts[2] += System.nanoTime() - i0;
      });
      long c0 = System.nanoTime();
      idx.commit();
      counts[2] += System.nanoTime() - c0;
    }
    long writeNanos = counts[2];
    counts[2] += prepareNanos.get();
    double sec = (System.nanoTime() - t0) / 1e9;
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    return new Run(sec, counts[0], counts[1], nf.times().readNanos() - r0, nf.times().languageNanos() - l0,
        nf.times().extractNanos() - e0, counts[2], writeNanos);
  }
}
