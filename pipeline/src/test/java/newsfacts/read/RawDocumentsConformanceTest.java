package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared conformance documents ({@code conformance/raw-documents/manifest.jsonl}): real pages,
 * feeds and texts in the six languages and their legacy charsets. Skipped when {@code
 * newsfacts.shared} is not set.
 */
class RawDocumentsConformanceTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  /**
   * trafilatura titles that appear nowhere in the stored page (the page changed after the expected
   * value was taken): compared against what the page itself says instead.
   */
  private static final Map<String, String> TITLE_NOT_IN_PAGE = Map.of(
      "trafilatura/tests/eval/winfuture.de-NASA.html", "NASA+ Streaming startet: Ohne Registrierung, Gebühren oder Werbung");

  static Path root() {
    String shared = System.getProperty("newsfacts.shared");
    Assumptions.assumeTrue(shared != null, "newsfacts.shared is not set");
    Path root = Path.of(shared, "conformance", "raw-documents");
    Assumptions.assumeTrue(Files.isRegularFile(root.resolve("manifest.jsonl")), "no raw-documents manifest");
    return root;
  }

  static Stream<JsonNode> manifest() throws IOException {
    // no suite, no cases: each test is reported skipped with this reason (an empty source would be an error)
    String shared = root().getParent().getParent().toString();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(shared, "conformance", "raw-documents", "manifest.jsonl"))) {
      if (!line.isBlank()) {
        lines.add(json.readTree(line));
      }
    }
    return lines.stream();
  }

  private static List<Article> read(JsonNode entry) throws ReadException {
    String file = entry.get("file").asText();
    return READER.read(root().resolve(file), file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void decodesWithoutReplacementCharacters(JsonNode entry) throws Exception {
    for (Article article : read(entry)) {
      // Every file in its true charset, declared or not, decodes without a single U+FFFD.
      assertEquals(-1, article.text().indexOf('\uFFFD'), entry.get("file").asText());
      assertEquals(List.of(), article.warnings().stream().filter(w -> w.contains("U+FFFD") || w.contains("mojibake")).toList());
      assertFalse(article.text().isBlank(), "empty text in " + entry.get("file").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void titlesMatchTheReferenceExtractors(JsonNode entry) throws Exception {
    String file = entry.get("file").asText();
    String expected = null;
    if (entry.has("readability_expected_metadata")) {
      expected = entry.get("readability_expected_metadata").get("title").asText();
    } else if (entry.has("trafilatura_expected") && entry.get("trafilatura_expected").has("title")) {
      expected = TITLE_NOT_IN_PAGE.getOrDefault(file, entry.get("trafilatura_expected").get("title").asText());
    }
    Assumptions.assumeTrue(expected != null, "no expected title");
    // trafilatura's titles differ from the page only in spacing ("Betriebsversammlung:Es").
    assertEquals(squeeze(expected), squeeze(read(entry).get(0).title()), file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void mainTextKeepsTheArticleAndDropsBoilerplate(JsonNode entry) throws Exception {
    Assumptions.assumeTrue(entry.has("trafilatura_expected"), "no trafilatura snippets");
    String text = squeeze(read(entry).get(0).text());
    JsonNode expected = entry.get("trafilatura_expected");
    for (JsonNode with : expected.path("with")) {
      // Article sentences are kept (compared without whitespace, as trafilatura's snippets vary in it).
      assertTrue(text.contains(squeeze(with.asText())), "missing: " + with.asText());
    }
    for (JsonNode without : expected.path("without")) {
      // Navigation, teasers, footers and copyright lines are gone.
      assertFalse(text.contains(squeeze(without.asText())), "boilerplate kept: " + without.asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void mainTextHasEveryParagraphNewspaper4kExpects(JsonNode entry) throws Exception {
    Assumptions.assumeTrue(entry.has("expected_text_file"), "no expected text");
    String text = squeeze(read(entry).get(0).text());
    for (String paragraph : Files.readString(root().resolve(entry.get("expected_text_file").asText())).split("\n")) {
      if (!paragraph.isBlank()) {
        assertTrue(text.contains(squeeze(paragraph)), "missing paragraph: " + paragraph);
      }
    }
  }

  @Test
  void publicationDatesFromMetaTags() throws Exception {
    Path root = root();
    // article:published_time, itemprop=datePublished, JSON-LD compact form, a "time" classed span.
    assertEquals("2023-11-03T15:32:00+01:00", READER.read(root.resolve("trafilatura/tests/eval/winfuture.de-NASA.html"), "w").get(0).published());
    assertEquals("2021-11-03T16:45:00+01:00", READER.read(root.resolve("trafilatura/tests/eval/automobilwoche.de-VW-Betriebsversammlung.html"), "a").get(0).published());
    assertEquals("2018-06-19T05:50:00+09:00", READER.read(root.resolve("newspaper4k/tests/data/html/japanese_article.html"), "j").get(0).published());
    assertEquals("2020-02-19T20:29:58", READER.read(root.resolve("trafilatura/tests/eval/xinhuanet.com.c_1125597921.html"), "x").get(0).published());
    // A "date" classed paragraph in words: "15 августа 2016, 13:43".
    assertEquals("2016-08-15", READER.read(root.resolve("trafilatura/tests/eval/football.ua.podolski.html"), "f").get(0).published());
  }

  @Test
  void feedsInKoi8AndWindows1251GiveTheSameItems() throws Exception {
    Path root = root();
    List<Article> koi8 = READER.read(root.resolve("chardet/tests/KOI8-R/newsru.com.xml"), "k");
    List<Article> cp1251 = READER.read(root.resolve("chardet/tests/windows-1251-russian/newsru.com.xml"), "w");
    // The same newsru.com feed saved in two charsets: every item, title and body identical.
    assertEquals(30, koi8.size());
    assertEquals(koi8.stream().map(Article::title).toList(), cp1251.stream().map(Article::title).toList());
    assertEquals(koi8.stream().map(Article::text).toList(), cp1251.stream().map(Article::text).toList());
    assertEquals("В Турции психически нездоровый мужчина взорвал хлопушку в здании Минюста", koi8.get(0).title());
    assertEquals("KOI8-R", koi8.get(0).charset());
    assertEquals("windows-1251", cp1251.get(0).charset());
  }

  @Test
  void mislabelledGb2312PageIsReadAsUtf8WithAWarning() throws Exception {
    Article qq = READER.read(root().resolve("readability/qq.source.html"), "qq").get(0);
    // The meta says gb2312 but the bytes are UTF-8: the bytes win, and the record says so.
    assertEquals("UTF-8", qq.charset());
    assertEquals(List.of("declared charset gb2312 does not fit the bytes; decoded as UTF-8"), qq.warnings());
    assertTrue(qq.text().contains("DeepMind"));
  }

  @Test
  void undeclaredLegacyCharsetsAreDetected() throws Exception {
    Path root = root();
    Map<String, String> expected = Map.of(
        "chardet/tests/KOI8-R/_chromium_KOI8-R_with_no_encoding_specified.html", "KOI8-R",
        "chardet/tests/windows-1251-russian/_chromium_windows-1251_with_no_encoding_specified.html", "windows-1251",
        "chardet/tests/GB2312/_chromium_gb18030_with_no_encoding_specified.html.xml", "GB18030",
        "chardet/tests/Big5/_chromium_Big5_with_no_encoding_specified.html", "Big5-HKSCS",
        "chardet/tests/SHIFT_JIS/_chromium_Shift-JIS_with_no_encoding_specified.html", "windows-31j",
        "chardet/tests/EUC-JP/_mozilla_bug426271_text-euc-jp.html", "EUC-JP",
        "chardet/tests/iso-2022-jp/_ude_1.txt", "ISO-2022-JP",
        "chardet/tests/windows-1252/_ude_1.txt", "windows-1252",
        "tika/russian.cp866.txt", "IBM866");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      // No declaration: the statistical detector picks the right legacy charset.
      assertEquals(e.getValue(), READER.read(root.resolve(e.getKey()), e.getKey()).get(0).charset(), e.getKey());
    }
  }

  static String squeeze(String s) {
    return s == null ? null : s.replaceAll("\\s+", "");
  }

}
