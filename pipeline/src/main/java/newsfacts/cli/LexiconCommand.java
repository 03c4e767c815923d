package newsfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsfacts.extract.entity.LexiconLint;
import newsfacts.extract.lexicon.LexiconSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfacts lexicon}: tools for the lexicon files users edit. */
@Command(name = "lexicon", mixinStandardHelpOptions = true, description = "Lexicon tools.",
    subcommands = {LexiconCommand.Check.class})
final class LexiconCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: check");
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Lints the lexicons: load errors (file:line), duplicates, aliases that are common words",
          "of the six languages, companies from CN/HK/TW/JP/KR/RU without a non-Latin alias.",
          "Exit 0 when there are no errors (warnings allowed), 1 otherwise."})
  static final class Check implements Callable<Integer> {
    @Option(names = "--lexicons", paramLabel = "DIR", description = "Folder overriding the packaged lexicons.")
    Path lexicons;

    @Option(names = "--quiet", description = "Print only errors and warnings, not INFO lines.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      LexiconSource src = lexicons == null ? LexiconSource.packaged() : LexiconSource.withOverrides(lexicons);
      LexiconLint.Report r = new LexiconLint().check(src);
      PrintWriter out = spec.commandLine().getOut();
      for (String line : r.lines()) {
        if (!quiet || !line.startsWith("INFO")) {
          out.println(line);
        }
      }
      out.printf("%d errors, %d warnings%n", r.errors(), r.warnings());
      return r.errors() == 0 ? 0 : 1;
    }
  }
}
