package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import newsfacts.index.FactSchema;
import newsfacts.index.FactSearcher;
import newsfacts.index.SearchRequest;
import newsfacts.index.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search over an index of the repository's five seed articles, as users query it: fielded queries
 * with numeric ranges, one query per language through its own analyzer with the match highlighted,
 * facets, re-ingest and a changed file. Expected values are read off the seed texts.
 */
class SeedsSearchTest {
  static final Path ROOT = Path.of(System.getProperty("newsfacts.root", "..")).toAbsolutePath().normalize();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;
  static Path seeds;
  static Path indexDir;
  static FactSearcher searcher;

  @BeforeAll
  static void ingest() throws Exception {
    seeds = tmp.resolve("seeds");
    Files.createDirectories(seeds);
    try (Stream<Path> files = Files.list(ROOT.resolve("seeds"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    indexDir = tmp.resolve("index");
    ingestSeeds();
    searcher = FactSearcher.open(indexDir);
  }

  /** {@code newsfacts ingest SEEDS --index DIR}, as users run it. */
  static void ingestSeeds() {
    CliTest.Run r = CliTest.run("ingest", seeds.toString(), "--index", indexDir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @AfterAll
  static void close() throws IOException {
    if (searcher != null) {
      searcher.close();
    }
  }

  static List<JsonNode> facts(SearchResult r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      out.add(JSON.readTree(h.json()));
    }
    return out;
  }

  static TreeSet<String> texts(SearchResult r) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode n : facts(r)) {
      out.add(n.path("text").asText());
    }
    return out;
  }

  @Test
  void alibabaMoneyIsTheYuanFigureAndItsEuroRestatement() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("company:alibaba AND type:money", 10));
    assertEquals(new TreeSet<>(List.of("380 miljard yuan", "€50,6 miljard")), texts(r));
    JsonNode yuan = facts(r).stream().filter(n -> n.path("currency").asText().equals("CNY")).findFirst().orElseThrow();
    assertEquals(380_000_000_000L, yuan.path("amount").asLong());
    // 380e9 CNY at the packaged rate (lexicons/fx-rates.tsv: 6.92214 CNY per USD)
    assertEquals(380e9 / 6.92214, yuan.path("usd").asDouble(), 1e3);
    assertEquals("nl", yuan.path("lang").asText());
    // the human output marks the figure in its sentence (the query has no free text to highlight)
    CliTest.Run cli = CliTest.run("search", "company:alibaba AND type:money", "--index", indexDir.toString());
    assertEquals(0, cli.code(), cli.err());
    assertTrue(cli.out().startsWith("2 facts match"), cli.out());
    assertTrue(cli.out().contains("een toezegging van Alibaba om de komende drie jaar «380 miljard yuan» (€50,6 miljard)"),
        cli.out());
  }

  @Test
  void usdRangeReturnsExactlyTheFiguresOverAHundredBillion() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("type:money AND usd:[1e11 TO *]", 10));
    // $600 miljard and its restatement €510 miljard (Nvidia's lost market value); the next largest,
    // 380 miljard yuan, is $54.9 bn
    assertEquals(new TreeSet<>(List.of("$600 miljard", "€510 miljard")), texts(r));
    SearchResult sorted = searcher.search(new SearchRequest("type:money", null, null, null,
        SearchRequest.SortOrder.USD, 3, 0, List.of(), false));
    assertEquals(List.of("$600 miljard", "€510 miljard", "€50,6 miljard"),
        facts(sorted).stream().map(n -> n.path("text").asText()).toList());
  }

  @Test
  void russianQueryFindsInflectedForms() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("sentence:модели", 50));
    assertTrue(r.total() > 0);
    for (SearchResult.Hit h : r.hits()) {
      assertEquals("ru", JSON.readTree(h.json()).path("lang").asText());
    }
    String all = String.join("\n", r.hits().stream().map(SearchResult.Hit::highlight).toList());
    assertTrue(all.contains("ИИ-«моделей»"), all); // "моделей" (genitive plural) found by "модели"
  }

  @Test
  void japaneseQueryFindsTheCompoundPart() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("sentence:推論", 50));
    assertTrue(r.total() > 0);
    for (SearchResult.Hit h : r.hits()) {
      assertEquals("ja", JSON.readTree(h.json()).path("lang").asText());
      assertTrue(h.highlight().contains("«推論»"), h.highlight());
    }
    String all = String.join("\n", r.hits().stream().map(SearchResult.Hit::highlight).toList());
    assertTrue(all.contains("QWQ«推論»モデル"), all);
  }

  @Test
  void germanPhraseIsHighlightedWhole() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("\"humanoide Roboter\"", 10));
    assertEquals(new TreeSet<>(List.of("RoboForge", "30 %")), texts(r));
    for (SearchResult.Hit h : r.hits()) {
      assertEquals("de", JSON.readTree(h.json()).path("lang").asText());
      assertTrue(h.highlight().contains("präsentieren «humanoide Roboter» im industriellen Umfeld"), h.highlight());
    }
  }

  @Test
  void dutchQueryFindsPluralsThroughTheStemmer() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("sentence:model", null, "nl", null,
        SearchRequest.SortOrder.RELEVANCE, 100, 0, List.of(), false));
    assertTrue(r.total() > 0);
    String all = String.join("\n", r.hits().stream().map(SearchResult.Hit::highlight).toList());
    assertTrue(all.contains("AI-«modellen»"), all);
    assertTrue(all.contains("het nieuwe «model»"), all);
  }

  @Test
  void chineseTitleOverAnEnglishBodyIsFoundAndHighlighted() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("开源", null, null, null,
        SearchRequest.SortOrder.RELEVANCE, 5, 0, List.of(), true));
    assertEquals(1, r.total());
    JsonNode article = JSON.readTree(r.hits().get(0).json());
    assertTrue(article.path("source").asText().endsWith("003_8e2cd87e0856a9cc.txt"));
    assertEquals("en", article.path("lang").asText()); // the body is English
    String h = r.hits().get(0).highlight();
    assertTrue(h.contains("中国«开源»AI将主导世界"), h);
    assertTrue(h.length() < 2 * 240, "a snippet, not the whole article: " + h.length());
  }

  @Test
  void facetsCountEveryFact() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("", null, null, null,
        SearchRequest.SortOrder.RELEVANCE, 1, 0, List.of("type", "lang", "currency"), false));
    Map<String, Long> byType = counts(r, "type");
    assertEquals(r.total(), byType.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(9L, byType.get("money")); // ../shared/gold: 5 figures + 4 restatements in euro
    assertEquals(6L, byType.get("percent"));
    assertEquals(Map.of("CNY", 1L, "EUR", 4L, "USD", 4L), counts(r, "currency"));
    // und: two short lines between lines of different languages (a table row, a byline)
    assertEquals(new TreeSet<>(List.of("de", "en", "ja", "nl", "ru", "und")), counts(r, "lang").keySet());
    assertEquals(2L, counts(r, "lang").get("und"));
    SearchResult ru = searcher.search(new SearchRequest("", null, "ru", null,
        SearchRequest.SortOrder.RELEVANCE, 1, 0, List.of("type"), false));
    assertEquals(ru.total(), counts(ru, "type").values().stream().mapToLong(Long::longValue).sum());
    assertEquals(1L, counts(ru, "type").get("percent")); // "30 %" in 001
  }

  static Map<String, Long> counts(SearchResult r, String dim) {
    Map<String, Long> out = new TreeMap<>();
    for (SearchResult.FacetCount c : r.facets().get(dim)) {
      out.put(c.label(), c.count());
    }
    return out;
  }

  @Test
  void reingestChangesNothingAndAChangedFileReplacesItsFacts() throws Exception {
    long facts = searcher.count(FactSchema.KIND_FACT);
    long articles = searcher.count(FactSchema.KIND_ARTICLE);
    ingestSeeds();
    searcher.refresh();
    assertEquals(facts, searcher.count(FactSchema.KIND_FACT));
    assertEquals(articles, searcher.count(FactSchema.KIND_ARTICLE));

    // drop the paragraph with the Alibaba investment from the Dutch article and ingest again
    Path nl = seeds.resolve("000_a26ccda08ef6d1bd.txt");
    String text = Files.readString(nl, StandardCharsets.UTF_8);
    String para = text.lines().filter(l -> l.contains("380 miljard yuan")).findFirst().orElseThrow();
    Files.writeString(nl, text.replace(para + "\n", ""), StandardCharsets.UTF_8);
    try {
      ingestSeeds();
      searcher.refresh();
      assertEquals(0, searcher.search(SearchRequest.of("company:alibaba AND type:money", 10)).total());
      assertEquals(articles, searcher.count(FactSchema.KIND_ARTICLE));
      long removed = facts - searcher.count(FactSchema.KIND_FACT);
      assertTrue(removed >= 3, "the paragraph's two money facts and Alibaba at least: " + removed);
      assertEquals(new TreeSet<>(List.of("$600 miljard", "€510 miljard")),
          texts(searcher.search(SearchRequest.of("type:money AND usd:[1e11 TO *]", 10))));
    } finally {
      Files.writeString(nl, text, StandardCharsets.UTF_8);
      ingestSeeds();
      searcher.refresh();
    }
    assertEquals(facts, searcher.count(FactSchema.KIND_FACT));
  }
}
