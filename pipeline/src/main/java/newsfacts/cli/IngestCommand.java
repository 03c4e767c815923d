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
import newsfacts.index.ArticleEntry;
import newsfacts.index.FactIndex;
import newsfacts.index.FactSchema;
import newsfacts.pipeline.ExtractedDocument;
import newsfacts.pipeline.FileOutcome;
import newsfacts.pipeline.NewsFacts;
import newsfacts.pipeline.Records;
import newsfacts.read.SourceWalker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
    int read = 0;
    int unchanged = 0;
    int failed = 0;
    int docs = 0;
    Map<String, Integer> langs = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long lastProgress = System.nanoTime();
    try (FactIndex idx = FactIndex.open(index)) {
      int sinceCommit = 0;
      for (int i = 0; i < files.size(); i++) {
        SourceWalker.Source s = files.get(i);
        String fileId = Files.isReadable(s.path()) ? NewsFacts.fileId(s.path()) : null;
        if (fileId != null && idx.isCurrent(s.source(), fileId)) {
          unchanged++;
          continue;
        }
        FileOutcome o = nf.process(s.path(), s.source());
        read++;
        if (o.failed()) {
          failed++;
          failures.add(o.source() + ": " + o.error());
          idx.replaceWithError(o.source(), o.fileId() == null ? "" : o.fileId(), o.error(),
              Records.error(o.source(), o.error()));
        } else {
          List<ArticleEntry> entries = new ArrayList<>();
          for (ExtractedDocument d : o.documents()) {
            entries.add(new ArticleEntry(d.article().id(), d.lang(), d.article().title(), d.article().url(),
                d.article().published(), d.article().charset(), d.article().text(), d.passage().segments(),
                Records.document(d), d.facts()));
            docs++;
            langs.merge(d.lang(), 1, Integer::sum);
            for (Fact f : d.facts()) {
              types.merge(f.type().jsonName(), 1, Integer::sum);
            }
          }
          idx.replace(o.source(), o.fileId(), entries);
        }
        if (++sinceCommit >= commitEvery) {
          idx.commit();
          sinceCommit = 0;
        }
        if (System.nanoTime() - lastProgress > 2_000_000_000L) {
          err.printf("newsfacts: %d/%d files%n", i + 1, files.size());
          err.flush();
          lastProgress = System.nanoTime();
        }
      }
      int pruned = 0;
      if (prune) {
        pruned = idx.prune(src -> Files.exists(Path.of(src)));
      }
      idx.commit();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      out.printf("ingested %d files into %s in %.1f s%n", files.size(), index, ms / 1000.0);
      out.printf("  files: %d read, %d unchanged, %d failed%s%n", read, unchanged, failed,
          prune ? ", " + pruned + " pruned" : "");
      out.printf("  documents: %d%s%n", docs, langs.isEmpty() ? "" : " (" + join(langs) + ")");
      out.printf("  facts: %s%n", types.isEmpty() ? "none" : join(types));
      for (String f : failures) {
        out.println("  failed: " + f);
      }
      try (newsfacts.index.FactSearcher s = newsfacts.index.FactSearcher.open(index)) {
        out.printf("  index now holds %d articles and %d facts%n", s.count(FactSchema.KIND_ARTICLE),
            s.count(FactSchema.KIND_FACT));
      }
    }
    return failed > 0 ? Main.EXIT_PARTIAL : 0;
  }

  private static String join(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
    return b.toString();
  }
}
