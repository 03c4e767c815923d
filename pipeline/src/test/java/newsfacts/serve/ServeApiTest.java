package newsfacts.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsfacts.index.FactSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real socket: an in-process server on a free loopback port. */
class ServeApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir
  static Path dir;
  static FactSearcher searcher;
  static SearchServer server;

  @BeforeAll
  static void start() throws Exception {
    ServeFixture.build(dir);
    searcher = FactSearcher.open(dir);
    // Refresh on every request, so the live-index test needs no waiting.
    server = SearchServer.start(searcher, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ZERO);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    searcher.close();
  }

  record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

  static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode body = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
        ? JSON.readTree(r.body()) : null;
    return new Reply(r.statusCode(), body, r);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> texts(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.path("fact").path("text").asText()));
    return out;
  }

  @Test
  void emptyQueryReturnsEveryFactWithFacets() throws Exception {
    Reply r = get("/api/search");
    assertEquals(200, r.status());
    assertEquals(ServeFixture.FACTS, r.body().path("total").asLong());
    assertEquals(10, r.body().path("hits").size());
    assertEquals("[{\"label\":\"percent\",\"count\":12},{\"label\":\"company\",\"count\":4},{\"label\":\"money\",\"count\":3},"
        + "{\"label\":\"model\",\"count\":2},{\"label\":\"score\",\"count\":1}]", r.body().path("facets").path("type").toString());
    assertEquals("[{\"label\":\"CNY\",\"count\":1},{\"label\":\"JPY\",\"count\":1},{\"label\":\"RUB\",\"count\":1}]",
        r.body().path("facets").path("currency").toString());
  }

  @Test
  void companyFilterAndSortByUsdMatchTheCli() throws Exception {
    // Same request the CLI makes for: search --company alibaba --sort usd
    Reply r = get("/api/search?company=alibaba&sort=usd");
    assertEquals(4, r.body().path("total").asLong());
    assertEquals("380 billion yuan", r.body().path("hits").get(0).path("fact").path("text").asText());
    JsonNode hit = r.body().path("hits").get(0);
    assertEquals(ServeFixture.HOSTILE_TITLE, hit.path("article").path("title").asText());
    assertEquals("2025-09-24", hit.path("article").path("published").asText());
    // Without a sentence match, the fact itself is marked in its sentence.
    assertEquals("[{\"text\":\"Alibaba will invest \",\"mark\":false},{\"text\":\"380 billion yuan\",\"mark\":true},"
        + "{\"text\":\" in AI infrastructure.\",\"mark\":false}]", hit.path("snippet").toString());
  }

  @Test
  void freeTextInJapaneseHighlightsTheMatch() throws Exception {
    Reply r = get("/api/search?q=" + enc("推論"));
    assertEquals(2, r.body().path("total").asLong());
    JsonNode snippet = r.body().path("hits").get(0).path("snippet");
    List<String> marked = new ArrayList<>();
    snippet.forEach(p -> {
      if (p.path("mark").asBoolean()) {
        marked.add(p.path("text").asText());
      }
    });
    assertEquals(List.of("推論"), marked);
  }

  @Test
  void modelAndCurrencyFiltersNarrowTheQuery() throws Exception {
    assertEquals(List.of("GigaChat"), texts(get("/api/search?model=gigachat&type=model").body().path("hits")));
    assertEquals(List.of("1兆円"), texts(get("/api/search?currency=JPY").body().path("hits")));
    assertEquals(List.of("100 млрд рублей"),
        texts(get("/api/search?q=" + enc("type:money") + "&lang=ru").body().path("hits")));
  }

  @Test
  void articlesCanBeSearchedInsteadOfFacts() throws Exception {
    // Same as: search --articles 'Сбер'
    Reply r = get("/api/search?articles=true&q=" + enc("Сбер"));
    assertEquals(1, r.body().path("total").asLong());
    assertEquals("ru1", r.body().path("hits").get(0).path("article").path("id").asText());
    assertEquals("[{\"label\":\"ru\",\"count\":1}]", r.body().path("facets").path("lang").toString());
  }

  @Test
  void pagingReturnsTheRequestedSlice() throws Exception {
    Reply all = get("/api/search?type=percent&sort=usd&limit=12");
    Reply page = get("/api/search?type=percent&sort=usd&limit=5&offset=10");
    assertEquals(12, page.body().path("total").asLong());
    assertEquals(10, page.body().path("offset").asInt());
    assertEquals(texts(all.body().path("hits")).subList(10, 12), texts(page.body().path("hits")));
  }

  @Test
  void badParametersGet400NamingTheParameter() throws Exception {
    String[][] cases = {
        {"/api/search?limit=0", "limit", "limit must be a whole number from 1 to 100; got '0'"},
        {"/api/search?limit=ten", "limit", "limit must be a whole number from 1 to 100; got 'ten'"},
        {"/api/search?offset=-1", "offset", "offset must be a whole number from 0 to 10000; got '-1'"},
        {"/api/search?type=rumour", "type", "type must be one of company, model, money, percent, score; got 'rumour'"},
        {"/api/search?sort=date", "sort", "sort must be relevance, usd or published; got 'date'"},
        {"/api/search?lang=" + enc("日本"), "lang", "lang must be an ISO 639 code such as ja or ru; got '日本'"},
        {"/api/search?company=" + enc("a b"), "company", "company must be a company id such as alibaba; got 'a b'"},
        {"/api/search?facets=source", "facets",
            "facets takes some of [type, company, model, currency, lang]; got 'source'"},
        {"/api/search?colour=red", "colour",
            "unknown parameter 'colour', expected one of [articles, company, currency, facets, lang, limit, model, "
                + "offset, q, sort, type]"},
        {"/api/search?q=a&q=b", "q", "parameter 'q' given more than once"},
        {"/api/report?limit=3", "limit", "unknown parameter 'limit', expected one of [q]"},
    };
    for (String[] c : cases) {
      Reply r = get(c[0]);
      assertEquals(400, r.status(), c[0]);
      assertEquals(c[1], r.body().path("parameter").asText(), c[0]);
      assertEquals(c[2], r.body().path("error").asText(), c[0]);
    }
  }

  @Test
  void malformedQueryGets400OnQWithThePosition() throws Exception {
    Reply r = get("/api/search?q=" + enc("type:(money"));
    assertEquals(400, r.status());
    assertEquals("q", r.body().path("parameter").asText());
    assertTrue(r.body().path("error").asText().startsWith("invalid query: cannot parse 'type:(money'"),
        r.body().toString());
    assertFalse(r.raw().body().contains("at org."), "no stack trace");
  }

  @Test
  void unknownPathsAndMethodsAreJsonErrors() throws Exception {
    assertEquals(404, get("/api/nothing").status());
    assertEquals("no such API path: /api/nothing", get("/api/nothing").body().path("error").asText());
    assertEquals(404, get("/admin").status());
    assertEquals(404, get("/api/articles/nope").status());
    assertEquals("no article with id 'nope'", get("/api/articles/nope").body().path("error").asText());
    HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("{\"error\":\"only GET is supported, got POST\"}", post.body());
  }

  @Test
  void articleComesBackWithItsTextAndFactSpans() throws Exception {
    Reply r = get("/api/articles/en1");
    assertEquals(200, r.status());
    String text = r.body().path("text").asText();
    assertEquals(ServeFixture.EN_TEXT, text);
    assertEquals(ServeFixture.HOSTILE_TITLE, r.body().path("document").path("title").asText());
    List<String> spans = new ArrayList<>();
    JsonNode facts = r.body().path("facts");
    for (JsonNode p : r.body().path("parts")) {
      if (!p.path("facts").isEmpty()) {
        JsonNode f = facts.get(p.path("facts").get(0).asInt());
        spans.add(f.path("type").asText() + ":" + text.substring(p.path("start").asInt(), p.path("end").asInt()));
      }
    }
    assertEquals(List.of("company:Alibaba", "money:380 billion yuan", "model:Qwen3-Max", "score:89"), spans);
    assertEquals(text.length(), r.body().path("parts").get(r.body().path("parts").size() - 1).path("end").asInt());
  }

  @Test
  void articleTextIsRebuiltAcrossLanguageSegments() throws Exception {
    // The index stores body_en and body_zh separately; offsets must still land on the fact.
    Reply r = get("/api/articles/mix1");
    assertEquals(ServeFixture.MIX_TEXT, r.body().path("text").asText());
    JsonNode f = r.body().path("facts").get(0);
    assertEquals("阿里巴巴", r.body().path("text").asText().substring(f.path("start").asInt(), f.path("end").asInt()));
  }

  @Test
  void reportCountsTheCorpusAndListsTheLargestMoney() throws Exception {
    Reply r = get("/api/report");
    assertEquals(200, r.status());
    assertEquals(5, r.body().path("corpus").path("articles").asLong());
    assertEquals(ServeFixture.FACTS, r.body().path("corpus").path("facts").asLong());
    assertEquals("[{\"label\":\"company\",\"count\":4},{\"label\":\"model\",\"count\":2},{\"label\":\"money\",\"count\":3},"
        + "{\"label\":\"percent\",\"count\":12},{\"label\":\"score\",\"count\":1}]",
        r.body().path("corpus").path("factsByType").toString());
    List<String> largest = new ArrayList<>();
    r.body().path("money").path("largest").forEach(m -> largest.add(m.path("text").asText()));
    assertEquals(List.of("380 billion yuan", "1兆円", "100 млрд рублей"), largest);
    assertEquals("[{\"label\":\"alibaba\",\"count\":4},{\"label\":\"sber\",\"count\":3},{\"label\":\"softbank\",\"count\":2}]",
        r.body().path("facets").path("company").toString());
    assertEquals(1, get("/api/report?q=" + enc("lang:ru AND type:money")).body().path("money").path("figures").asLong());
  }

  @Test
  void pageIsServedWithAContentSecurityPolicyAndNoInlineCode() throws Exception {
    Reply page = get("/");
    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", page.raw().headers().firstValue("Content-Type").orElseThrow());
    assertEquals(SearchServer.CSP, page.raw().headers().firstValue("Content-Security-Policy").orElseThrow());
    String html = page.raw().body();
    assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline <script>");
    assertFalse(html.matches("(?s).*\\s(on\\w+|style)=.*"), "inline handler or style attribute");
    assertFalse(html.contains("http://") || html.contains("https://"), "no CDN");
    assertEquals(200, get("/app.js").status());
    assertEquals("text/css; charset=utf-8", get("/app.css").raw().headers().firstValue("Content-Type").orElseThrow());
    assertEquals(SearchServer.CSP,
        get("/api/search").raw().headers().firstValue("Content-Security-Policy").orElseThrow());
  }

  @Test
  void newCommitsShowWithoutARestart() throws Exception {
    assertEquals(0, get("/api/search?company=nvidia").body().path("total").asLong());
    ServeFixture.addLate(dir);
    try {
      assertEquals(1, get("/api/search?company=nvidia").body().path("total").asLong());
    } finally {
      try (var idx = newsfacts.index.FactIndex.open(dir)) {
        idx.prune(source -> !source.equals("news/late.txt"));
        idx.commit();
      }
      get("/api/search"); // refresh, so the other tests see the fixture as built
    }
  }
}
