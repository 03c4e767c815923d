package newsfacts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import newsfacts.index.FactSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML and Markdown reports escape article text; the HTML is self-contained. */
class HtmlReportTest {
  @TempDir
  static Path dir;
  static Report report;

  @BeforeAll
  static void build() throws Exception {
    ReportFixture.build(dir, false);
    try (FactSearcher s = FactSearcher.open(dir)) {
      report = ReportBuilder.build(s, "");
    }
  }

  @Test
  void aScriptInATitleStaysText() {
    String html = HtmlReport.render(report);
    // issue 10: the only <script in the page is the escaped title
    assertFalse(html.contains("<script"), "unescaped script tag");
    assertTrue(html.contains("<td>阿里巴巴 &lt;script&gt;alert(1)&lt;/script&gt; 投资</td>"), html);
    // quotes in text are escaped too, so text can never close an attribute
    assertTrue(html.contains("raised $2 billion, &quot;a record&quot;, in Santa Clara."), html);
  }

  @Test
  void theHtmlNeedsNoNetworkAndRunsNoScript() {
    String html = HtmlReport.render(report);
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"));
    for (String ref : new String[] {"src=", "href=", "url(", "@import", "<link", "<script"}) {
      assertFalse(html.contains(ref), "no external resource or script: " + ref);
    }
    assertEquals(2, html.split("<svg class=\"chart", -1).length - 1, "two charts");
    assertEquals(3, html.split("<rect class=\"bar\"", -1).length - 1 - 3, "3 money bars + 3 language bars");
  }

  @Test
  void escapeCoversTheFiveHtmlSpecials() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", HtmlReport.esc("<a href=\"x\" title='y'>&</a>"));
  }

  @Test
  void markdownCellsCannotBreakATableOrBecomeMarkup() {
    assertEquals("a \\| b &lt;script&gt; \\*x\\* line", MarkdownReport.cell("a | b <script> *x*\nline"));
    String md = MarkdownReport.render(report);
    assertFalse(md.contains("<script"), "unescaped script tag");
    assertTrue(md.contains("| `feeds/cn.xml` | 阿里巴巴 &lt;script&gt;alert(1)&lt;/script&gt; 投资 | text cut at 1000000 chars |"), md);
  }
}
