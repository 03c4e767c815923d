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
    subcommands = {BenchCommand.Corpus.class, BenchCommand.Ingest.class, BenchCommand.Stages.class,
        BenchCommand.Index.class, BenchCommand.Serve.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark: corpus, ingest, stages, index or serve");
  }

  @Command(name = "corpus", mixinStandardHelpOptions = true,
      description = "Writes a deterministic benchmark corpus: six languages, text and HTML, UTF-8 and legacy charsets.")
  static final class Corpus implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "20000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fact-share", paramLabel = "FRACTION",
        description = "Share of sentences built from fact templates, the rest real seed sentences "
            + "(default: ${DEFAULT-VALUE}: in every language at least as many facts per 1,000 characters "
            + "as the seeds).")
    double factShare = newsfacts.bench.CorpusGenerator.DEFAULT_FACT_SHARE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path seeds = Files.isDirectory(Path.of("seeds")) ? Path.of("seeds")
          : System.getenv("NEWSFACTS_HOME") == null ? null : Path.of(System.getenv("NEWSFACTS_HOME"), "seeds");
      long bytes = newsfacts.bench.CorpusGenerator.generate(docs, out, seed,
          newsfacts.extract.lexicon.LexiconSource.packaged(), seeds, factShare);
      spec.commandLine().getOut().printf("wrote %,d articles (%.1f MB) to %s%n", docs, bytes / 1e6, out);
      return 0;
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Full pipeline over a corpus vs Tika's bare text extraction on the same files, same run.")
  static final class Ingest implements Callable<Integer> {
    @CommandLine.Parameters(paramLabel = "DIR", description = "Corpus folder (see bench corpus).")
    Path corpus;

    @Option(names = "--runs", defaultValue = "3", description = "Runs; medians are reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "First an untimed round of both sides over 4,000 files spread over the corpus (default: on).")
    boolean warmup;

    @CommandLine.Mixin
    PipelineOptions pipeline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      newsfacts.bench.IngestBench.run(corpus, runs, pipeline.threads(), warmup, pipeline.toOptions(),
          spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(name = "stages", mixinStandardHelpOptions = true,
      description = {"Seconds per stage and corpus folder (language) on one warm thread, with Tika's bare text",
          "extraction over the same files in the same pass: where the time of an article goes."})
  static final class Stages implements Callable<Integer> {
    @CommandLine.Parameters(paramLabel = "DIR", description = "Corpus folder (see bench corpus).")
    Path corpus;

    @Option(names = "--warmups", defaultValue = "1", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes; medians are reported (default: ${DEFAULT-VALUE}).")
    int passes;

    @CommandLine.Mixin
    PipelineOptions pipeline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (passes < 1 || warmups < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--passes must be >= 1 and --warmups >= 0");
      }
      newsfacts.bench.StagesBench.run(corpus, warmups, passes, pipeline.toOptions(), spec.commandLine().getOut());
      return 0;
    }
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

  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = {"Load test of `newsfacts serve` on loopback: concurrent clients fire typical searches",
          "(with facets, as the page does) for a bounded time and count; prints requests/s, median and p99."})
  static final class Serve implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", required = true,
        description = "Index folder; when empty or missing, a synthetic index of --facts facts is built there first.")
    Path index;

    @Option(names = "--facts", defaultValue = "1000000",
        description = "Facts to build when needed (default: ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--searchers", description = "Searchers in the server's pool (default: one per core, as serve).")
    Integer searchers;

    @Option(names = "--seconds", defaultValue = "30", description = "Longest run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--requests", defaultValue = "20000", description = "Most requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      int pool = searchers != null ? searchers : Math.max(1, Runtime.getRuntime().availableProcessors());
      newsfacts.bench.ServeBench.run(index, facts, pool, clients, java.time.Duration.ofSeconds(seconds), requests,
          spec.commandLine().getOut());
      return 0;
    }
  }
}
