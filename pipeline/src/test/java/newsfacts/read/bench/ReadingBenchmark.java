package newsfacts.read.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsfacts.read.ArticleReader;
import newsfacts.read.ReadException;
import newsfacts.read.ReaderConfig;
import newsfacts.read.SourceWalker;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Reading throughput per format, single thread: newsfacts' {@link ArticleReader} against bare Tika
 * ({@link AutoDetectParser} + {@link BodyContentHandler}) on the same files in the same run. Not a
 * test: run by hand and copy the table into docs/reading.md.
 *
 * <pre>java -cp pipeline/target/test-classes:pipeline/target/classes:$CP newsfacts.read.bench.ReadingBenchmark ../shared [rounds]</pre>
 */
public final class ReadingBenchmark {
  private ReadingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    for (SourceWalker.Source source : SourceWalker.walk(List.of(shared.resolve("conformance/raw-documents")))) {
      Path file = source.path();
      String name = file.getFileName().toString();
      if (name.equals("manifest.jsonl")) {
        continue;
      }
      String head = new String(Files.readAllBytes(file), 0, (int) Math.min(Files.size(file), 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
          .toLowerCase(Locale.ROOT);
      String group = name.endsWith(".rtf") ? "rtf" : head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") ? "feed"
          : name.endsWith(".txt") || name.endsWith(".test") ? "text" : "html";
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(file);
    }
    Path tmp = Files.createTempDirectory("newsfacts-bench");
    groups.put("pdf", List.of(pdf(tmp.resolve("a.pdf"))));
    groups.put("docx", List.of(docx(tmp.resolve("a.docx"))));

    ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULT);
    AutoDetectParser tika = new AutoDetectParser();
    System.out.println("| format | files | MB | newsfacts docs/s | newsfacts MB/s | Tika docs/s | Tika MB/s | newsfacts / Tika time | errors newsfacts / Tika |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
      List<Path> files = group.getValue();
      long bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
      }
      int ourErrors = 0;
      int tikaErrors = 0;
      for (Path f : files) {
        try {
          reader.read(f, f.toString());
        } catch (ReadException e) {
          ourErrors++;
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
        try (InputStream in = Files.newInputStream(f)) {
          tika.parse(in, new BodyContentHandler(-1), md, new ParseContext());
        } catch (Exception e) {
          tikaErrors++;
        }
      }
      double ours = median(rounds, () -> {
        for (Path f : files) {
          try {
            reader.read(f, f.toString());
          } catch (ReadException e) {
            // counted like a read: the benchmark measures time, not success
          }
        }
      });
      double theirs = median(rounds, () -> {
        for (Path f : files) {
          Metadata md = new Metadata();
          md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
          try (InputStream in = Files.newInputStream(f)) {
            tika.parse(in, new BodyContentHandler(-1), md, new ParseContext());
          } catch (Exception e) {
            // bare Tika fails on some real feeds (XML errors): timed all the same
          }
        }
      });
      double mb = bytes / 1e6;
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.0f | %.2f | %.0f | %.2f | %.2f | %d / %d |%n", group.getKey(), files.size(), mb,
          files.size() / ours, mb / ours, files.size() / theirs, mb / theirs, ours / theirs, ourErrors, tikaErrors);
    }
    System.exit(0);
  }

  /** A unit of benchmarked work. */
  private interface Work {
    void run() throws Exception;
  }

  /** Median seconds of {@code rounds} runs after two warm-up runs. */
  private static double median(int rounds, Work work) throws Exception {
    for (int i = 0; i < 2; i++) {
      work.run();
    }
    double[] seconds = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[rounds / 2];
  }

  private static Path pdf(Path file) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < 20; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          cs.newLineAtOffset(72, 720);
          for (int line = 0; line < 40; line++) {
            cs.showText("Line " + line + ": chipmakers reported strong demand for AI accelerators this quarter.");
            cs.newLineAtOffset(0, -15);
          }
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static Path docx(Path file) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (int p = 0; p < 400; p++) {
        doc.createParagraph().createRun().setText("Paragraph " + p + ": de vraag naar AI-chips blijft groeien, zeggen analisten.");
      }
      doc.write(out);
    }
    return file;
  }
}
