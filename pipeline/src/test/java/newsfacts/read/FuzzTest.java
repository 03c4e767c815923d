package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import newsfacts.Soak;
import newsfacts.extract.Fact;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.lang.LanguageDetector;
import newsfacts.pipeline.ExtractedDocument;
import newsfacts.pipeline.NewsFacts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Seeded, time-bounded fuzzing of every supported format (txt, html, xhtml, rss, atom, pdf, docx, warc,
 * warc.gz): random and mutated bytes go through the reader and the extractors. Only a {@link ReadException}
 * may leave the reader, never an internal failure ("parser failed", out of memory); no document takes longer
 * than the per-document timeout plus extraction; every fact lies inside its text.
 *
 * <p>Normal run: 20 s. Under {@code -Psoak}: {@code -Dnewsfacts.soak.fuzzSeconds} (default 240). Replay with
 * {@code -Dnewsfacts.seed=N}; a failure names the seed and the document number.
 */
class FuzzTest {
  private static final Instant EPOCH = Instant.parse("2025-12-02T10:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  /** Time for one document's extraction on a loaded machine, on top of the reader's timeout. */
  private static final Duration EXTRACTION = Duration.ofSeconds(30);
  private static final ReaderConfig LIMITS = new ReaderConfig(200_000, 8L << 20, TIMEOUT);

  private static final String TEXT = "Alibaba investeert 380 miljard yuan (53 miljard dollar) in AI, meldde het bedrijf.\n\n"
      + "Nvidia's omzet steeg 94 procent; DeepSeek-V3 scoorde 88,5 op MMLU. 英伟达营收增长94%，阿里巴巴投资3800亿元。\n";
  private static final String HTML = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>AI-investeringen | Site</title>"
      + "</head><body><nav><a href='/'>Home</a></nav><article><h1>Alibaba investeert</h1><p>" + TEXT.replace("\n", "</p><p>")
      + "</p><table><tr><td>Tencent</td><td>12 %</td></tr></table></article><footer>(c) 2025</footer></body></html>";
  private static final String XHTML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 "
      + "Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
      + "<head><title>Baidu &amp; Ernie</title></head><body><p>" + TEXT.replace("\n", " ") + "</p></body></html>";
  private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>AI</title>"
      + "<link>https://example.nl/</link><item><title>Alibaba investeert</title><link>https://example.nl/a</link>"
      + "<pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate><description><![CDATA[<p>" + TEXT + "</p>]]></description></item>"
      + "<item><title>Яндекс</title><description>Яндекс вложит 10 млрд рублей.</description></item></channel></rss>";
  private static final String ATOM = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
      + "<title>AI</title><id>urn:f</id><updated>2025-12-02T10:00:00Z</updated><entry><title>東京エレクトロン</title>"
      + "<id>https://example.jp/1</id><updated>2025-12-02T10:00:00Z</updated><content type=\"html\">&lt;p&gt;"
      + "東京エレクトロンの売上高は5000億円に達した。&lt;/p&gt;</content></entry></feed>";
  /** Fragments spliced in at random: markup, entity tricks, magic numbers, giant numbers. */
  private static final List<String> HOSTILE = List.of("<!DOCTYPE x [<!ENTITY a \"&b;&b;&b;&b;\"><!ENTITY b \"xxxxxxxx\">]>",
      "<!ENTITY e SYSTEM \"file:///etc/hostname\">", "&e;", "&#xFFFF;", "&#0;", "\u0000", "<![CDATA[", "]]>", "<?xml ",
      "<div>".repeat(3000), "9".repeat(100_000), "10^400 dollar ", "1e999999 %", "€ 1.000.000.000.000.000.000,5 ",
      "%PDF-1.7\n", "WARC/1.0\r\n", "PK\u0003\u0004", "<item>", "</entry>", "\r\n\r\n", "\uFEFF", "\uD800",
      "<script>alert(1)</script>", "<svg onload=x>", "-".repeat(50_000));

  /** Name (with extension) of each sample, and its bytes. */
  private static final Map<String, byte[]> SAMPLES = new LinkedHashMap<>();
  private static final ArticleReader READER = new ArticleReader(LIMITS);
  private static NewsFacts pipeline;

  static {
    // POI and PDFBox log every broken part through Log4j; the reasons are what this test looks at
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    System.setProperty("log4j2.simplelogLevel", "OFF");
  }

  @BeforeAll
  static void samples(@TempDir Path dir) throws Exception {
    SAMPLES.put("txt", TEXT.getBytes(StandardCharsets.UTF_8));
    SAMPLES.put("html", HTML.getBytes(StandardCharsets.UTF_8));
    SAMPLES.put("xhtml", XHTML.getBytes(StandardCharsets.UTF_8));
    SAMPLES.put("rss", RSS.getBytes(StandardCharsets.UTF_8));
    SAMPLES.put("atom", ATOM.getBytes(StandardCharsets.UTF_8));
    SAMPLES.put("pdf", pdf());
    SAMPLES.put("docx", docx());
    SAMPLES.put("warc", warc(dir.resolve("s.warc"), WarcCompression.NONE));
    SAMPLES.put("warc.gz", warc(dir.resolve("s.warc.gz"), WarcCompression.GZIP));
    pipeline = NewsFacts.create(new NewsFacts.Options(LexiconSource.packaged(), LanguageDetector.DEFAULT_LANGUAGES,
        null, LIMITS));
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      doc.getDocumentInformation().setTitle("TSMC raises capex");
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("TSMC will spend 42 billion dollars on new fabs; Nvidia shares rose 5 percent.");
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle("ASML-orders stijgen");
      doc.createParagraph().createRun().setText("ASML boekte € 7,1 miljard aan nieuwe orders.");
      doc.createParagraph().createRun().setText("Samsung investeert 230 miljard dollar; de omzet steeg 12 procent.");
      doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(EPOCH)));
      doc.write(out);
      return rezip(out.toByteArray(), -1, null); // fixed entry times: the same seed gives the same bytes
    }
  }

  private static byte[] warc(Path file, WarcCompression compression) throws Exception {
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      writer.write(response("https://example.nl/a", "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8)));
      writer.write(response("https://example.nl/b", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8)));
    }
    return Files.readAllBytes(file);
  }

  private static WarcResponse response(String uri, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(uri)).date(EPOCH)
        .recordId(URI.create("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)))).body(http).build();
  }

  /** One mutation of {@code bytes}; compressed containers are also mutated inside (entries, gzip member). */
  static byte[] mutate(String format, byte[] bytes, Random r) throws IOException {
    int op = r.nextInt(10);
    if (op == 0 && format.equals("docx")) {
      return mutateZipEntry(bytes, r);
    }
    if (op == 0 && format.equals("warc.gz")) {
      return gzip(mutateBytes(gunzip(bytes), r));
    }
    if (op == 1) {
      byte[] noise = new byte[r.nextInt(1 << 16)];
      r.nextBytes(noise);
      return noise;
    }
    byte[] out = mutateBytes(bytes, r);
    // sometimes stack several mutations
    return r.nextInt(3) == 0 ? mutateBytes(out, r) : out;
  }

  static byte[] mutateBytes(byte[] in, Random r) {
    byte[] b = in.clone();
    int n = b.length;
    if (n == 0) {
      return HOSTILE.get(r.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
    }
    switch (r.nextInt(7)) {
      case 0 -> { // flip bytes
        for (int k = 1 + r.nextInt(20); k > 0; k--) {
          b[r.nextInt(n)] = (byte) r.nextInt(256);
        }
        return b;
      }
      case 1 -> { // truncate
        return java.util.Arrays.copyOf(b, r.nextInt(n));
      }
      case 2 -> { // delete a range
        int from = r.nextInt(n);
        int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 4)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from);
        out.write(b, to, n - to);
        return out.toByteArray();
      }
      case 3 -> { // repeat a range many times
        int from = r.nextInt(n);
        int len = Math.min(n - from, 1 + r.nextInt(64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from);
        for (int k = 1 + r.nextInt(4000); k > 0; k--) {
          out.write(b, from, len);
        }
        out.write(b, from, n - from);
        return out.toByteArray();
      }
      case 4 -> { // splice with another sample
        List<byte[]> all = new ArrayList<>(SAMPLES.values());
        byte[] other = all.get(r.nextInt(all.size()));
        int cut = r.nextInt(n);
        int from = r.nextInt(other.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, cut);
        out.write(other, from, other.length - from);
        return out.toByteArray();
      }
      default -> { // insert a hostile fragment or random bytes
        byte[] insert;
        if (r.nextBoolean()) {
          insert = HOSTILE.get(r.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
        } else {
          insert = new byte[1 + r.nextInt(32)];
          r.nextBytes(insert);
        }
        int at = r.nextInt(n + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(insert);
        out.write(b, at, n - at);
        return out.toByteArray();
      }
    }
  }

  private static byte[] mutateZipEntry(byte[] zip, Random r) throws IOException {
    return rezip(zip, r.nextInt(1 << 20), r);
  }

  /** The zip again with fixed entry times; entry {@code victim} modulo the count is mutated when {@code r} is given. */
  private static byte[] rezip(byte[] zip, int victimSeed, Random r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      List<byte[]> contents = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        contents.add(in.readAllBytes());
      }
      int victim = r == null ? -1 : victimSeed % names.size();
      for (int i = 0; i < names.size(); i++) {
        ZipEntry e = new ZipEntry(names.get(i));
        e.setTime(EPOCH.toEpochMilli());
        z.putNextEntry(e);
        z.write(i == victim ? mutateBytes(contents.get(i), r) : contents.get(i));
      }
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  private static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(raw);
    }
    return out.toByteArray();
  }

  /** What one document gave: articles, or the reason it was not read; and how long reading took. */
  private record Result(int articles, int facts, String reason, long readMs) {}

  private static Result readAndExtract(Path file) {
    long t0 = System.nanoTime();
    List<Article> articles;
    try {
      articles = READER.read(file, file.getFileName().toString());
    } catch (ReadException e) {
      return new Result(0, 0, e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
    }
    long readMs = (System.nanoTime() - t0) / 1_000_000;
    int facts = 0;
    for (Article a : articles) {
      assertNotNull(a.text());
      ExtractedDocument d = pipeline.analyze(a);
      String text = d.passage().text();
      for (Fact f : d.facts()) {
        assertTrue(f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end(), "span of " + f);
        assertEquals(text.substring(f.start(), f.end()), f.text());
      }
      facts += d.facts().size();
    }
    return new Result(articles.size(), facts, null, readMs);
  }

  @Test
  void mutatedFilesOfEveryFormatGiveArticlesOrAReason(@TempDir Path dir) throws Exception {
    long seed = Soak.seed(20260110L);
    Random random = new Random(seed);
    long budget = Soak.budget("newsfacts.soak.fuzzSeconds", 20, 240).toNanos();
    long deadline = System.nanoTime() + budget;
    Map<String, int[]> perFormat = new TreeMap<>(); // files, read, refused
    Map<String, Integer> reasons = new TreeMap<>();
    long maxMs = 0;
    long maxReadMs = 0;
    int doc = 0;
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
    List<String> formats = new ArrayList<>(SAMPLES.keySet());
    try {
      while (System.nanoTime() < deadline) {
        String format = formats.get(doc % formats.size());
        byte[] bytes = mutate(format, SAMPLES.get(format), random);
        Path file = Files.write(dir.resolve("f" + doc + "." + format), bytes);
        String where = "seed " + seed + ", document " + doc + " (" + format + ", " + bytes.length + " bytes)";
        long t0 = System.nanoTime();
        Future<Result> f = worker.submit(() -> readAndExtract(file));
        Result result;
        try {
          result = f.get(TIMEOUT.plus(EXTRACTION).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          f.cancel(true);
          fail("hang beyond the per-document timeout: " + where);
          return;
        } catch (ExecutionException e) {
          throw new AssertionError("escaped the reader or the extractors: " + where, e.getCause());
        }
        maxMs = Math.max(maxMs, (System.nanoTime() - t0) / 1_000_000);
        maxReadMs = Math.max(maxReadMs, result.readMs());
        // the reader's own limit holds (a WARC file has one per record; the samples hold two)
        assertTrue(result.readMs() < 2 * TIMEOUT.toMillis() + 5_000, where + " read for " + result.readMs() + " ms");
        int[] c = perFormat.computeIfAbsent(format, k -> new int[3]);
        c[0]++;
        if (result.reason() == null) {
          c[1]++;
        } else {
          c[2]++;
          String reason = result.reason();
          // a parser's unchecked exception or an OOM is a bug the reader should have turned into a reason
          assertFalse(reason.startsWith("parser failed") || reason.startsWith("out of memory"), where + ": " + reason);
          // a reason quotes the file at most briefly, on one line (it goes on an error record and a summary line)
          assertTrue(reason.length() <= ReadException.MAX_REASON + 1 && reason.lines().count() == 1, where + ": " + reason);
          reasons.merge(reason.replaceAll("[0-9]+", "N").replaceAll("(?s)[:(].*", "").strip(), 1, Integer::sum);
        }
        Files.delete(file);
        doc++;
      }
    } finally {
      worker.shutdownNow();
    }
    assertTrue(doc >= formats.size(), "documents in the budget: " + doc);
    StringBuilder counts = new StringBuilder();
    perFormat.forEach((k, v) -> counts.append(counts.isEmpty() ? "" : ", ").append(k).append(' ').append(v[0])
        .append(" (").append(v[1]).append(" read)"));
    Soak.record(String.format("fuzz: seed %d, %d mutated files in %d s [%s], slowest read %d ms, slowest read+extract %d ms, "
        + "0 escaped, 0 hangs; reasons %s", seed, doc, budget / 1_000_000_000L, counts, maxReadMs, maxMs, reasons));
  }
}
