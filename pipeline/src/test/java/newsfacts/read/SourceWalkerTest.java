package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder walking: recursive, sorted, hidden entries skipped, symlink loops harmless. */
class SourceWalkerTest {
  private static List<Path> paths(List<SourceWalker.Source> sources) {
    return sources.stream().map(SourceWalker.Source::path).toList();
  }

  @Test
  void walksRecursivelyInSortedOrderSkippingHidden(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b/.git"));
    Files.createDirectories(dir.resolve("a/c"));
    for (String f : List.of("b/2.txt", "b/10.txt", "b/.git/HEAD", "a/c/x.html", "a/.DS_Store", "z.xml", "a/y.txt")) {
      Files.writeString(dir.resolve(f), "x");
    }
    // Sorted by path string; ".git" and ".DS_Store" skipped.
    assertEquals(List.of(dir.resolve("a/c/x.html"), dir.resolve("a/y.txt"), dir.resolve("b/10.txt"), dir.resolve("b/2.txt"),
        dir.resolve("z.xml")), paths(SourceWalker.walk(List.of(dir))));
  }

  @Test
  void givenFilesAndMissingPathsAreKeptInOrder(@TempDir Path dir) throws Exception {
    Path hidden = Files.writeString(dir.resolve(".hidden.txt"), "x");
    Path missing = dir.resolve("missing.txt");
    // A file named by the user is read even if hidden; a missing path stays, to be reported; duplicates go.
    assertEquals(List.of(missing, hidden), paths(SourceWalker.walk(List.of(missing, hidden, missing))));
  }

  @Test
  void symlinkLoopEnds(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("news"));
    Files.writeString(dir.resolve("news/a.txt"), "x");
    try {
      Files.createSymbolicLink(dir.resolve("news/loop"), dir.resolve("news"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    // The link back to its own ancestor is skipped; the walk ends with the one real file.
    assertEquals(List.of(dir.resolve("news/a.txt")), paths(SourceWalker.walk(List.of(dir.resolve("news")))));
  }

  @Test
  void linksLeadingOutOfTheFolderAreRefused(@TempDir Path dir) throws Exception {
    Path news = Files.createDirectories(dir.resolve("news/inner"));
    Files.writeString(news.resolve("a.txt"), "x");
    Path outside = Files.createDirectories(dir.resolve("private"));
    Files.writeString(outside.resolve("secret.txt"), "x");
    try {
      Files.createSymbolicLink(news.resolve("up"), Path.of("../.."));               // relative traversal
      Files.createSymbolicLink(news.resolve("private"), outside);                 // a folder elsewhere
      Files.createSymbolicLink(news.resolve("secret.txt"), outside.resolve("secret.txt")); // a file elsewhere
      Files.createSymbolicLink(news.resolve("same.txt"), news.resolve("a.txt"));  // inside: fine
      Files.createSymbolicLink(news.resolve("dangling.txt"), dir.resolve("gone.txt"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    // Only files inside the folder given are read, through links or not.
    assertEquals(List.of(news.resolve("a.txt"), news.resolve("same.txt")),
        paths(SourceWalker.walk(List.of(dir.resolve("news")))));
    // A link named by the user is theirs to follow.
    assertEquals(List.of(news.resolve("secret.txt")), paths(SourceWalker.walk(List.of(news.resolve("secret.txt")))));
  }

  @Test
  void filesKeepTheFormOfTheRootGiven() throws Exception {
    String root = System.getProperty("newsfacts.root");
    Assumptions.assumeTrue(root != null, "newsfacts.root is not set");
    Path seeds = Path.of("").toAbsolutePath().relativize(Path.of(root, "seeds").toAbsolutePath());
    List<SourceWalker.Source> files = SourceWalker.walk(List.of(seeds));
    // A relative root gives relative paths, and the source string is that path as written.
    assertEquals(seeds.resolve("000_a26ccda08ef6d1bd.txt"), files.get(0).path());
    assertEquals(seeds.resolve("000_a26ccda08ef6d1bd.txt").toString(), files.get(0).source());
    assertEquals(5, files.size());
  }
}
