package newsfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsfacts.bench.IndexBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfacts bench}: benchmarks whose figures go into docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks (figures for docs/benchmarks.md; not part of the tests).",
    subcommands = {BenchCommand.Index.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark: index");
  }

  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Builds a synthetic index of N facts and times indexing and term/phrase/range/faceted queries.")
  static final class Index implements Callable<Integer> {
    @Option(names = "--facts", defaultValue = "1000000", description = "Facts to index (default: ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--runs", defaultValue = "200", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--dir", description = "Index folder (default: a temporary folder, deleted afterwards).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path d = dir != null ? dir : Files.createTempDirectory("newsfacts-bench");
      try {
        IndexBench.run(d, facts, runs, spec.commandLine().getOut());
      } finally {
        if (dir == null) {
          try (var walk = Files.walk(d)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
      }
      return 0;
    }
  }
}
