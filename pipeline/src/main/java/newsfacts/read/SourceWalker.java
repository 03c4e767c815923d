package newsfacts.read;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files under the given paths: recursively, hidden files and folders skipped, in a stable
 * order (sorted by path within each root, roots in the order given). Symbolic links to folders are not
 * followed, so link loops cannot hang a walk.
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

  public static List<Source> walk(List<Path> roots) throws IOException {
    List<Source> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        out.add(new Source(root, root.toString()));
        continue;
      }
      List<Path> files = new ArrayList<>();
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !hidden(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE;
        }
      });
      files.sort(Comparator.comparing(Path::toString));
      for (Path f : files) {
        out.add(new Source(f, f.toString()));
      }
    }
    return out;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
