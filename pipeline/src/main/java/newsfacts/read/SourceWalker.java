package newsfacts.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the paths a user gives into the files to read.
 *
 * <ul>
 *   <li>A file is kept as given (even a hidden one: the user named it).
 *   <li>A folder is walked recursively, following symbolic links that stay inside it; a link back
 *       into its own ancestry (a loop) is skipped, so walking always ends, and a link leading out of
 *       the folder ({@code news/etc -> /etc}, {@code news/up -> ../..}) is refused: a folder of
 *       downloaded files cannot make newsfacts read elsewhere. Files and folders whose name starts
 *       with {@code .} are skipped. Only regular files are returned.
 *   <li>A path that does not exist is returned as given, so the reader reports it as an error record
 *       instead of it silently vanishing.
 *   <li>Order: the given paths in order; inside a folder, files sorted by their path (as a string
 *       with {@code /} separators), so runs are reproducible. Paths keep the form given: a relative
 *       folder yields relative file paths. A file reached twice is listed once.
 * </ul>
 */
public final class SourceWalker {
  private SourceWalker() {}

  /**
   * A file to read.
   *
   * @param path the file
   * @param source the path as the user would write it (the root as given, joined with the relative path)
   */
  public record Source(Path path, String source) {}

  /** The files under {@code roots}; see the class comment. */
  public static List<Source> walk(List<Path> roots) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        files.addAll(walkFolder(root));
      } else {
        files.add(root);
      }
    }
    List<Source> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      sources.add(new Source(file, file.toString()));
    }
    return List.copyOf(sources);
  }

  private static List<Path> walkFolder(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Path realRoot = root.toRealPath();
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && (isHidden(dir) || leaves(dir, realRoot))
                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file) && !leaves(file, realRoot)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException || !file.equals(root)) {
              return FileVisitResult.CONTINUE; // a symlink loop, or an unreadable entry: skip it
            }
            throw e;
          }
        });
    found.sort(Comparator.comparing(p -> p.toString().replace('\\', '/')));
    return found;
  }

  /**
   * True when {@code path} is a symbolic link whose target lies outside {@code realRoot}. Only links
   * are resolved: everything else under a followed folder is inside it by construction.
   */
  private static boolean leaves(Path path, Path realRoot) {
    if (!Files.isSymbolicLink(path)) {
      return false;
    }
    try {
      return !path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return true; // a dangling or unreadable link leads nowhere readable
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
