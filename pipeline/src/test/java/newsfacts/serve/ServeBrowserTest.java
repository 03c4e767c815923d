package newsfacts.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in headless Chromium over the DevTools protocol: search, filter by a facet, page, open an
 * article and check its highlighted facts, the dashboard, a phone-width layout, and that hostile
 * article text stays text. Screenshots go to {@code target/serve-screenshots/} for a human to look at.
 * Skipped, with a message, where no Chromium is installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserTest {
  static final Path SHOTS = Path.of("target", "serve-screenshots");
  /** The page fits the 390 px phone: nothing sticks out, and the browser did not zoom out to fit it. */
  static final String FITS = "window.innerWidth === 390 && document.documentElement.scrollWidth <= 390 "
      + "&& [...document.querySelectorAll('main *, header *')].every(e => e.getBoundingClientRect().right <= 390.5 "
      + "|| e.closest('.table-wrap'))";

  @TempDir
  static Path dir;
  static SearchServer server;
  static Cdp browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    var binary = Cdp.chromium();
    Assumptions.assumeTrue(binary.isPresent(),
        "no chromium binary on PATH (or $CHROMIUM): skipping the browser tests; apt-get install chromium");
    ServeFixture.build(dir);
    // Two pooled searchers, as `serve` opens one per core.
    server = SearchServer.start(dir, 2, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ZERO);
    base = server.uri().toString();
    browser = Cdp.launch(binary.get());
    // Record CSP violations and script errors from the first line of every page on.
    browser.onNewDocument("window.__problems = [];"
        + "document.addEventListener('securitypolicyviolation', e => window.__problems.push('csp ' + e.violatedDirective));"
        + "window.addEventListener('error', e => window.__problems.push('error ' + e.message));");
    browser.viewport(1280, 900, false);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void search(String query) throws Exception {
    browser.eval("document.getElementById('q').value = " + quote(query)
        + "; document.getElementById('search-form').requestSubmit(); true");
  }

  private static String quote(String s) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
  }

  private static void noProblems() throws IOException {
    assertEquals("[]", browser.eval("window.__problems").toString());
  }

  @Test
  @Order(1)
  void searchesAndHighlightsTheMatch() throws Exception {
    browser.navigate(base);
    browser.waitFor("document.querySelectorAll('#hits li').length === 10");
    assertEquals(ServeFixture.FACTS + " facts, showing 1–10", browser.text("document.getElementById('summary').textContent"));
    search("推論");
    browser.waitFor("document.getElementById('summary').textContent === '2 facts'");
    assertEquals("推論,推論", browser.text("[...document.querySelectorAll('#hits .snippet mark')].map(m => m.textContent).join()"));
    assertEquals("#/search?q=%E6%8E%A8%E8%AB%96", browser.text("location.hash"));
    browser.screenshot(SHOTS.resolve("search-desktop.png"));
    noProblems();
  }

  @Test
  @Order(2)
  void facetFiltersNarrowTheResults() throws Exception {
    browser.navigate(base + "#/search");
    browser.waitFor("document.getElementById('summary').textContent === '" + ServeFixture.FACTS + " facts, showing 1–10'");
    assertEquals("money3", browser.text("document.querySelector('.facet[data-dim=type] button[data-value=money]').textContent"));
    browser.eval("document.querySelector('.facet[data-dim=type] button[data-value=money]').click(); true");
    browser.waitFor("document.getElementById('summary').textContent === '3 facts'");
    assertEquals("t-money,t-money,t-money", browser.text("[...document.querySelectorAll('#hits li')].map(li => li.classList[1]).join()"));
    assertEquals("380 billion yuan,1兆円,100 млрд рублей", browser.text(
        "[...document.querySelectorAll('#hits .surface')].map(s => s.textContent).join()"));
    // A second facet combines with the first; clicking it again removes it.
    browser.eval("document.querySelector('.facet[data-dim=currency] button[data-value=RUB]').click(); true");
    browser.waitFor("document.getElementById('summary').textContent === '1 facts'");
    assertEquals("= 100,000,000,000 RUB ≈ 1.1B USD", browser.text("document.querySelector('#hits .norm').textContent"));
    browser.eval("document.querySelector('.facet[data-dim=currency] button.active').click(); true");
    browser.waitFor("document.getElementById('summary').textContent === '3 facts'");
    browser.screenshot(SHOTS.resolve("facet-money.png"));
    noProblems();
  }

  @Test
  @Order(3)
  void pagesThroughResults() throws Exception {
    browser.navigate(base + "#/search?type=percent");
    browser.waitFor("document.getElementById('summary').textContent === '12 facts, showing 1–10'");
    browser.eval("document.getElementById('next').click(); true");
    browser.waitFor("document.getElementById('summary').textContent === '12 facts, showing 11–12'");
    assertEquals("page 2 of 2", browser.text("document.querySelector('#pager .page').textContent"));
    assertTrue(browser.eval("document.getElementById('next').disabled").asBoolean());
  }

  @Test
  @Order(4)
  void openingAResultShowsTheArticleWithEveryFactHighlighted() throws Exception {
    browser.navigate(base + "#/search?company=alibaba&sort=usd");
    browser.waitFor("document.querySelectorAll('#hits li').length === 4");
    browser.eval("document.querySelector('#hits li .snippet').click(); true");
    browser.waitFor("location.hash.startsWith('#/article/en1') && document.querySelectorAll('#article-text mark').length === 4");
    assertEquals("company:Alibaba|money:380 billion yuan|model:Qwen3-Max|score:89", browser.text(
        "[...document.querySelectorAll('#article-text mark')].map(m => m.dataset.type + ':' + m.textContent).join('|')"));
    assertEquals("f f-money focus", browser.text("document.querySelector('#article-text mark.focus').className"));
    assertEquals(ServeFixture.EN_TEXT, browser.text("document.getElementById('article-text').textContent"));
    // Colours differ by type (from app.css, not inline styles).
    assertEquals("4", browser.text("String(new Set([...document.querySelectorAll('#article-text mark')]"
        + ".map(m => getComputedStyle(m).backgroundColor)).size)"));
    browser.screenshot(SHOTS.resolve("article-desktop.png"));
    noProblems();
  }

  @Test
  @Order(5)
  void hostileTitleIsShownAsText() throws Exception {
    browser.navigate(base + "#/article/en1");
    browser.waitFor("document.getElementById('article-title').textContent !== 'Loading…'");
    assertEquals(ServeFixture.HOSTILE_TITLE, browser.text("document.getElementById('article-title').textContent"));
    assertEquals("0", browser.text("String(document.querySelectorAll('#article-title *, main img').length)"));
    assertEquals("undefined", browser.text("String(window.__pwned)"));
    noProblems();
  }

  @Test
  @Order(6)
  void dashboardDrawsTheReportCharts() throws Exception {
    browser.navigate(base + "#/dashboard");
    browser.waitFor("document.querySelectorAll('#charts .chart').length === 6");
    assertEquals("5 articles, " + ServeFixture.FACTS + " facts", browser.text("document.getElementById('dash-summary').textContent"));
    assertEquals("Facts by type,Articles by language,Facts by company,Facts by model,Money figures by currency,Facts by language",
        browser.text("[...document.querySelectorAll('#charts h2')].map(h => h.textContent).join()"));
    assertEquals("380 billion yuan", browser.text("document.querySelector('#largest tr:nth-child(2) td:nth-child(3)').textContent"));
    // Bars are drawn to scale: facts by type, company 4 of the largest 12 (percent).
    assertEquals("company:33,model:17,money:25,percent:100,score:8", browser.text("[...document.querySelectorAll("
        + "'#charts .chart:first-child .bar')].map(b => b.querySelector('.label').textContent + ':' + Math.round(100 * "
        + "b.querySelector('.fill').getBoundingClientRect().width / b.querySelector('.track').getBoundingClientRect().width)).join()"));
    browser.screenshot(SHOTS.resolve("dashboard-desktop.png"));
    noProblems();
  }

  @Test
  @Order(7)
  void phoneWidthHasNoSidewaysScrollAndRendersCjkAndCyrillic() throws Exception {
    browser.viewport(390, 844, true);
    try {
      browser.navigate(base + "#/search?q=" + "%E6%8E%A8%E8%AB%96");
      browser.waitFor("document.getElementById('summary').textContent === '2 facts'");
      assertTrue(browser.eval(FITS).asBoolean(),
          "search page wider than the phone");
      browser.screenshot(SHOTS.resolve("search-phone.png"));
      browser.navigate(base + "#/article/ru1");
      browser.waitFor("document.querySelectorAll('#article-text mark').length === 3");
      assertEquals("Сбер,GigaChat,100 млрд рублей",
          browser.text("[...document.querySelectorAll('#article-text mark')].map(m => m.textContent).join()"));
      assertTrue(browser.eval(FITS).asBoolean());
      browser.screenshot(SHOTS.resolve("article-ru-phone.png"));
      browser.navigate(base + "#/article/ja1");
      browser.waitFor("document.querySelectorAll('#article-text mark').length === 2");
      assertEquals("0", browser.text("String(document.querySelectorAll('#article-text mark.focus').length)"));
      browser.screenshot(SHOTS.resolve("article-ja-phone.png"));
      browser.navigate(base + "#/dashboard");
      browser.waitFor("document.querySelectorAll('#charts .chart').length === 6");
      assertTrue(browser.eval(FITS).asBoolean(),
          "dashboard wider than the phone");
      browser.screenshot(SHOTS.resolve("dashboard-phone.png"));
      noProblems();
    } finally {
      browser.viewport(1280, 900, false);
    }
  }
}
