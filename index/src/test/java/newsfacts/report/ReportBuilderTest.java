package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.report.Report.Count;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers of each report section over the hand-made fixture index. */
class ReportBuilderTest {
  @TempDir
  static Path dir;
  static FactSearcher searcher;
  static Report all;

  @BeforeAll
  static void build() throws Exception {
    ReportFixture.build(dir, false);
    searcher = FactSearcher.open(dir);
    all = ReportBuilder.build(searcher, "");
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void corpusCountsArticlesBySiteMonthCharsetAndListsFailures() {
    Report.Corpus c = all.corpus();
    assertEquals(3, c.articles());
    assertEquals(18, c.facts());
    assertEquals(List.of(new Count("company", 5), new Count("model", 4), new Count("money", 5),
        new Count("percent", 1), new Count("score", 3)), c.factsByType());
    assertEquals(List.of(new Count("en", 1), new Count("ru", 1), new Count("zh", 1)), c.languages());
    // the URL host (without www.) when there is one, else the file's folder
    assertEquals(List.of(new Count("seeds", 2), new Count("example.cn", 1)), c.sites());
    assertEquals(List.of(new Count("2025-03", 1), new Count("2025-04", 1), new Count("unknown", 1)), c.months());
    assertEquals(List.of(new Count("GB18030", 1), new Count("UTF-8", 1), new Count("windows-1251", 1)), c.charsets());
    assertEquals(List.of(new Report.Failure("inbox/broken.pdf", "PDF is password-protected")), c.failures());
  }

  @Test
  void moneyCountsARestatedFigureOnceAndCreditsEveryLinkedCompany() {
    Report.Money m = all.money();
    // 3800亿元 and its restatement 528亿美元 count once; the XTS figure has no rate and adds no USD
    assertEquals(4, m.figures());
    assertEquals(55_900_000_000L, m.usd());
    assertEquals(List.of(
        new Report.CompanyTotal("alibaba", "Alibaba Group", 2, 53_900_000_000L),
        new Report.CompanyTotal("nvidia", "Nvidia", 1, 2_000_000_000L),
        new Report.CompanyTotal("yandex", "Yandex", 1, 1_100_000_000L)), m.companies());
    assertEquals(List.of(
        new Report.CurrencyTotal("CNY", 1, 380_000_000_000L, 52_800_000_000L, 0),
        new Report.CurrencyTotal("USD", 1, 2_000_000_000L, 2_000_000_000L, 0),
        new Report.CurrencyTotal("RUB", 1, 100_000_000_000L, 1_100_000_000L, 0),
        new Report.CurrencyTotal("XTS", 1, 1_500_000L, 0, 1)), m.currencies());
    assertEquals(List.of(52_800_000_000L, 2_000_000_000L, 1_100_000_000L),
        m.largest().stream().map(Report.Figure::usd).toList());
    Report.Figure top = m.largest().get(0);
    assertEquals(new Report.Figure(52_800_000_000L, 3.8e11, "CNY", "3800亿元", ReportFixture.ZH, "zh",
        List.of("alibaba"), "feeds/cn.xml", "2025-03-02"), top);
    assertEquals(List.of("yandex", "alibaba"), m.largest().get(2).companies());
  }

  @Test
  void leaderboardKeepsTheLatestValuePerModel() {
    Report.Models m = all.models();
    assertEquals(3, m.scores());
    // qwen3-max scored 89 on 2025-03-02 and 85 on 2025-04-10: the later report wins
    assertEquals(List.of(new Report.Leaderboard("intelligence-index", List.of(
        new Report.Entry("qwen3-max", 85, "85", "2025-04-10", "seeds/ru.txt", "ru"),
        new Report.Entry("deepseek-r1", 70, "70", "2025-04-10", "seeds/ru.txt", "ru")))), m.leaderboards());
    assertEquals(List.of(
        new Report.Vendor("alibaba", "Alibaba Group", 3, 2, List.of(new Count("qwen3-max", 2), new Count("qwen3.5-max", 1))),
        new Report.Vendor("deepseek", "deepseek", 1, 1, List.of(new Count("deepseek-r1", 1)))), m.vendors());
  }

  @Test
  void companiesAreCrossTabulatedByLanguage() {
    Report.Companies c = all.companies();
    assertEquals(List.of("ru", "zh", "en"), c.languages());
    assertEquals(List.of(2L, 2L, 1L), c.totals());
    assertEquals(List.of(
        new Report.CompanyRow("alibaba", "Alibaba Group", 2, List.of(1L, 1L, 0L)),
        new Report.CompanyRow("nvidia", "Nvidia", 1, List.of(0L, 0L, 1L)),
        new Report.CompanyRow("tencent", "Tencent", 1, List.of(0L, 1L, 0L)),
        new Report.CompanyRow("yandex", "Yandex", 1, List.of(1L, 0L, 0L))), c.rows());
  }

  @Test
  void qualityListsUnknownVersionsAndWarnedDocuments() {
    Report.Quality q = all.quality();
    assertEquals(List.of(new Report.UnknownModel("qwen3.5-max", "Qwen3.5-Max", "alibaba", 1)), q.unknownModels());
    assertEquals(List.of(
        new Report.Warned("feeds/cn.xml", "阿里巴巴 <script>alert(1)</script> 投资", List.of("text cut at 1000000 chars")),
        new Report.Warned("seeds/ru.txt", "Яндекс и Alibaba", List.of("replacement characters (U+FFFD) in text"))),
        q.warned());
  }

  @Test
  void aQueryRestrictsTheFactSectionsButNotTheCorpus() throws Exception {
    Report r = ReportBuilder.build(searcher, "lang:ru");
    assertEquals("lang:ru", r.query());
    assertEquals(3, r.corpus().articles());
    assertEquals(8, r.corpus().facts());
    assertEquals(1, r.money().figures());
    assertEquals(1_100_000_000L, r.money().usd());
    assertEquals(List.of("ru"), r.companies().languages());
    assertEquals(List.of(), r.quality().unknownModels());
  }

  @Test
  void anIndexWithOnlyAFailureStillReports(@TempDir Path empty) throws Exception {
    try (newsfacts.index.FactIndex idx = newsfacts.index.FactIndex.open(empty)) {
      idx.replaceWithError("a.pdf", "f", "empty file", "{\"kind\":\"error\",\"source\":\"a.pdf\",\"reason\":\"empty file\"}");
      idx.commit();
    }
    try (FactSearcher s = FactSearcher.open(empty)) {
      Report r = ReportBuilder.build(s, "");
      assertEquals(0, r.corpus().articles());
      assertEquals(List.of(new Report.Failure("a.pdf", "empty file")), r.corpus().failures());
      assertEquals(0, r.money().figures());
      assertEquals(List.of(), r.companies().rows());
      assertEquals(true, MarkdownReport.render(r).contains("| `a.pdf` | empty file |"));
    }
  }

  @Test
  void numbersAreFormattedTheSameInEveryLocale() {
    assertEquals("$52.80 bn", Numbers.usd(52_800_000_000L));
    assertEquals("$1.20 tn", Numbers.usd(1_200_000_000_000L));
    assertEquals("$3.50 m", Numbers.usd(3_500_000L));
    assertEquals("$950", Numbers.usd(950));
    assertEquals("1,234,567", Numbers.count(1_234_567));
    assertEquals("72.5", Numbers.plain(72.5));
    assertEquals("380000000000", Numbers.plain(3.8e11));
  }

  @Test
  void aMalformedQueryIsASyntaxError() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> ReportBuilder.build(searcher, "usd:[1 TO"));
    assertEquals(true, e.getMessage().startsWith("invalid query: "), e.getMessage());
  }
}
