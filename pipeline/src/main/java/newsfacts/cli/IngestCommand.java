package newsfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import newsfacts.extract.Fact;
import newsfacts.index.FactIndex;
import newsfacts.index.FactSchema;
import newsfacts.pipeline.BatchRunner;
import newsfacts.pipeline.ExtractedDocument;
import newsfacts.pipeline.FileOutcome;
import newsfacts.pipeline.IndexUpdates;
import newsfacts.pipeline.NewsFacts;
import newsfacts.read.SourceWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code newsfacts ingest}: read, extract, index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads files or folders and indexes their articles and facts.",
        "With no PATH it ingests seeds/. Unchanged files are skipped, changed ones replace their old facts."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (recursive).")
  List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "newsfacts-index",
      description = "Index folder (default: ./${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--prune", description = "Remove the facts of indexed sources that no longer exist.")
  boolean prune;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500",
      description = "Commit after every N files read (default: ${DEFAULT-VALUE}); a crash loses at most the "
          + "files since the last commit, never the index, and the next ingest redoes them.")
  int commitEvery;

  @Mixin
  PipelineOptions pipeline;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A file read, extracted and analyzed on a worker, waiting for its turn to be written. */
  private record Prepared(FileOutcome outcome, FactIndex.Update update) {}

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    if (commitEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be >= 1, got " + commitEvery);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SourceWalker.Source> files = Inputs.resolve(paths);
    NewsFacts nf = NewsFacts.create(pipeline.toOptions());
    Counts counts = new Counts();
    try (FactIndex idx = FactIndex.open(index)) {
      int[] sinceCommit = {0};
      // Workers check "unchanged", read, extract and analyze the index documents; this thread alone
      // writes them, in input order.
      BatchRunner.run(files, pipeline.threads(), s -> {
        try {
          String fileId = Files.isReadable(s.path()) ? NewsFacts.fileId(s.path()) : null;
          if (fileId != null && idx.isCurrent(s.source(), fileId)) {
            return null;
          }
        } catch (java.io.IOException e) {
          // unreadable now: process() reports it as this file's error
        }
        FileOutcome o = nf.process(s.path(), s.source());
        try {
          return new Prepared(o, IndexUpdates.of(idx, o));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, (i, p) -> {
        if (p == null) {
          counts.unchanged++;
          return;
        }
        FileOutcome o = p.outcome();
        counts.read++;
        if (o.failed()) {
          counts.failures.add(o.source() + ": " + o.error());
        } else {
          for (ExtractedDocument d : o.documents()) {
            counts.docs++;
            counts.langs.merge(d.lang(), 1, Integer::sum);
            for (Fact f : d.facts()) {
              counts.types.merge(f.type().jsonName(), 1, Integer::sum);
            }
          }
        }
        idx.apply(p.update());
        if (++sinceCommit[0] >= commitEvery) {
          idx.commit();
          sinceCommit[0] = 0;
        }
        if (System.nanoTime() - counts.lastProgress > 2_000_000_000L) {
          err.printf("newsfacts: %d/%d files%n", i + 1, files.size());
          err.flush();
          counts.lastProgress = System.nanoTime();
        }
      });
      int pruned = 0;
      if (prune) {
        pruned = idx.prune(src -> Files.exists(Path.of(src)));
      }
      idx.commit();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      out.printf("ingested %d files into %s in %.1f s%n", files.size(), index, ms / 1000.0);
      out.printf("  files: %d read, %d unchanged, %d failed%s%n", counts.read, counts.unchanged,
          counts.failures.size(),
          prune ? ", " + pruned + " pruned" : "");
      out.printf("  documents: %d%s%n", counts.docs, counts.langs.isEmpty() ? "" : " (" + join(counts.langs) + ")");
      out.printf("  facts: %s%n", counts.types.isEmpty() ? "none" : join(counts.types));
      for (String f : counts.failures) {
        out.println("  failed: " + f);
      }
      try (newsfacts.index.FactSearcher s = newsfacts.index.FactSearcher.open(index)) {
        out.printf("  index now holds %d articles and %d facts%n", s.count(FactSchema.KIND_ARTICLE),
            s.count(FactSchema.KIND_FACT));
      }
    }
    return counts.failures.isEmpty() ? 0 : Main.EXIT_PARTIAL;
  }

  /** What the batch did, for the summary. */
  private static final class Counts {
    int read;
    int unchanged;
    int docs;
    final Map<String, Integer> langs = new TreeMap<>();
    final Map<String, Integer> types = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    long lastProgress = System.nanoTime();
  }

  private static String join(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
    return b.toString();
  }
}
