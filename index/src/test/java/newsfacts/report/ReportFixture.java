package newsfacts.report;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A small hand-made index for report and export tests: three articles (Chinese, Russian, English), one
 * unreadable file, every fact type, a figure restated in a second currency, a score reported twice,
 * an unknown model version, a reader warning, and text that must be escaped ({@code <script>}, a
 * leading {@code =}).
 */
final class ReportFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String ZH = "阿里巴巴宣布投资3800亿元（528亿美元）建设AI基础设施，腾讯也在跟进。";
  static final String ZH2 = "通义千问Qwen3-Max在智能指数上得分89，Qwen3.5-Max即将发布。";
  static final String RU = "Яндекс и Alibaba вложат 100 млрд рублей в модели, сообщил РБК.";
  static final String RU2 = "По индексу Qwen3-Max набрала 85, а DeepSeek-R1 — 70 баллов; рост 30%.";
  static final String EN = "=cmd|' /C calc'!A0 Nvidia raised $2 billion, \"a record\", in Santa Clara.";

  private ReportFixture() {}

  /** Builds the index in {@code dir}; {@code reversed} writes the files in the opposite order, one commit each. */
  static void build(Path dir, boolean reversed) throws IOException, IndexException {
    try (FactIndex idx = FactIndex.open(dir)) {
      List<IoStep> files = List.of(
          () -> idx.replace("feeds/cn.xml", "f-cn", List.of(chinese())),
          () -> idx.replace("seeds/ru.txt", "f-ru", List.of(russian())),
          () -> idx.replace("seeds/en.txt", "f-en", List.of(english())),
          () -> idx.replaceWithError("inbox/broken.pdf", "f-bad", "PDF is password-protected",
              "{\"kind\":\"error\",\"source\":\"inbox/broken.pdf\",\"reason\":\"PDF is password-protected\"}"));
      List<IoStep> order = new ArrayList<>(files);
      if (reversed) {
        java.util.Collections.reverse(order);
      }
      for (IoStep s : order) {
        s.run();
        if (reversed) {
          idx.commit();
        }
      }
      idx.commit();
    }
  }

  @FunctionalInterface
  interface IoStep {
    void run() throws IOException;
  }

  private static ArticleEntry chinese() {
    String text = ZH + "\n" + ZH2;
    int s2 = ZH.length() + 1;
    List<Fact> facts = List.of(
        Fact.company("阿里巴巴", 0, "zh", "alibaba", "Alibaba Group").withSentence(ZH),
        Fact.money("3800亿元", 8, "zh", 3.8e11, "CNY", null, null).withUsd(5.28e10, "2025-12-31")
            .withCompanies(List.of("alibaba")).withSameAs(List.of(15)).withSentence(ZH),
        Fact.money("528亿美元", 15, "zh", 5.28e10, "USD", null, null).withUsd(5.28e10, "2025-12-31")
            .withCompanies(List.of("alibaba")).withSameAs(List.of(8)).withSentence(ZH),
        Fact.company("腾讯", 32, "zh", "tencent", "Tencent").withSentence(ZH),
        Fact.model("Qwen3-Max", s2 + 4, "zh", "qwen3-max", "Qwen3-Max", "alibaba", true).withSentence(ZH2),
        Fact.score("89", s2 + 20, "zh", 89, "intelligence-index", "qwen3-max").withSentence(ZH2),
        Fact.model("Qwen3.5-Max", s2 + 23, "zh", "qwen3.5-max", "Qwen3.5-Max", "alibaba", false).withSentence(ZH2));
    return article("feeds/cn.xml", "d-cn", "zh", "阿里巴巴 <script>alert(1)</script> 投资", "https://www.example.cn/a/1",
        "2025-03-02", "GB18030", text, List.of("text cut at 1000000 chars"), facts);
  }

  private static ArticleEntry russian() {
    String text = RU + "\n" + RU2;
    int s2 = RU.length() + 1;
    List<Fact> facts = List.of(
        Fact.company("Яндекс", 0, "ru", "yandex", "Yandex").withSentence(RU),
        Fact.company("Alibaba", 9, "ru", "alibaba", "Alibaba Group").withSentence(RU),
        Fact.money("100 млрд рублей", 24, "ru", 1e11, "RUB", null, null).withUsd(1.1e9, "2025-12-31")
            .withCompanies(List.of("yandex", "alibaba")).withSentence(RU),
        Fact.model("Qwen3-Max", s2 + 11, "ru", "qwen3-max", "Qwen3-Max", "alibaba", true).withSentence(RU2),
        Fact.score("85", s2 + 29, "ru", 85, "intelligence-index", "qwen3-max").withSentence(RU2),
        Fact.model("DeepSeek-R1", s2 + 35, "ru", "deepseek-r1", "DeepSeek-R1", "deepseek", true).withSentence(RU2),
        Fact.score("70", s2 + 49, "ru", 70, "intelligence-index", "deepseek-r1").withSentence(RU2),
        Fact.percent("30%", s2 + 64, "ru", 30, null, null).withSentence(RU2));
    return article("seeds/ru.txt", "d-ru", "ru", "Яндекс и Alibaba", null, "2025-04-10", "windows-1251", text,
        List.of("replacement characters (U+FFFD) in text"), facts);
  }

  private static ArticleEntry english() {
    List<Fact> facts = List.of(
        Fact.company("Nvidia", 19, "en", "nvidia", "Nvidia").withSentence(EN),
        Fact.money("$2 billion", 33, "en", 2e9, "USD", null, null).withUsd(2e9, "2025-12-31")
            .withCompanies(List.of("nvidia")).withSentence(EN),
        Fact.money("A0", 16, "en", 1.5e6, "XTS", null, null).withSentence(EN));
    return article("seeds/en.txt", "d-en", "en", "=HYPERLINK(\"http://evil\")", null, null, "UTF-8", EN, List.of(),
        facts);
  }

  private static ArticleEntry article(String source, String docId, String lang, String title, String url,
      String published, String charset, String text, List<String> warnings, List<Fact> facts) {
    ObjectNode n = JSON.createObjectNode();
    n.put("kind", "document").put("source", source).put("id", docId).put("lang", lang).put("title", title);
    if (published != null) {
      n.put("published", published);
    }
    if (url != null) {
      n.put("url", url);
    }
    n.put("charset", charset).put("contentType", "text/plain").put("chars", text.length());
    n.putArray("segments");
    n.put("facts", facts.size());
    com.fasterxml.jackson.databind.node.ArrayNode w = n.putArray("warnings");
    warnings.forEach(w::add);
    return new ArticleEntry(docId, lang, title, url, published, charset, text,
        List.of(new TextSegment(0, text.length(), lang, 1.0)), n.toString(), facts);
  }
}
