package newsfacts.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.TextSegment;
import newsfacts.index.ArticleEntry;
import newsfacts.index.FactIndex;
import newsfacts.index.IndexException;

/**
 * A small hand-made index for the serve tests: English (two segments, a hostile title), Japanese,
 * Russian, a Chinese/English mix, and an article with twelve percent figures for paging.
 */
final class ServeFixture {
  static final String HOSTILE_TITLE = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script> Alibaba bets big";
  static final String EN_TEXT = "Alibaba will invest 380 billion yuan in AI infrastructure.\n\n"
      + "The company said Qwen3-Max scored 89 on the index.";
  static final String JA_TEXT = "ソフトバンクは推論モデルに1兆円を投資する。";
  static final String RU_TEXT = "Сбер представил модель GigaChat и вложит 100 млрд рублей.";
  static final String MIX_TEXT = "Weekly digest\n\n阿里巴巴发布了新的推理模型。";
  /** Every fact in the fixture. */
  static final int FACTS = 4 + 2 + 3 + 1 + 12;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServeFixture() {}

  /** Builds the index in {@code dir} and commits it. */
  static void build(Path dir) throws IOException, IndexException {
    try (FactIndex idx = FactIndex.open(dir)) {
      String s1 = "Alibaba will invest 380 billion yuan in AI infrastructure.";
      String s2 = "The company said Qwen3-Max scored 89 on the index.";
      int p2 = EN_TEXT.indexOf("The company");
      add(idx, "news/en.html", "en1", "en", HOSTILE_TITLE, "2025-09-24", EN_TEXT,
          List.of(new TextSegment(0, s1.length(), "en", 1.0), new TextSegment(p2, EN_TEXT.length(), "en", 1.0)),
          List.of(
              Fact.company("Alibaba", 0, "en", "alibaba", "Alibaba Group").withSentence(s1),
              Fact.money("380 billion yuan", 20, "en", 3.8e11, "CNY", null, null).withUsd(5.32e10, "2025-09-01")
                  .withCompanies(List.of("alibaba")).withSentence(s1),
              Fact.model("Qwen3-Max", p2 + 17, "en", "qwen3-max", "Qwen3-Max", "alibaba", true).withSentence(s2),
              Fact.score("89", p2 + 34, "en", 89, "intelligence-index", "qwen3-max").withSentence(s2)));
      add(idx, "news/ja.html", "ja1", "ja", "ソフトバンク、推論モデルに投資", "2025-10-01", JA_TEXT,
          List.of(new TextSegment(0, JA_TEXT.length(), "ja", 1.0)),
          List.of(
              Fact.company("ソフトバンク", 0, "ja", "softbank", "SoftBank Group").withSentence(JA_TEXT),
              Fact.money("1兆円", 13, "ja", 1e12, "JPY", null, null).withUsd(6.7e9, "2025-09-01")
                  .withCompanies(List.of("softbank")).withSentence(JA_TEXT)));
      add(idx, "news/ru.html", "ru1", "ru", "Сбер вложит в ИИ", "2025-08-15", RU_TEXT,
          List.of(new TextSegment(0, RU_TEXT.length(), "ru", 1.0)),
          List.of(
              Fact.company("Сбер", 0, "ru", "sber", "Sber").withSentence(RU_TEXT),
              Fact.model("GigaChat", 23, "ru", "gigachat", "GigaChat", "sber", true).withSentence(RU_TEXT),
              Fact.money("100 млрд рублей", 41, "ru", 1e11, "RUB", null, null).withUsd(1.1e9, "2025-09-01")
                  .withCompanies(List.of("sber")).withSentence(RU_TEXT)));
      int zh = MIX_TEXT.indexOf('阿');
      add(idx, "news/mix.txt", "mix1", "zh", "Weekly digest", null, MIX_TEXT,
          List.of(new TextSegment(0, 13, "en", 1.0), new TextSegment(zh, MIX_TEXT.length(), "zh", 1.0)),
          List.of(Fact.company("阿里巴巴", zh, "zh", "alibaba", "Alibaba Group").withSentence(MIX_TEXT.substring(zh))));
      StringBuilder yields = new StringBuilder();
      List<Fact> percents = new ArrayList<>();
      for (int i = 1; i <= 12; i++) {
        String sentence = "Chip yields rose " + i + " % in month " + i + ".";
        int at = yields.length() + "Chip yields rose ".length();
        percents.add(Fact.percent(i + " %", at, "en", i, null, null).withSentence(sentence));
        yields.append(sentence).append(' ');
      }
      String y = yields.toString().strip();
      add(idx, "news/yields.txt", "yields1", "en", "Chip yields", "2025-07-01", y,
          List.of(new TextSegment(0, y.length(), "en", 1.0)), percents);
      idx.commit();
    }
  }

  /** Adds one more article (for the live-index test) and commits. */
  static void addLate(Path dir) throws IOException, IndexException {
    try (FactIndex idx = FactIndex.open(dir)) {
      String t = "Nvidia sold chips.";
      add(idx, "news/late.txt", "late1", "en", "Late news", "2025-11-01", t,
          List.of(new TextSegment(0, t.length(), "en", 1.0)),
          List.of(Fact.company("Nvidia", 0, "en", "nvidia", "NVIDIA").withSentence(t)));
      idx.commit();
    }
  }

  private static void add(FactIndex idx, String source, String id, String lang, String title, String published,
      String text, List<TextSegment> segments, List<Fact> facts) throws IOException {
    ObjectNode d = JSON.createObjectNode().put("kind", "document").put("source", source).put("id", id)
        .put("lang", lang).put("title", title);
    if (published != null) {
      d.put("published", published);
    }
    d.put("charset", "UTF-8").put("contentType", "text/html").put("chars", text.length());
    ArrayNode segs = d.putArray("segments");
    for (TextSegment s : segments) {
      segs.addObject().put("start", s.start()).put("end", s.end()).put("lang", s.lang()).put("confidence", s.confidence());
    }
    d.put("facts", facts.size()).putArray("warnings");
    for (Fact f : facts) {
      if (!text.substring(f.start(), f.end()).equals(f.text())) {
        throw new IllegalStateException("fixture offsets wrong for " + f.text() + ": " + text.substring(f.start(), f.end()));
      }
    }
    idx.replace(source, "file-" + id, List.of(new ArticleEntry(id, lang, title, null, published, "UTF-8", text,
        segments, JSON.writeValueAsString(d), facts)));
  }
}
