package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.FactJson;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a small hand-made index: fields, numeric ranges, per-language analysis, facets, replace. */
class FactSearcherTest {
  @TempDir
  static Path dir;
  static FactSearcher searcher;

  static final String RU = "Рост использования открытых ИИ-моделей объясняется внедрением систем.";
  static final String JA = "中国企業が推論モデルを発表した。";
  static final String DE = "Auf der WAIC zeigten Firmen humanoide Roboter.";
  static final String NL = "Alibaba investeert 380 miljard yuan in AI.";
  static final String ZH = "阿里巴巴宣布投资人工智能模型。";

  static Fact inSentence(Fact f, String sentence) {
    return f.withSentence(sentence);
  }

  @BeforeAll
  static void build() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("ru.txt", "f-ru", List.of(entry("d-ru", "ru", RU,
          inSentence(Fact.company("ИИ", 26, "ru", "x-ai", "X"), RU))));
      idx.replace("ja.txt", "f-ja", List.of(entry("d-ja", "ja", JA,
          inSentence(Fact.model("推論モデル", 4, "ja", "reasoner", "Reasoner", "deepseek", true), JA))));
      idx.replace("de.txt", "f-de", List.of(entry("d-de", "de", DE,
          inSentence(Fact.company("WAIC", 8, "de", "waic", "WAIC"), DE))));
      Fact money = Fact.money("380 miljard yuan", 19, "nl", 3.8e11, "CNY", null, null)
          .withUsd(5.3e10, "2025-12-31").withCompanies(List.of("alibaba"));
      Fact big = Fact.money("$600 miljard", 0, "nl", 6e11, "USD", null, null).withUsd(6e11, "2025-12-31");
      Fact pct = Fact.percent("17%", 30, "nl", 17, null, null);
      idx.replace("nl.txt", "f-nl", List.of(entry("d-nl", "nl", NL,
          inSentence(Fact.company("Alibaba", 0, "nl", "alibaba", "Alibaba Group"), NL),
          inSentence(money, NL), inSentence(big, NL), inSentence(pct, NL))));
      idx.replace("zh.txt", "f-zh", List.of(entry("d-zh", "zh", ZH,
          inSentence(Fact.company("阿里巴巴", 0, "zh", "alibaba", "Alibaba Group"), ZH))));
      idx.commit();
    }
    searcher = FactSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static ArticleEntry entry(String docId, String lang, String text, Fact... facts) {
    return new ArticleEntry(docId, lang, "title " + docId, null, "2025-12-14", "UTF-8", text,
        List.of(new TextSegment(0, text.length(), lang, 1.0)), "{\"kind\":\"document\",\"id\":\"" + docId + "\"}",
        List.of(facts));
  }

  static List<String> texts(SearchResult r) {
    List<String> out = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      out.add(FactJson.read(h.json()).text());
    }
    return out;
  }

  SearchResult search(String q) throws Exception {
    return searcher.search(SearchRequest.of(q, 50));
  }

  @Test
  void fieldedKeywordQueryIsCaseInsensitive() throws Exception {
    // "company:Alibaba" matches the lower-case id; money facts are filed under their linked companies
    assertEquals(List.of("Alibaba", "380 miljard yuan", "阿里巴巴"),
        texts(searcher.search(new SearchRequest("company:Alibaba", null, null, null,
            SearchRequest.SortOrder.PUBLISHED, 10, 0, List.of(), false))));
    assertEquals(List.of("380 miljard yuan"), texts(search("company:alibaba AND type:money")));
  }

  @Test
  void percentagePointsAreAFilter(@TempDir Path own) throws Exception {
    String de = "Die Marge stieg um 12 Prozentpunkte auf 70 Prozent.";
    try (FactIndex idx = FactIndex.open(own)) {
      idx.replace("de.txt", "f-de", List.of(entry("d-de", "de", de,
          inSentence(Fact.percent("12 Prozentpunkte", 19, "de", 12, null, null).asPoints(), de),
          inSentence(Fact.percent("70 Prozent", 40, "de", 70, null, null), de))));
      idx.commit();
    }
    try (FactSearcher s = FactSearcher.open(own)) {
      assertEquals(List.of("12 Prozentpunkte"), texts(s.search(SearchRequest.of("points:true", 10))));
      assertEquals(List.of("70 Prozent"), texts(s.search(SearchRequest.of("type:percent -points:true", 10))));
      assertEquals(Boolean.TRUE, FactJson.read(s.search(SearchRequest.of("points:TRUE", 10)).hits().get(0).json()).points());
    }
  }

  @Test
  void numericRangesUsePoints() throws Exception {
    // usd:[1e11 TO *] is a point range, not a lexical term range
    assertEquals(List.of("$600 miljard"), texts(search("type:money AND usd:[1e11 TO *]")));
    assertEquals(List.of("380 miljard yuan"), texts(search("usd:[1e10 TO 1e11}")));
    assertEquals(List.of("17%"), texts(search("value:[10 TO 20]")));
  }

  @Test
  void sortByUsdPutsLargestFirstAndMissingLast() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("lang:nl", null, null, null,
        SearchRequest.SortOrder.USD, 10, 0, List.of(), false));
    assertEquals(List.of("$600 miljard", "380 miljard yuan", "Alibaba", "17%"), texts(r));
  }

  @Test
  void russianStemmingFindsInflectedForms() throws Exception {
    // "модели" and "моделей" share the Russian stem
    assertEquals(List.of("ИИ"), texts(search("sentence:модели")));
    assertEquals(List.of("ИИ"), texts(search("моделям")));
  }

  @Test
  void japaneseSearchModeFindsCompoundParts() throws Exception {
    // kuromoji search mode splits 推論モデル, so 推論 alone finds it
    SearchResult r = search("推論");
    assertEquals(List.of("推論モデル"), texts(r));
    assertTrue(r.hits().get(0).highlight().contains("«推論»"), r.hits().get(0).highlight());
  }

  @Test
  void germanAndChineseAnalyzers() throws Exception {
    assertEquals(List.of("WAIC"), texts(search("Roboter")));
    assertEquals(List.of("阿里巴巴"), texts(search("sentence:人工智能")));
  }

  @Test
  void facetsCountMatchingFacts() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("", null, null, null, SearchRequest.SortOrder.RELEVANCE,
        1, 0, List.of("type", "company", "currency"), false));
    assertEquals(8, r.total());
    assertEquals(List.of(new SearchResult.FacetCount("company", 4), new SearchResult.FacetCount("money", 2),
        new SearchResult.FacetCount("model", 1), new SearchResult.FacetCount("percent", 1)), r.facets().get("type"));
    assertEquals(List.of(new SearchResult.FacetCount("alibaba", 3), new SearchResult.FacetCount("deepseek", 1),
        new SearchResult.FacetCount("waic", 1), new SearchResult.FacetCount("x-ai", 1)), r.facets().get("company"));
    assertEquals(List.of(new SearchResult.FacetCount("CNY", 1), new SearchResult.FacetCount("USD", 1)),
        r.facets().get("currency"));
  }

  @Test
  void filtersAndArticles() throws Exception {
    assertEquals(2, searcher.search(new SearchRequest("", "money", null, null, SearchRequest.SortOrder.RELEVANCE,
        10, 0, List.of(), false)).total());
    assertEquals(1, searcher.search(new SearchRequest("", null, "zh", null, SearchRequest.SortOrder.RELEVANCE,
        10, 0, List.of(), false)).total());
    SearchResult articles = searcher.search(new SearchRequest("body:Roboter", null, null, null,
        SearchRequest.SortOrder.RELEVANCE, 10, 0, List.of(), true));
    assertEquals(1, articles.total());
    assertTrue(articles.hits().get(0).json().contains("\"d-de\""));
  }

  @Test
  void malformedQueryNamesThePosition() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search("company:(alibaba"));
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
    QuerySyntaxException n = assertThrows(QuerySyntaxException.class, () -> search("usd:[abc TO 5]"));
    assertEquals("invalid query: cannot parse 'usd:[abc TO 5]': field 'usd' is numeric, but 'abc' is not a number", n.getMessage());
  }
}
