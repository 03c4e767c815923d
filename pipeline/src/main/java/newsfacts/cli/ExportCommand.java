package newsfacts.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.report.FactExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacts export}: the facts matching a query as JSON Lines or CSV, in a stable order. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the facts matching QUERY (default: all) as JSON Lines (the records of extract) or",
        "CSV (UTF-8, header row, RFC 4180; columns in docs/facts.md). The same index gives the same bytes."})
final class ExportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Lucene query over the fact fields (default: all facts).")
  String query;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "newsfacts-index",
      description = "Index folder (default: ./${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path outFile;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    FactExport.Format f;
    try {
      f = FactExport.format(format);
    } catch (IllegalArgumentException e) {
      err.println("newsfacts export: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    try (FactSearcher s = FactSearcher.open(index)) {
      s.kindQuery(query, newsfacts.index.FactSchema.KIND_FACT); // a malformed query fails before --out is created
      if (outFile == null) {
        FactExport.write(s, query, f, spec.commandLine().getOut());
      } else {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8), 1 << 16)) {
          long n = FactExport.write(s, query, f, w);
          err.println("newsfacts export: " + n + " facts written to " + outFile);
        }
      }
    } catch (QuerySyntaxException e) {
      err.println("newsfacts export: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    return 0;
  }
}
