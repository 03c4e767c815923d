package newsfacts.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsfacts.report.Report.Count;

/**
 * The report as one self-contained HTML file: inline CSS, inline SVG bar charts, no script, no
 * network (a Content-Security-Policy forbids both). Every piece of article text goes through {@link
 * #esc}, so a {@code <script>} in a title stays text. Tables scroll sideways inside their box on a
 * phone; charts scale with the page ({@code viewBox}, width 100%). Text in a fact's language carries a
 * {@code lang} attribute so the browser picks Chinese or Japanese glyphs for Han characters.
 */
public final class HtmlReport {
  private static final String CSS = """
      :root{--ink:#1d2330;--muted:#5b6475;--line:#d9dee7;--bar:#2f6fde;--bar2:#16a085;--bg:#fff;--head:#f3f5f9}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
      "Noto Sans","Noto Sans CJK SC","Noto Sans CJK JP","PingFang SC","Hiragino Sans","Microsoft YaHei",sans-serif}
      main{max-width:1100px;margin:0 auto;padding:16px}
      h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:2px solid var(--line)}
      h3{font-size:1.05em;margin:1.2em 0 .4em}
      p.note{color:var(--muted);margin:.2em 0 .6em}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:12px 24px}
      .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
      table{border-collapse:collapse;width:100%;font-size:.93em}
      th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:var(--head);font-weight:600;white-space:nowrap}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
      svg.chart{width:100%;height:auto;display:block;max-width:900px}
      svg.chart text{font-size:13px;fill:var(--ink)}
      svg.chart .bar{fill:var(--bar)}svg.chart.alt .bar{fill:var(--bar2)}
      ol.figures{padding-left:1.4em}ol.figures li{margin:.5em 0}
      blockquote{margin:.2em 0 0;padding:.1em .8em;border-left:3px solid var(--line);color:var(--muted)}
      @media (max-width:600px){body{font-size:14px}main{padding:10px}th,td{padding:3px 5px}svg.chart text{font-size:16px}}
      """;

  private HtmlReport() {}

  /** The report as an HTML document, ending with a newline. */
  public static String render(Report r) {
    StringBuilder b = new StringBuilder(32_768);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>newsfacts report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<header><h1>newsfacts report</h1><p class=\"note\">")
        .append(r.query().isEmpty() ? "All facts" : "Facts matching <code>" + esc(r.query()) + "</code>")
        .append(": ").append(Numbers.count(r.corpus().facts())).append(" in an index of ")
        .append(Numbers.count(r.corpus().articles())).append(" articles.</p></header>\n");
    corpus(b, r.corpus());
    money(b, r.money());
    models(b, r.models());
    companies(b, r.companies());
    quality(b, r.quality());
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void corpus(StringBuilder b, Report.Corpus c) {
    b.append("<section id=\"corpus\">\n<h2>1. Corpus</h2>\n")
        .append("<p class=\"note\">Articles cover the whole index; facts by type follow the query.</p>\n<div class=\"grid\">\n");
    countTable(b, "Facts by type", "type", "facts", c.factsByType());
    countTable(b, "Articles per language", "language", "articles", c.languages());
    countTable(b, "Articles per month", "month", "articles", c.months());
    countTable(b, "Charsets", "charset", "articles", c.charsets());
    b.append("</div>\n");
    countTable(b, "Articles per site", "site", "articles", c.sites());
    b.append("<h3>Failures</h3>\n");
    if (c.failures().isEmpty()) {
      b.append("<p>None: every file was read.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.Failure f : c.failures()) {
        rows.add(List.of(code(f.source()), esc(f.reason())));
      }
      table(b, "failures", List.of("source", "reason"), rows, -1);
    }
    b.append("</section>\n");
  }

  private static void money(StringBuilder b, Report.Money m) {
    b.append("<section id=\"money\">\n<h2>2. Money</h2>\n<p>").append(Numbers.count(m.figures()))
        .append(" figures, <strong>").append(Numbers.usd(m.usd()))
        .append("</strong> in total (a figure restated in a second currency counts once).</p>\n");
    b.append("<h3>USD per company</h3>\n");
    if (m.companies().isEmpty()) {
      b.append("<p>No money figure is linked to a company.</p>\n");
    } else {
      b.append("<p class=\"note\">A figure counts for every company of its sentence.</p>\n");
      List<String> labels = new ArrayList<>();
      List<Long> values = new ArrayList<>();
      List<String> valueLabels = new ArrayList<>();
      for (Report.CompanyTotal c : m.companies()) {
        labels.add(c.name());
        values.add(c.usd());
        valueLabels.add(Numbers.usd(c.usd()));
      }
      chart(b, "chart-money", "USD per company", labels, values, valueLabels, false);
      List<List<String>> rows = new ArrayList<>();
      for (Report.CompanyTotal c : m.companies()) {
        rows.add(List.of(esc(c.name()) + " <code>" + esc(c.company()) + "</code>", Numbers.count(c.figures()),
            Numbers.usd(c.usd())));
      }
      table(b, "money-companies", List.of("company", "figures", "USD"), rows, 1);
    }
    b.append("<h3>Per currency</h3>\n");
    if (m.currencies().isEmpty()) {
      b.append("<p>No money figures.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.CurrencyTotal c : m.currencies()) {
        rows.add(List.of(esc(c.currency()), Numbers.count(c.figures()), Numbers.human(c.amount()) + " " + esc(c.currency()),
            Numbers.usd(c.usd()), Numbers.count(c.withoutUsd())));
      }
      table(b, "money-currencies", List.of("currency", "figures", "amount", "USD", "no rate"), rows, 1);
    }
    b.append("<h3>Largest figures</h3>\n");
    if (m.largest().isEmpty()) {
      b.append("<p>No figures with a USD value.</p>\n");
    } else {
      b.append("<ol class=\"figures\">\n");
      for (Report.Figure f : m.largest()) {
        b.append("<li><strong>").append(Numbers.usd(f.usd())).append("</strong>: <span lang=\"")
            .append(esc(f.lang())).append("\">").append(esc(f.text())).append("</span> (")
            .append(Numbers.plain(f.amount())).append(' ').append(esc(f.currency())).append(')');
        if (!f.companies().isEmpty()) {
          b.append(", ").append(esc(String.join(", ", f.companies())));
        }
        b.append(", ").append(code(f.source()));
        if (f.published() != null) {
          b.append(", ").append(esc(f.published()));
        }
        if (f.sentence() != null) {
          b.append("<blockquote lang=\"").append(esc(f.lang())).append("\">").append(esc(f.sentence()))
              .append("</blockquote>");
        }
        b.append("</li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</section>\n");
  }

  private static void models(StringBuilder b, Report.Models m) {
    b.append("<section id=\"models\">\n<h2>3. Models and scores</h2>\n<p>").append(Numbers.count(m.scores()))
        .append(" scores; each leaderboard shows the latest value per model.</p>\n");
    if (m.leaderboards().isEmpty()) {
      b.append("<p>No score is linked to a model.</p>\n");
    }
    for (Report.Leaderboard lb : m.leaderboards()) {
      b.append("<h3>Leaderboard: ").append(esc(lb.metric())).append("</h3>\n");
      List<List<String>> rows = new ArrayList<>();
      int rank = 0;
      for (Report.Entry e : lb.entries()) {
        rows.add(List.of(Integer.toString(++rank), "<code>" + esc(e.model()) + "</code>", Numbers.plain(e.value()),
            "<span lang=\"" + esc(e.lang()) + "\">" + esc(e.text()) + "</span>",
            e.published() == null ? "" : esc(e.published()), code(e.source())));
      }
      table(b, "leaderboard", List.of("#", "model", "value", "as written", "published", "source"), rows, -1);
    }
    b.append("<h3>Model mentions per vendor</h3>\n");
    if (m.vendors().isEmpty()) {
      b.append("<p>No model mentions.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.Vendor v : m.vendors()) {
        List<String> top = new ArrayList<>();
        for (Count c : v.top()) {
          top.add("<code>" + esc(c.label()) + "</code> " + c.count());
        }
        rows.add(List.of(v.company() == null ? "(no vendor)" : esc(v.name()) + " <code>" + esc(v.company()) + "</code>",
            Numbers.count(v.mentions()), Numbers.count(v.models()), String.join(", ", top)));
      }
      table(b, "vendors", List.of("vendor", "mentions", "models", "most mentioned"), rows, -1);
    }
    b.append("</section>\n");
  }

  private static void companies(StringBuilder b, Report.Companies c) {
    b.append("<section id=\"companies\">\n<h2>4. Companies</h2>\n");
    if (c.rows().isEmpty()) {
      b.append("<p>No company mentions.</p>\n</section>\n");
      return;
    }
    List<Long> perLang = c.totals();
    b.append("<h3>Company mentions per language</h3>\n");
    chart(b, "chart-languages", "Company mentions per language", c.languages(), perLang,
        perLang.stream().map(Numbers::count).toList(), true);
    b.append("<h3>Who is talked about where</h3>\n");
    List<String> header = new ArrayList<>(List.of("company", "total"));
    header.addAll(c.languages());
    List<List<String>> rows = new ArrayList<>();
    for (Report.CompanyRow row : c.rows()) {
      List<String> cells = new ArrayList<>(List.of(esc(row.name()) + " <code>" + esc(row.company()) + "</code>",
          Numbers.count(row.total())));
      row.perLanguage().forEach(n -> cells.add(n == 0 ? "" : Numbers.count(n)));
      rows.add(cells);
    }
    table(b, "companies", header, rows, 1);
    b.append("</section>\n");
  }

  private static void quality(StringBuilder b, Report.Quality q) {
    b.append("<section id=\"quality\">\n<h2>5. Data quality</h2>\n<h3>Unknown model versions</h3>\n");
    if (q.unknownModels().isEmpty()) {
      b.append("<p>None: every model mention is in the lexicon.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.UnknownModel m : q.unknownModels()) {
        rows.add(List.of("<code>" + esc(m.model()) + "</code>", m.name() == null ? "" : esc(m.name()),
            m.vendor() == null ? "" : "<code>" + esc(m.vendor()) + "</code>", Numbers.count(m.mentions())));
      }
      table(b, "unknown-models", List.of("model", "name", "vendor", "mentions"), rows, 3);
    }
    b.append("<h3>Documents with warnings</h3>\n");
    if (q.warned().isEmpty()) {
      b.append("<p>None.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.Warned w : q.warned()) {
        rows.add(List.of(code(w.source()), w.title() == null ? "" : esc(w.title()), esc(String.join("; ", w.warnings()))));
      }
      table(b, "warned", List.of("source", "title", "warnings"), rows, -1);
    }
    b.append("</section>\n");
  }

  private static void countTable(StringBuilder b, String title, String label, String what, List<Count> counts) {
    b.append("<div>\n<h3>").append(esc(title)).append("</h3>\n");
    if (counts.isEmpty()) {
      b.append("<p>None.</p>\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Count c : counts) {
        rows.add(List.of(esc(c.label()), Numbers.count(c.count())));
      }
      table(b, "counts", List.of(esc(label), esc(what)), rows, 1);
    }
    b.append("</div>\n");
  }

  /**
   * A table in a sideways-scrolling box. Cells are already-escaped HTML. Columns from {@code firstNumeric}
   * on are right-aligned numbers (-1: none).
   */
  private static void table(StringBuilder b, String cls, List<String> header, List<List<String>> rows,
      int firstNumeric) {
    b.append("<div class=\"scroll\"><table class=\"").append(cls).append("\">\n<thead><tr>");
    for (int i = 0; i < header.size(); i++) {
      b.append(firstNumeric >= 0 && i >= firstNumeric ? "<th class=\"n\">" : "<th>").append(header.get(i)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        b.append(firstNumeric >= 0 && i >= firstNumeric ? "<td class=\"n\">" : "<td>").append(row.get(i)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table></div>\n");
  }

  /**
   * A horizontal bar chart as inline SVG: one row per label, bars scaled to the largest value, the
   * value printed after the bar. The viewBox makes it scale to the page width.
   */
  private static void chart(StringBuilder b, String id, String title, List<String> labels, List<Long> values,
      List<String> valueLabels, boolean alt) {
    int rowH = 26;
    int labelW = 200;
    int barMax = 330;
    int width = labelW + barMax + 110;
    int height = labels.size() * rowH + 8;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    b.append("<svg class=\"chart").append(alt ? " alt" : "").append("\" id=\"").append(id)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n<title>").append(esc(title))
        .append("</title>\n");
    for (int i = 0; i < labels.size(); i++) {
      int y = 4 + i * rowH;
      double w = Math.max(2, (double) barMax * values.get(i) / max);
      b.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\">").append(esc(ellipsize(labels.get(i), 24))).append("</text>")
          .append("<rect class=\"bar\" x=\"").append(labelW).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"")
          .append(rowH - 8).append("\" rx=\"2\"><title>").append(esc(labels.get(i))).append(": ")
          .append(esc(valueLabels.get(i))).append("</title></rect>")
          .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelW + w + 6)).append("\" y=\"")
          .append(y + 17).append("\">").append(esc(valueLabels.get(i))).append("</text>\n");
    }
    b.append("</svg>\n");
  }

  private static String ellipsize(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String code(String source) {
    return "<code>" + esc(source) + "</code>";
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
