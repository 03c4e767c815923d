package newsfacts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.read.SourceWalker;

/** Resolves the PATH arguments of ingest/extract: default corpus, then files in a stable order. */
final class Inputs {
  private Inputs() {}

  /** The files to read, as (path, source-as-given) pairs. */
  static List<SourceWalker.Source> resolve(List<Path> paths) throws IOException {
    List<Path> roots = new ArrayList<>();
    if (paths == null || paths.isEmpty()) {
      roots.add(defaultCorpus());
    } else {
      roots.addAll(paths);
    }
    for (Path p : roots) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    return SourceWalker.walk(roots);
  }

  /** {@code seeds/} in the current folder, else in the newsfacts installation ({@code NEWSFACTS_HOME}). */
  static Path defaultCorpus() {
    Path here = Path.of("seeds");
    if (Files.isDirectory(here)) {
      return here;
    }
    String home = System.getenv("NEWSFACTS_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "seeds"))) {
      return Path.of(home, "seeds");
    }
    throw new IllegalArgumentException("no PATH given and no seeds/ folder here; name the files or folders to read");
  }
}
