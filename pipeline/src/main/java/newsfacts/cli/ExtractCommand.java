package newsfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsfacts.pipeline.BatchRunner;
import newsfacts.pipeline.NewsFacts;
import newsfacts.pipeline.Records;
import newsfacts.read.SourceWalker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsfacts extract}: no index; JSON Lines on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Reads files or folders and writes their documents and facts as JSON Lines to stdout.",
        "With no PATH it reads seeds/. A file that cannot be read gets an error record; the rest go on."})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (recursive).")
  List<Path> paths;

  @Mixin
  PipelineOptions pipeline;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<SourceWalker.Source> files = Inputs.resolve(paths);
    NewsFacts nf = NewsFacts.create(pipeline.toOptions());
    PrintWriter out = spec.commandLine().getOut();
    int[] failed = {0};
    BatchRunner.run(files, pipeline.threads(), s -> nf.process(s.path(), s.source()), (i, o) -> {
      if (o.failed()) {
        failed[0]++;
      }
      for (String line : Records.lines(o)) {
        out.println(line);
      }
    });
    out.flush();
    if (failed[0] > 0) {
      spec.commandLine().getErr().println("newsfacts: " + failed[0] + " of " + files.size() + " files failed (see their error records)");
      return Main.EXIT_PARTIAL;
    }
    return 0;
  }
}
