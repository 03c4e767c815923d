package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Sentences are indexed once, on sentence documents that are the block-join parents of their facts:
 * every combination of sentence clauses with fact clauses gives exactly the facts it gave when each fact
 * carried its sentence, in counts and facets too, and a fact without a sentence never takes the next one's.
 */
class SentenceJoinTest {
  @TempDir
  static Path dir;
  static FactSearcher searcher;

  static final String S1 = "OpenAI raised $40 billion from investors.";
  static final String S2 = "Nvidia sells chips to OpenAI.";
  static final String S3 = "The model was trained on chips.";
  static final String EN = S1 + " " + S2 + " " + S3;
  static final String RU = "Рост использования открытых ИИ-моделей.";

  @BeforeAll
  static void build() throws Exception {
    int s2 = EN.indexOf(S2);
    int s3 = EN.indexOf(S3);
    try (FactIndex idx = FactIndex.open(dir)) {
      idx.replace("a-empty.txt", "f-empty", List.of(entry("d-empty", "en", "Nothing here.")));
      idx.replaceWithError("b-broken.pdf", "f-broken", "PDF is password-protected",
          "{\"kind\":\"error\",\"source\":\"b-broken.pdf\"}");
      idx.replace("c-en.txt", "f-en", List.of(entry("d-en", "en", EN,
          Fact.company("OpenAI", 0, "en", "openai", "OpenAI").withSentence(S1),
          Fact.money("$40 billion", EN.indexOf("$40"), "en", 4e10, "USD", null, null)
              .withUsd(4e10, "2025-12-31").withCompanies(List.of("openai")).withSentence(S1),
          Fact.company("Nvidia", s2, "en", "nvidia", "Nvidia").withSentence(S2),
          // no sentence, between two facts of S2: fenced off by a sentence document of its own
          Fact.percent("chips", EN.indexOf("chips"), "en", 5, null, null),
          Fact.company("OpenAI", EN.indexOf("OpenAI", s2), "en", "openai", "OpenAI").withSentence(S2),
          Fact.model("model", EN.indexOf("model"), "en", "gpt-x", "GPT-X", "openai", true).withSentence(S3))));
      idx.replace("d-ru.txt", "f-ru", List.of(entry("d-ru", "ru", RU,
          Fact.company("ИИ", RU.indexOf("ИИ"), "ru", "x-ai", "X").withSentence(RU))));
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

  /** The hits as text@start, in index order (every fact has the same date, so ties keep index order). */
  static List<String> hits(String q) throws Exception {
    SearchResult r = searcher.search(new SearchRequest(q, null, null, null, SearchRequest.SortOrder.PUBLISHED, 50, 0,
        List.of(), false));
    List<String> out = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      Fact f = FactJson.read(h.json());
      out.add(f.text() + "@" + f.start());
    }
    assertEquals(out.size(), r.total(), q);
    return out;
  }

  @Test
  void sentenceClauseReturnsTheFactsOfMatchingSentences() throws Exception {
    assertEquals(List.of("Nvidia@42", "OpenAI@64", "model@76"), hits("sentence:chips"));
    assertEquals(List.of("OpenAI@0", "$40 billion@14"), hits("sentence:investor"));
    assertEquals(List.of("ИИ@28"), hits("sentence:модели"));
  }

  @Test
  void factWithoutSentenceIsNotJoinedToTheNextSentence() throws Exception {
    assertEquals(List.of("chips@55"), hits("type:percent"));
    assertEquals(List.of(), hits("type:percent AND sentence:chips"));
    assertEquals(List.of("chips@55"), hits("type:percent AND NOT sentence:chips"));
  }

  @Test
  void sentenceClausesCombineWithFactClauses() throws Exception {
    assertEquals(List.of("Nvidia@42", "OpenAI@64"), hits("sentence:chips AND type:company"));
    assertEquals(List.of("model@76"), hits("sentence:chips AND NOT sentence:nvidia"));
    assertEquals(List.of("OpenAI@0", "Nvidia@42", "OpenAI@64", "model@76"), hits("sentence:chips OR text:openai"));
    // the model is filed under its vendor, openai
    assertEquals(List.of("OpenAI@0", "$40 billion@14", "model@76"),
        hits("(sentence:trained OR sentence:raised) AND company:openai"));
    assertEquals(List.of("OpenAI@64", "model@76"), hits("+company:openai +(sentence:trained sentence:sells) -type:money"));
    assertEquals(List.of("Nvidia@42"), hits("sentence:(chips AND nvidia) AND NOT text:openai"));
  }

  @Test
  void phrasesPrefixesAndFuzzyTermsOnSentences() throws Exception {
    assertEquals(List.of("Nvidia@42", "OpenAI@64"), hits("sentence:\"sells chips\""));
    assertEquals(List.of(), hits("sentence:\"chips sells\""));
    assertEquals(List.of("OpenAI@0", "$40 billion@14"), hits("sentence:invest*"));
    assertEquals(List.of("model@76"), hits("sentence:train~1"));
  }

  @Test
  void freeTextSearchesFactTextNamesAndSentences() throws Exception {
    // "nvidia": the company fact by its text and name, and the other fact of its sentence
    assertEquals(List.of("Nvidia@42", "OpenAI@64"), hits("nvidia"));
    assertEquals(List.of("model@76"), hits("gpt"));
    assertEquals(List.of("Nvidia@42", "OpenAI@64", "model@76"), hits("chip AND NOT type:percent"));
  }

  @Test
  void countsAndFacetsCountFacts() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("sentence:chips", null, null, null,
        SearchRequest.SortOrder.RELEVANCE, 1, 0, List.of("type", "company"), false));
    assertEquals(3, r.total());
    assertEquals(List.of(new SearchResult.FacetCount("company", 2), new SearchResult.FacetCount("model", 1)),
        r.facets().get("type"));
    assertEquals(List.of(new SearchResult.FacetCount("openai", 2), new SearchResult.FacetCount("nvidia", 1)),
        r.facets().get("company"));
    assertEquals(7, searcher.count(FactSchema.KIND_FACT));
    // S1, S2, the fence of the fact without a sentence, S2 again, S3, RU
    assertEquals(6, searcher.count(FactSchema.KIND_SENTENCE));
  }

  @Test
  void highlightsTheFactsSentence() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("sentence:chips AND type:model", 5));
    assertEquals("The model was trained on «chips».", r.hits().get(0).highlight());
  }

  @Test
  void articleSearchDoesNotJoin() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("chips", null, null, null, SearchRequest.SortOrder.RELEVANCE,
        10, 0, List.of(), true));
    assertEquals(1, r.total());
    assertEquals(0, searcher.search(new SearchRequest("sentence:chips", null, null, null,
        SearchRequest.SortOrder.RELEVANCE, 10, 0, List.of(), true)).total());
  }

  @Test
  void replacingAFileReplacesItsSentences() throws Exception {
    Path other = dir.resolveSibling(dir.getFileName() + "-replace");
    try (FactIndex idx = FactIndex.open(other)) {
      idx.replace("en.txt", "v1", List.of(entry("d1", "en", S2,
          Fact.company("Nvidia", 0, "en", "nvidia", "Nvidia").withSentence(S2))));
      idx.commit();
      idx.replace("en.txt", "v2", List.of(entry("d2", "en", S3,
          Fact.model("model", 4, "en", "gpt-x", "GPT-X", "openai", true).withSentence(S3))));
      idx.commit();
      assertEquals(java.util.Set.of("en.txt"), idx.sources());
    }
    try (FactSearcher s = FactSearcher.open(other)) {
      assertEquals(1, s.count(FactSchema.KIND_SENTENCE));
      assertEquals(0, s.search(SearchRequest.of("sentence:nvidia", 5)).total());
      assertEquals(1, s.search(SearchRequest.of("sentence:trained", 5)).total());
    }
  }
}
