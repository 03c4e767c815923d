package newsfacts.bench;

import java.io.InputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsfacts.index.FactIndex;
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
 * Where the time of one article goes, per language and stage, on one thread with a warm JIT: Tika's
 * bare text extraction, then newsfacts' read, language, extract, index preparation (analysis) and
 * index writing, over the same files in the same pass. One thread and whole stages at a time keep the
 * figures steady on a shared machine (no thread competes with another), so a change to one stage shows
 * in that stage's column; {@link IngestBench} measures the real parallel ingest.
 *
 * <p>The groups are the corpus's top-level folders ({@code bench corpus} writes one per language).
 */
public final class StagesBench {
  private StagesBench() {}

  /** Seconds per stage for one group in one pass. */
  record Pass(double tika, double read, double lang, double extract, double prepare, double write, long facts) {
    double total() {
      return read + lang + extract + prepare + write;
    }
  }

  public static void run(Path corpus, int warmups, int passes, NewsFacts.Options options, PrintWriter out)
      throws Exception {
    Map<String, List<SourceWalker.Source>> groups = groups(corpus);
    NewsFacts nf = NewsFacts.create(options);
    AutoDetectParser tika = new AutoDetectParser();
    Map<String, List<Pass>> results = new LinkedHashMap<>();
    for (int p = 0; p < warmups + passes; p++) {
      for (Map.Entry<String, List<SourceWalker.Source>> g : groups.entrySet()) {
        Pass pass = pass(g.getValue(), nf, tika);
        if (p >= warmups) {
          results.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).add(pass);
        }
      }
    }
    long files = groups.values().stream().mapToLong(List::size).sum();
    out.printf(Locale.ROOT, "corpus: %s, %,d files; 1 thread; %d warm-up pass(es), median of %d%n%n", corpus, files,
        warmups, passes);
    out.println("| group | files | facts | Tika s | read | language | extract | index: analysis | index: write "
        + "| newsfacts s | ratio |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    double[] sum = new double[7];
    long factSum = 0;
    for (Map.Entry<String, List<Pass>> r : results.entrySet()) {
      List<Pass> ps = r.getValue();
      double[] m = {
        median(ps, Pass::tika), median(ps, Pass::read), median(ps, Pass::lang), median(ps, Pass::extract),
        median(ps, Pass::prepare), median(ps, Pass::write), median(ps, Pass::total)};
      for (int i = 0; i < m.length; i++) {
        sum[i] += m[i];
      }
      long facts = ps.get(0).facts();
      factSum += facts;
      row(out, r.getKey(), groups.get(r.getKey()).size(), facts, m);
    }
    row(out, "**all**", files, factSum, sum);
    out.flush();
  }

  private static void row(PrintWriter out, String name, long files, long facts, double[] m) {
    out.printf(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, files,
        facts, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[6] / m[0]);
  }

  private static Map<String, List<SourceWalker.Source>> groups(Path corpus) throws IOException {
    Map<String, List<SourceWalker.Source>> out = new LinkedHashMap<>();
    List<Path> dirs;
    try (var list = Files.list(corpus)) {
      dirs = list.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path d : dirs) {
      out.put(d.getFileName().toString(), SourceWalker.walk(List.of(d)));
    }
    if (out.isEmpty()) {
      out.put(corpus.getFileName().toString(), SourceWalker.walk(List.of(corpus)));
    }
    return out;
  }

  private static Pass pass(List<SourceWalker.Source> files, NewsFacts nf, AutoDetectParser tika) throws Exception {
    long t0 = System.nanoTime();
    for (SourceWalker.Source s : files) {
      Metadata md = new Metadata();
      md.set(TikaCoreProperties.RESOURCE_NAME_KEY, s.path().getFileName().toString());
      BodyContentHandler h = new BodyContentHandler(-1);
      try (InputStream in = Files.newInputStream(s.path())) {
        tika.parse(in, h, md, new ParseContext());
      } catch (Exception e) {
        // as in IngestBench: a file Tika cannot parse costs what it cost
      }
    }
    double tikaSec = (System.nanoTime() - t0) / 1e9;
    long r0 = nf.times().readNanos();
    long l0 = nf.times().languageNanos();
    long e0 = nf.times().extractNanos();
    List<FileOutcome> outcomes = new ArrayList<>(files.size());
    long facts = 0;
    for (SourceWalker.Source s : files) {
      FileOutcome o = nf.process(s.path(), s.source());
      for (ExtractedDocument d : o.documents()) {
        facts += d.facts().size();
      }
      outcomes.add(o);
    }
    double read = (nf.times().readNanos() - r0) / 1e9;
    double lang = (nf.times().languageNanos() - l0) / 1e9;
    double extract = (nf.times().extractNanos() - e0) / 1e9;
    Path dir = Files.createTempDirectory("newsfacts-stages");
    long prepare = 0;
    long write = 0;
    try (FactIndex idx = FactIndex.open(dir)) {
      for (FileOutcome o : outcomes) {
        long p0 = System.nanoTime();
        FactIndex.Update u = IndexUpdates.of(idx, o);
        long p1 = System.nanoTime();
        idx.apply(u);
        prepare += p1 - p0;
        write += System.nanoTime() - p1;
      }
      long c0 = System.nanoTime();
      idx.commit();
      write += System.nanoTime() - c0;
    } finally {
      delete(dir);
    }
    return new Pass(tikaSec, read, lang, extract, prepare / 1e9, write / 1e9, facts);
  }

  private static double median(List<Pass> ps, java.util.function.ToDoubleFunction<Pass> f) {
    double[] v = ps.stream().mapToDouble(f).sorted().toArray();
    return v[v.length / 2];
  }

  private static void delete(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
