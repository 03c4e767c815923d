package newsfacts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import newsfacts.extract.Fact;
import newsfacts.extract.TextSegment;
import newsfacts.index.ArticleEntry;
import newsfacts.index.FactIndex;
import newsfacts.index.FactSearcher;
import newsfacts.index.IndexException;
import newsfacts.index.QuerySyntaxException;
import newsfacts.index.SearchRequest;

/**
 * Builds a synthetic index of N facts (deterministic seed) and measures indexing throughput and query
 * latency (median and p99) for term, phrase, range and faceted queries.
 */
public final class IndexBench {
  private static final String[] COMPANIES = {"alibaba", "tencent", "baidu", "huawei", "deepseek", "openai",
      "nvidia", "tsmc", "samsung", "sk-hynix", "bytedance", "moonshot-ai", "zhipu", "anthropic", "google",
      "microsoft", "meta", "apple", "amazon", "yandex", "sber", "softbank", "ntt", "sony", "asml", "intel", "amd",
      "xiaomi", "byd", "smic"};
  private static final String[] MODELS = {"qwen3-max", "deepseek-r1", "deepseek-v3.2", "gpt-5", "o3", "claude-opus-4",
      "gemini-2.5-pro", "kimi-k2", "glm-4.5", "ernie-4.5", "doubao-1.5-pro", "llama-4-maverick", "gigachat",
      "yandexgpt-5", "tsuzumi"};
  private static final String[] CURRENCIES = {"USD", "EUR", "CNY", "JPY", "RUB", "TWD"};
  private static final double[] USD_PER = {1, 1.08, 0.14, 0.0067, 0.011, 0.031};
  /** Sentences per language; facts draw one and the index analyzes it in that language. */
  private static final Map<String, String[]> SENTENCES = Map.of(
      "en", new String[] {"The company said its new AI chips will ship next year",
          "Investors expect the model to lead open-weight benchmarks", "Cloud revenue rose on demand for AI training"},
      "de", new String[] {"Der Konzern investiert Milliarden in humanoide Roboter",
          "Die neuen KI-Chips sollen im nächsten Jahr ausgeliefert werden", "Analysten erwarten ein starkes Quartal"},
      "nl", new String[] {"Het bedrijf investeert miljarden in nieuwe AI-modellen",
          "De chipmaker verwacht een sterke vraag naar datacenters", "Beleggers reageerden positief op de cijfers"},
      "ru", new String[] {"Компания представила новые модели искусственного интеллекта",
          "Аналитики ожидают роста выручки от облачных сервисов", "Разработчики обучили модель на китайских чипах"},
      "zh", new String[] {"该公司宣布投资人工智能芯片", "开源模型在全球范围内被广泛采用", "分析师预计云计算收入将大幅增长"},
      "ja", new String[] {"同社は新しい推論モデルを発表した", "半導体の需要が大幅に増加している", "投資家はAI関連株に注目している"});
  private static final String[] LANGS = {"en", "de", "nl", "ru", "zh", "ja"};

  private IndexBench() {}

  /** Runs the benchmark and prints a Markdown report to {@code out}. */
  public static void run(Path dir, int facts, int queryRuns, PrintWriter out)
      throws IOException, IndexException, QuerySyntaxException {
    SplittableRandom rnd = new SplittableRandom(42);
    int perArticle = 20;
    long t0 = System.nanoTime();
    try (FactIndex idx = FactIndex.open(dir)) {
      for (int a = 0; a * perArticle < facts; a++) {
        String lang = LANGS[a % LANGS.length];
        String[] sents = SENTENCES.get(lang);
        StringBuilder text = new StringBuilder();
        List<Fact> list = new ArrayList<>();
        for (int i = 0; i < perArticle && a * perArticle + i < facts; i++) {
          String sentence = sents[rnd.nextInt(sents.length)];
          int start = text.length();
          text.append(sentence).append(". ");
          list.add(fact(rnd, sentence.substring(0, 4), start, lang).withSentence(sentence));
        }
        String t = text.toString();
        idx.replace("bench/" + a + ".txt", "f" + a, List.of(new ArticleEntry("d" + a, lang, "Article " + a, null,
            String.format(Locale.ROOT, "2025-%02d-%02d", 1 + a % 12, 1 + a % 28), "UTF-8", t,
            List.of(new TextSegment(0, t.length(), lang, 1.0)), "{\"kind\":\"document\"}", list)));
      }
      idx.commit();
    }
    double indexSeconds = (System.nanoTime() - t0) / 1e9;
    Map<String, SearchRequest> queries = new LinkedHashMap<>();
    queries.put("term `company:alibaba`", SearchRequest.of("company:alibaba", 10));
    queries.put("phrase `\"AI chips\"`", SearchRequest.of("\"AI chips\"", 10));
    queries.put("range `type:money AND usd:[1e9 TO *]` by usd", new SearchRequest("type:money AND usd:[1e9 TO *]",
        null, null, null, SearchRequest.SortOrder.USD, 10, 0, List.of(), false));
    queries.put("faceted `type:money` + 5 facet dims", new SearchRequest("type:money", null, null, null,
        SearchRequest.SortOrder.RELEVANCE, 10, 0, List.of("type", "company", "model", "currency", "lang"), false));
    queries.put("Russian stemmed `sentence:модели`", SearchRequest.of("sentence:модели", 10));
    out.printf(Locale.ROOT, "Indexed %,d facts (%,d articles) in %.1f s: %,.0f facts/s%n%n", facts,
        (facts + perArticle - 1) / perArticle, indexSeconds, facts / indexSeconds);
    out.println("| query | hits | median ms | p99 ms |");
    out.println("|---|---:|---:|---:|");
    try (FactSearcher s = FactSearcher.open(dir)) {
      for (Map.Entry<String, SearchRequest> q : queries.entrySet()) {
        long hits = 0;
        for (int i = 0; i < Math.min(20, queryRuns); i++) {
          hits = s.search(q.getValue()).total(); // warm-up
        }
        double[] ms = new double[queryRuns];
        for (int i = 0; i < queryRuns; i++) {
          long q0 = System.nanoTime();
          s.search(q.getValue());
          ms[i] = (System.nanoTime() - q0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f |%n", q.getKey(), hits, ms[ms.length / 2],
            ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)]);
      }
    }
    out.flush();
  }

  private static Fact fact(SplittableRandom rnd, String text, int start, String lang) {
    int kind = rnd.nextInt(10);
    String company = COMPANIES[rnd.nextInt(COMPANIES.length)];
    if (kind < 4) {
      return Fact.company(text, start, lang, company, company);
    }
    if (kind < 6) {
      String m = MODELS[rnd.nextInt(MODELS.length)];
      return Fact.model(text, start, lang, m, m, company, true);
    }
    if (kind < 8) {
      int c = rnd.nextInt(CURRENCIES.length);
      double amount = Math.pow(10, 6 + rnd.nextDouble() * 6);
      return Fact.money(text, start, lang, Math.rint(amount), CURRENCIES[c], null, null)
          .withUsd(Math.rint(amount * USD_PER[c]), "2025-12-31").withCompanies(List.of(company));
    }
    if (kind < 9) {
      return Fact.percent(text, start, lang, rnd.nextInt(100), null, null);
    }
    return Fact.score(text, start, lang, 50 + rnd.nextInt(50), "intelligence-index",
        MODELS[rnd.nextInt(MODELS.length)]);
  }
}
