package newsfacts.report;

import java.util.ArrayList;
import java.util.List;
import newsfacts.report.Report.Count;

/**
 * The report as GitHub-flavoured Markdown: headings per section, pipe tables, the largest money
 * figures as a list with their sentences quoted. Article text is escaped so it cannot break a table
 * or turn into markup (HTML tags become {@code &lt;...}); sources are code spans.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The report as Markdown, ending with a newline. */
  public static String render(Report r) {
    StringBuilder b = new StringBuilder(16_384);
    b.append("# newsfacts report\n\n");
    b.append(r.query().isEmpty() ? "All facts" : "Facts matching " + code(r.query()))
        .append(": ").append(Numbers.count(r.corpus().facts())).append(" in an index of ")
        .append(Numbers.count(r.corpus().articles())).append(" articles.\n");
    corpus(b, r.corpus());
    money(b, r.money());
    models(b, r.models());
    companies(b, r.companies());
    quality(b, r.quality());
    return b.toString();
  }

  private static void corpus(StringBuilder b, Report.Corpus c) {
    b.append("\n## 1. Corpus\n\n");
    b.append("Articles per language, site, month and charset cover the whole index; facts by type follow the query.\n");
    countTable(b, "Facts by type", "type", "facts", c.factsByType());
    countTable(b, "Articles per language", "language", "articles", c.languages());
    countTable(b, "Articles per site", "site", "articles", c.sites());
    countTable(b, "Articles per month", "month", "articles", c.months());
    countTable(b, "Charsets", "charset", "articles", c.charsets());
    b.append("\n### Failures\n\n");
    if (c.failures().isEmpty()) {
      b.append("None: every file was read.\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.Failure f : c.failures()) {
        rows.add(List.of(code(f.source()), cell(f.reason())));
      }
      table(b, List.of("source", "reason"), rows, false);
    }
  }

  private static void money(StringBuilder b, Report.Money m) {
    b.append("\n## 2. Money\n\n");
    b.append(Numbers.count(m.figures())).append(" figures, ").append(Numbers.usd(m.usd()))
        .append(" in total (a figure restated in a second currency counts once).\n");
    b.append("\n### USD per company\n\n");
    if (m.companies().isEmpty()) {
      b.append("No money figure is linked to a company.\n");
    } else {
      b.append("A figure counts for every company of its sentence.\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (Report.CompanyTotal c : m.companies()) {
        rows.add(List.of(cell(c.name()) + " (" + code(c.company()) + ")", Numbers.count(c.figures()),
            Numbers.usd(c.usd())));
      }
      table(b, List.of("company", "figures", "USD"), rows, true);
    }
    b.append("\n### Per currency\n\n");
    if (m.currencies().isEmpty()) {
      b.append("No money figures.\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Report.CurrencyTotal c : m.currencies()) {
        rows.add(List.of(c.currency(), Numbers.count(c.figures()), Numbers.human(c.amount()) + " " + c.currency(),
            Numbers.usd(c.usd()), Numbers.count(c.withoutUsd())));
      }
      table(b, List.of("currency", "figures", "amount", "USD", "no rate"), rows, true);
    }
    b.append("\n### Largest figures\n\n");
    if (m.largest().isEmpty()) {
      b.append("No figures with a USD value.\n");
    }
    int i = 0;
    for (Report.Figure f : m.largest()) {
      b.append(++i).append(". **").append(Numbers.usd(f.usd())).append("**: ").append(cell(f.text()))
          .append(" (").append(Numbers.plain(f.amount())).append(' ').append(f.currency()).append(')');
      if (!f.companies().isEmpty()) {
        b.append(", ").append(cell(String.join(", ", f.companies())));
      }
      b.append(", ").append(code(f.source()));
      if (f.published() != null) {
        b.append(", ").append(f.published());
      }
      b.append('\n');
      if (f.sentence() != null) {
        b.append("   > ").append(cell(f.sentence())).append('\n');
      }
    }
  }

  private static void models(StringBuilder b, Report.Models m) {
    b.append("\n## 3. Models and scores\n\n");
    b.append(Numbers.count(m.scores())).append(" scores; each leaderboard shows the latest value per model.\n");
    if (m.leaderboards().isEmpty()) {
      b.append("\nNo score is linked to a model.\n");
    }
    for (Report.Leaderboard lb : m.leaderboards()) {
      b.append("\n### Leaderboard: ").append(cell(lb.metric())).append("\n\n");
      List<List<String>> rows = new ArrayList<>();
      int rank = 0;
      for (Report.Entry e : lb.entries()) {
        rows.add(List.of(Integer.toString(++rank), code(e.model()), Numbers.plain(e.value()), cell(e.text()),
            e.published() == null ? "" : e.published(), code(e.source())));
      }
      table(b, List.of("#", "model", "value", "as written", "published", "source"), rows, false);
    }
    b.append("\n### Model mentions per vendor\n\n");
    if (m.vendors().isEmpty()) {
      b.append("No model mentions.\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Report.Vendor v : m.vendors()) {
      List<String> top = new ArrayList<>();
      for (Count c : v.top()) {
        top.add(code(c.label()) + " " + c.count());
      }
      rows.add(List.of(v.company() == null ? "(no vendor)" : cell(v.name()) + " (" + code(v.company()) + ")",
          Numbers.count(v.mentions()), Numbers.count(v.models()), String.join(", ", top)));
    }
    table(b, List.of("vendor", "mentions", "models", "most mentioned"), rows, false);
  }

  private static void companies(StringBuilder b, Report.Companies c) {
    b.append("\n## 4. Companies\n\n");
    if (c.rows().isEmpty()) {
      b.append("No company mentions.\n");
      return;
    }
    List<String> totals = new ArrayList<>();
    for (int i = 0; i < c.languages().size(); i++) {
      totals.add(c.languages().get(i) + " " + Numbers.count(c.totals().get(i)));
    }
    b.append("Mentions of all companies per language: ").append(String.join(", ", totals)).append(".\n\n");
    b.append("Mentions per company and language of the sentence.\n\n");
    List<String> header = new ArrayList<>(List.of("company", "total"));
    header.addAll(c.languages());
    List<List<String>> rows = new ArrayList<>();
    for (Report.CompanyRow row : c.rows()) {
      List<String> cells = new ArrayList<>(List.of(cell(row.name()) + " (" + code(row.company()) + ")",
          Numbers.count(row.total())));
      row.perLanguage().forEach(n -> cells.add(n == 0 ? "" : Numbers.count(n)));
      rows.add(cells);
    }
    table(b, header, rows, true);
  }

  private static void quality(StringBuilder b, Report.Quality q) {
    b.append("\n## 5. Data quality\n\n### Unknown model versions\n\n");
    if (q.unknownModels().isEmpty()) {
      b.append("None: every model mention is in the lexicon.\n");
    } else {
      b.append("Versions of known families that the lexicon lacks: candidates for lexicons/models.jsonl.\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (Report.UnknownModel m : q.unknownModels()) {
        rows.add(List.of(code(m.model()), cell(m.name() == null ? "" : m.name()),
            m.vendor() == null ? "" : code(m.vendor()), Numbers.count(m.mentions())));
      }
      table(b, List.of("model", "name", "vendor", "mentions"), rows, false);
    }
    b.append("\n### Documents with warnings\n\n");
    if (q.warned().isEmpty()) {
      b.append("None.\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Report.Warned w : q.warned()) {
      rows.add(List.of(code(w.source()), cell(w.title() == null ? "" : w.title()), cell(String.join("; ", w.warnings()))));
    }
    table(b, List.of("source", "title", "warnings"), rows, false);
  }

  private static void countTable(StringBuilder b, String title, String label, String what, List<Count> counts) {
    b.append("\n### ").append(title).append("\n\n");
    if (counts.isEmpty()) {
      b.append("None.\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Count c : counts) {
      rows.add(List.of(cell(c.label()), Numbers.count(c.count())));
    }
    table(b, List.of(label, what), rows, true);
  }

  /** A pipe table; numeric columns (all but the first, when {@code numeric}) are right-aligned. */
  private static void table(StringBuilder b, List<String> header, List<List<String>> rows, boolean numeric) {
    b.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      b.append(numeric && i > 0 ? "---:|" : "---|");
    }
    b.append('\n');
    for (List<String> row : rows) {
      b.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
  }

  /** Text that cannot break out of a table cell or become markup. */
  static String cell(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '#' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A code span (sources, ids), with a longer fence when the text holds a backtick. */
  static String code(String s) {
    String flat = s.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
  }
}
