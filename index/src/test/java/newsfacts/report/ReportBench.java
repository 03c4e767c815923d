package newsfacts.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import newsfacts.extract.Fact;
import newsfacts.extract.TextSegment;
import newsfacts.index.ArticleEntry;
import newsfacts.index.FactIndex;
import newsfacts.index.FactSearcher;

/**
 * Not a unit test: builds a synthetic index of N facts (default 1,000,000; fixed seed) shaped like the
 * seeds (companies 40 %, models 20 %, money 20 % with some restated in a second currency, percent 10 %,
 * scores 10 % over three metrics, 20 facts per article, six languages) and times report generation and
 * a CSV export. Prints a Markdown table for docs/reports.md.
 *
 * <pre>
 * mvn -q -pl index -am test-compile
 * java -cp "index/target/test-classes:index/target/classes:$(cat cp.txt)" newsfacts.report.ReportBench DIR [FACTS]
 * </pre>
 */
public final class ReportBench {
  private static final String[] COMPANIES = {"alibaba", "tencent", "baidu", "huawei", "deepseek", "openai",
      "nvidia", "tsmc", "samsung", "sk-hynix", "bytedance", "moonshot-ai", "zhipu", "anthropic", "google",
      "microsoft", "meta", "apple", "amazon", "yandex", "sber", "softbank", "ntt", "sony", "asml", "intel", "amd",
      "xiaomi", "byd", "smic"};
  private static final String[] MODELS = {"qwen3-max", "deepseek-r1", "deepseek-v3.2", "gpt-5", "o3",
      "claude-opus-4", "gemini-2.5-pro", "kimi-k2", "glm-4.5", "ernie-4.5", "doubao-1.5-pro", "llama-4-maverick",
      "gigachat", "yandexgpt-5", "tsuzumi", "qwen3.5-max", "deepseek-v4"};
  private static final String[] CURRENCIES = {"USD", "EUR", "CNY", "JPY", "RUB", "TWD"};
  private static final double[] USD_PER = {1, 1.08, 0.14, 0.0067, 0.011, 0.031};
  private static final String[] METRICS = {"intelligence-index", "mmlu", "swe-bench-verified"};
  private static final String[] LANGS = {"en", "de", "nl", "ru", "zh", "ja"};
  private static final String[] SENTENCE = {"The company said its new AI chips will ship next year.",
      "Der Konzern investiert Milliarden in humanoide Roboter.", "Het bedrijf investeert miljarden in AI-modellen.",
      "Компания представила новые модели искусственного интеллекта.", "该公司宣布投资人工智能芯片。",
      "同社は新しい推論モデルを発表した。"};
  private static final String[] HOSTS = {"www.reuters.com", "www.heise.de", "fd.nl", "www.rbc.ru", "www.36kr.com",
      "www.nikkei.com"};

  private ReportBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int facts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    long t0 = System.nanoTime();
    if (!Files.exists(dir)) {
      build(dir, facts); // an existing DIR is reused as is
    }
    double buildS = (System.nanoTime() - t0) / 1e9;
    try (FactSearcher s = FactSearcher.open(dir)) {
      long n = s.count("fact");
      System.out.printf(Locale.ROOT, "index: %,d facts, %,d articles (built in %.0f s)%n", n, s.count("article"), buildS);
      ReportBuilder.build(s, ""); // warm-up: class loading, first reads from disk
      double[] all = time(() -> ReportBuilder.build(s, ""));
      double[] money = time(() -> ReportBuilder.build(s, "type:money AND usd:[1e9 TO *]"));
      Report r = ReportBuilder.build(s, "");
      double[] render = time(() -> {
        MarkdownReport.render(r);
        HtmlReport.render(r);
        JsonReport.render(r);
      });
      long e0 = System.nanoTime();
      try (Writer w = Writer.nullWriter()) {
        FactExport.write(s, "", FactExport.Format.CSV, w);
      }
      double export = (System.nanoTime() - e0) / 1e9;
      System.out.println("| step | median of 5 (s) | max (s) |");
      System.out.println("|---|---:|---:|");
      row("report, all " + String.format(Locale.ROOT, "%,d", n) + " facts", all);
      row("report, `type:money AND usd:[1e9 TO *]`", money);
      row("render md + html + json", render);
      System.out.printf(Locale.ROOT, "| CSV export of all facts (one run) | %.2f | |%n", export);
      System.out.printf(Locale.ROOT, "%nmoney figures %,d, usd %,d, leaderboards %d, vendors %d%n", r.money().figures(),
          r.money().usd(), r.models().leaderboards().size(), r.models().vendors().size());
    }
  }

  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  private static double[] time(Step s) throws Exception {
    double[] t = new double[5];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      s.run();
      t[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(t);
    return t;
  }

  private static void row(String name, double[] t) {
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, t[t.length / 2], t[t.length - 1]);
  }

  private static void build(Path dir, int facts) throws Exception {
    ObjectMapper json = new ObjectMapper();
    SplittableRandom rnd = new SplittableRandom(42);
    int perArticle = 20;
    try (FactIndex idx = FactIndex.open(dir)) {
      for (int a = 0; a * perArticle < facts; a++) {
        int li = a % LANGS.length;
        String lang = LANGS[li];
        String sentence = SENTENCE[li];
        StringBuilder text = new StringBuilder();
        List<Fact> list = new ArrayList<>();
        for (int i = 0; i < perArticle && a * perArticle + i < facts; i++) {
          int start = text.length();
          text.append(sentence).append(' ');
          list.add(fact(rnd, sentence.substring(0, 4), start, lang, list).withSentence(sentence));
        }
        String t = text.toString();
        String source = "bench/" + (a % 100) + "/" + a + ".html";
        String published = String.format(Locale.ROOT, "2025-%02d-%02d", 1 + a % 12, 1 + a % 28);
        String url = a % 2 == 0 ? "https://" + HOSTS[li] + "/a/" + a : null;
        ObjectNode d = json.createObjectNode().put("kind", "document").put("source", source).put("id", "d" + a)
            .put("lang", lang).put("title", "Article " + a).put("published", published);
        if (url != null) {
          d.put("url", url);
        }
        d.put("charset", a % 7 == 0 ? "windows-1251" : "UTF-8").put("contentType", "text/html")
            .put("chars", t.length()).put("facts", list.size());
        d.putArray("segments");
        var w = d.putArray("warnings");
        if (a % 100 == 0) {
          w.add("replacement characters (U+FFFD) in text");
        }
        idx.replace(source, "f" + a, List.of(new ArticleEntry("d" + a, lang, "Article " + a, url, published,
            "UTF-8", t, List.of(new TextSegment(0, t.length(), lang, 1.0)), d.toString(), list)));
      }
      idx.commit();
    }
  }

  private static Fact fact(SplittableRandom rnd, String text, int start, String lang, List<Fact> before) {
    int kind = rnd.nextInt(10);
    String company = COMPANIES[rnd.nextInt(COMPANIES.length)];
    if (kind < 4) {
      return Fact.company(text, start, lang, company, company);
    }
    if (kind < 6) {
      String m = MODELS[rnd.nextInt(MODELS.length)];
      return Fact.model(text, start, lang, m, m, company, !m.equals("qwen3.5-max") && !m.equals("deepseek-v4"));
    }
    if (kind < 8) {
      int c = rnd.nextInt(CURRENCIES.length);
      double amount = Math.rint(Math.pow(10, 6 + rnd.nextDouble() * 6));
      Fact f = Fact.money(text, start, lang, amount, CURRENCIES[c], null, null)
          .withUsd(Math.rint(amount * USD_PER[c]), "2025-12-31").withCompanies(List.of(company));
      Fact prev = before.isEmpty() ? null : before.get(before.size() - 1);
      if (prev != null && prev.amount() != null && rnd.nextInt(10) == 0) {
        f = f.withSameAs(List.of(prev.start())); // restates the previous figure
      }
      return f;
    }
    if (kind < 9) {
      return Fact.percent(text, start, lang, rnd.nextInt(100), null, null);
    }
    return Fact.score(text, start, lang, 50 + rnd.nextInt(50), METRICS[rnd.nextInt(METRICS.length)],
        MODELS[rnd.nextInt(MODELS.length)]);
  }
}
