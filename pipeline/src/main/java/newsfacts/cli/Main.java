package newsfacts.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsfacts} command line. Exit codes: 0 ok, 1 failure, 2 usage error, 3 batch done but
 * some inputs failed.
 */
@Command(
    name = "newsfacts",
    mixinStandardHelpOptions = true,
    version = "newsfacts 0.1.0",
    description = "Turns raw multilingual news into searchable, normalized facts.",
    subcommands = {IngestCommand.class, ExtractCommand.class, SearchCommand.class, LexiconCommand.class,
        ServeCommand.class,
        BenchCommand.class,
        ExportCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:failure (index unusable, bad lexicon, internal error)",
        "2:usage error (bad option or query)",
        "3:batch done but some inputs failed (see their error records)"})
public final class Main implements Runnable {
  /** A usage problem found after parsing (e.g. a malformed query). */
  static final int EXIT_USAGE = 2;
  /** Some inputs failed; the rest were processed. */
  static final int EXIT_PARTIAL = 3;

  /** Held strongly: java.util.logging forgets the level of a logger that is garbage-collected. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: ingest, extract or search");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Tika's dependencies log through SLF4J and Log4j; with no backend configured both print warnings
   * on every start. newsfacts reports problems on its own records, so silence them unless asked.
   */
  static void quietLibraryLogging() {
    if (System.getenv("NEWSFACTS_DEBUG") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
      System.setProperty("log4j2.simplelogLevel", "OFF");
      // Lucene announces its vector implementation on stderr through java.util.logging.
      LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    }
  }

  /** Runs the CLI with the given streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    quietLibraryLogging();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      err.println("newsfacts: " + ex.getMessage());
      if (System.getenv("NEWSFACTS_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return 1;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
