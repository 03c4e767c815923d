package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a clear reason or a document with warnings, never an unchecked exception. */
class BadInputTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  private static String reason(Path file, ArticleReader reader) {
    return assertThrows(ReadException.class, () -> reader.read(file, file.getFileName().toString())).getMessage();
  }

  @Test
  void emptyAndBlankFiles(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.html"), " \n\t\r\n ");
    // Zero bytes, and whitespace only, are errors with their own reasons.
    assertEquals("empty file", reason(empty, READER));
    assertEquals("empty file (only whitespace)", reason(blank, READER));
  }

  @Test
  void randomBinaryIsNotADocument(@TempDir Path dir) throws Exception {
    byte[] noise = new byte[10_000];
    new Random(42).nextBytes(noise);
    Path file = Files.write(dir.resolve("noise.bin"), noise);
    // Tika's detector names the type; the reason says why it was not read.
    assertEquals("not a supported document (application/octet-stream, looks binary)", reason(file, READER));
  }

  @Test
  void pngIsNamedByType(@TempDir Path dir) throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    Path file = Files.write(dir.resolve("logo.png"), png);
    // A known binary type is named in the reason.
    assertEquals("not a supported document (image/png, looks binary)", reason(file, READER));
  }

  @Test
  void missingFileAndFolder(@TempDir Path dir) throws Exception {
    // Paths that are not readable files are errors too, not exceptions.
    assertEquals("no such file", reason(dir.resolve("gone.txt"), READER));
    assertEquals("not a regular file", reason(dir, READER));
  }

  @Test
  void truncatedHtmlKeepsWhatIsThere(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("cut.html"), "<html><head><title>Chips | Site</title></head><body><article>"
        + "<p>Nvidia sold more GPUs than ever before in the quarter, the company said, as data centres");
    Article article = READER.read(file, "cut.html").get(0);
    // The parser closes the open elements; the text up to the cut is kept.
    assertEquals("Chips", article.title());
    assertEquals("Nvidia sold more GPUs than ever before in the quarter, the company said, as data centres", article.text());
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflow(@TempDir Path dir) throws Exception {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(200_000));
    html.append("<p>Deep inside, Samsung reported record memory sales for the third quarter in a row.</p>");
    html.append("</div>".repeat(200_000)).append("</body></html>");
    Path file = Files.writeString(dir.resolve("deep.html"), html);
    Article article = READER.read(file, "deep.html").get(0);
    // 200,000 nested divs: the text is found and no StackOverflowError escapes.
    assertEquals("Deep inside, Samsung reported record memory sales for the third quarter in a row.", article.text());
  }

  @Test
  void invalidUtf8BytesAreReplacedWithAWarning(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Die Übernahme für 2 Mrd. € – größer als erwartet; Aktionäre äußern Bedenken über Überbewertung.".getBytes(StandardCharsets.UTF_8));
    out.write(0xFF);
    out.writeBytes(" Ende.".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("damaged.txt"), out.toByteArray());
    Article article = READER.read(file, "damaged.txt").get(0);
    // Mostly UTF-8: decoded as UTF-8, the bad byte becomes U+FFFD, and the record says so.
    assertEquals("UTF-8", article.charset());
    assertTrue(article.text().endsWith("Überbewertung.\uFFFD Ende."), article.text());
    assertEquals(List.of("text contains 1 U+FFFD replacement characters: bytes invalid in the charset"), article.warnings());
  }

  @Test
  void textWarningsCountReplacementCharsAndNeedThreeMojibakePairs() {
    String mojibake = "mojibake (UTF-8 decoded as a single-byte charset)";
    assertEquals(List.of("text looks like " + mojibake), TextArticles.textWarnings("â€œQuoteâ€\u009D â€” end"));
    assertEquals(List.of(), TextArticles.textWarnings("CafÃ© and rÃ©sumÃ")); // two pairs: could be real text
    assertEquals(List.of("text looks like " + mojibake), TextArticles.textWarnings("ÐŸÑ€Ð¸Ð²ÐµÑ‚"));
    assertEquals(List.of("text contains 2 U+FFFD replacement characters: bytes invalid in the charset"),
        TextArticles.textWarnings("a\uFFFDb\uFFFD Ã©"));
  }

  @Test
  void mojibakeGetsAWarning(@TempDir Path dir) throws Exception {
    String mojibake = new String("Größer, schöner, günstiger: die Übernahme".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("double.txt"), mojibake.getBytes(StandardCharsets.UTF_8));
    // UTF-8 that was once decoded as Latin-1 is flagged, though it decodes cleanly.
    assertEquals(List.of("text looks like mojibake (UTF-8 decoded as a single-byte charset)"),
        READER.read(file, "double.txt").get(0).warnings());
  }

  @Test
  void fiftyMegabyteSingleLineIsCutAtMaxChars(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("line.txt");
    String sentence = "Micron expands HBM output as AI demand grows; ";
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (long written = 0; written < 50L << 20; written += sentence.length()) {
        w.write(sentence);
      }
    }
    ArticleReader small = new ArticleReader(new ReaderConfig(1000, 200L << 20, Duration.ofSeconds(60)));
    Article article = small.read(file, "line.txt").get(0);
    // The text is kept up to the limit, with a warning naming the limit.
    assertEquals(1000, article.text().length());
    assertEquals(List.of("text cut at 1000 characters (maxChars)"), article.warnings());
    ArticleReader tight = new ArticleReader(new ReaderConfig(1000, 200L << 20, Duration.ofMillis(1)));
    // Parsing 50 MB cannot finish in a millisecond: the timeout is the reason.
    assertEquals("timed out after 1 ms", reason(file, tight));
    ArticleReader capped = new ArticleReader(new ReaderConfig(1000, 1 << 20, Duration.ofSeconds(60)));
    // Over maxBytes: refused before reading, with both sizes.
    assertEquals("file is " + Files.size(file) + " bytes, over the limit of 1048576 (maxBytes)", reason(file, capped));
  }

  @Test
  void reasonsAreOneShortLine() {
    // Parsers quote the file's bytes: line breaks and control characters become one space, length is capped.
    assertEquals("bad header: a b c", new ReadException("bad header: a\r\n\u0000b\uFFFD\t c\n").getMessage());
    String reason = new ReadException("x".repeat(10_000)).getMessage();
    assertEquals("x".repeat(500) + "…", reason);
  }

  @Test
  void otherXmlIsReadByTika(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("data.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report><item>Arm royalties grew 25 %</item></report>");
    Article article = READER.read(file, "data.xml").get(0);
    // Not a feed and not a page: Tika's XML parser keeps the character data.
    assertEquals("Arm royalties grew 25 %", article.text());
    assertEquals("application/xml", article.contentType());
  }
}
