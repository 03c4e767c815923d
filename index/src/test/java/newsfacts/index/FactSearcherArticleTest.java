package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsfacts.extract.Fact;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FactSearcher#article} and {@link FactSearcher#documents}, added for {@code newsfacts serve}. */
class FactSearcherArticleTest {
  @TempDir
  Path dir;

  // en, ru, en again: body_en holds two segments, body_ru one; the gaps are paragraph breaks.
  static final String TEXT = "Alibaba spoke.\n\nСбер ответил.\n\nNvidia too.";
  static final String JSON = "{\"kind\":\"document\",\"id\":\"d1\",\"title\":\"Mixed\",\"chars\":" + TEXT.length()
      + ",\"segments\":[{\"start\":0,\"end\":14,\"lang\":\"en\"},{\"start\":16,\"end\":29,\"lang\":\"ru\"},"
      + "{\"start\":31,\"end\":42,\"lang\":\"en\"}]}";

  private void build() throws Exception {
    try (FactIndex idx = FactIndex.open(dir)) {
      // Facts handed over out of order: the article lists them by offset.
      List<Fact> facts = List.of(
          Fact.company("Nvidia", 31, "en", "nvidia", "NVIDIA"),
          Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba Group"),
          Fact.company("Сбер", 16, "ru", "sber", "Sber"));
      idx.replace("a.txt", "f1", List.of(new ArticleEntry("d1", "en", "Mixed", null, "2025-01-02", "UTF-8", TEXT,
          List.of(new TextSegment(0, 14, "en", 1), new TextSegment(16, 29, "ru", 1), new TextSegment(31, 42, "en", 1)),
          JSON, facts)));
      idx.commit();
    }
  }

  @Test
  void articleTextIsRebuiltAndFactsComeByOffset() throws Exception {
    build();
    try (FactSearcher s = FactSearcher.open(dir)) {
      FactSearcher.StoredArticle a = s.article("d1").orElseThrow();
      assertEquals(TEXT, a.text());
      assertEquals(JSON, a.json());
      assertEquals(3, a.facts().size());
      assertTrue(a.facts().get(0).contains("\"text\":\"Alibaba\",\"start\":0,"), a.facts().get(0));
      assertTrue(a.facts().get(1).contains("\"text\":\"Сбер\",\"start\":16,"), a.facts().get(1));
      assertTrue(a.facts().get(2).contains("\"text\":\"Nvidia\",\"start\":31,"), a.facts().get(2));
      assertTrue(s.article("nope").isEmpty());
    }
  }

  @Test
  void documentsMapsIdsToTheirRecords() throws Exception {
    build();
    try (FactSearcher s = FactSearcher.open(dir)) {
      assertEquals(Map.of("d1", JSON), s.documents(List.of("d1", "d1", "missing")));
      assertEquals(Map.of(), s.documents(List.of()));
    }
  }
}
