package newsfacts.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsfacts.extract.lexicon.CompanyEntry;
import newsfacts.extract.lexicon.CompanyLexicon;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.report.HtmlReport;
import newsfacts.report.JsonReport;
import newsfacts.report.MarkdownReport;
import newsfacts.report.Report;
import newsfacts.report.ReportBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacts report}: corpus, money, models and scores, companies, data quality. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a report on the facts matching QUERY (default: all): corpus, money, models and",
        "scores, companies, data quality. md (Markdown), html (one self-contained file with charts) or json",
        "(the same sections as data, docs/report.schema.json). See docs/reports.md."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Lucene query over the fact fields (default: all facts).")
  String query;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "newsfacts-index",
      description = "Index folder (default: ./${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path outFile;

  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Folder of lexicon files overriding the packaged ones; company names are taken from it.")
  Path lexicons;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("md") && !f.equals("html") && !f.equals("json")) {
      err.println("newsfacts report: --format takes md, html or json, got '" + format + "'");
      return Main.EXIT_USAGE;
    }
    CompanyLexicon companies = CompanyLexicon.load(
        lexicons == null ? LexiconSource.packaged() : LexiconSource.withOverrides(lexicons));
    Report r;
    try (FactSearcher s = FactSearcher.open(index)) {
      r = ReportBuilder.build(s, query, id -> {
        CompanyEntry e = companies.get(id);
        return e == null ? null : e.name();
      });
    } catch (QuerySyntaxException e) {
      err.println("newsfacts report: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    String text = switch (f) {
      case "html" -> HtmlReport.render(r);
      case "json" -> JsonReport.render(r);
      default -> MarkdownReport.render(r);
    };
    if (outFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(outFile, text, StandardCharsets.UTF_8);
      err.println("newsfacts report: written to " + outFile);
    }
    return 0;
  }
}
