package newsfacts.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where lexicon files come from: a user folder ({@code --lexicons DIR}) first, then the copies packaged
 * on the classpath under {@code newsfacts/lexicons/}. Files are read as strict UTF-8: a malformed byte
 * sequence is an error, not a U+FFFD.
 */
public final class LexiconSource {
  /** Classpath folder of the packaged lexicons (the {@code lexicons} module). */
  public static final String CLASSPATH_DIR = "newsfacts/lexicons/";

  private final Path overrideDir;

  private LexiconSource(Path overrideDir) {
    this.overrideDir = overrideDir;
  }

  /** The packaged lexicons only. */
  public static LexiconSource packaged() {
    return new LexiconSource(null);
  }

  /** Files in {@code dir} override the packaged ones of the same name. */
  public static LexiconSource withOverrides(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("lexicon folder " + dir + " does not exist or is not a folder");
    }
    return new LexiconSource(dir);
  }

  /** The folder overriding the packaged files, or null. */
  public Path overrideDir() {
    return overrideDir;
  }

  /** The name used in error messages for {@code fileName}: the user's path, or {@code classpath:...}. */
  public String displayName(String fileName) {
    if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(fileName))) {
      return overrideDir.resolve(fileName).toString();
    }
    return "classpath:" + CLASSPATH_DIR + fileName;
  }

  /** True when the file exists in the override folder or on the classpath. */
  public boolean exists(String fileName) {
    if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(fileName))) {
      return true;
    }
    return LexiconSource.class.getClassLoader().getResource(CLASSPATH_DIR + fileName) != null;
  }

  /**
   * Opens {@code fileName} for reading as strict UTF-8.
   *
   * @throws UncheckedIOException when the file is in neither place (a missing packaged file is a build error)
   */
  public BufferedReader open(String fileName) {
    try {
      InputStream in;
      if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(fileName))) {
        in = Files.newInputStream(overrideDir.resolve(fileName));
      } else {
        in = LexiconSource.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + fileName);
        if (in == null) {
          throw new IOException("lexicon " + fileName + " is neither in "
              + (overrideDir == null ? "a --lexicons folder" : overrideDir) + " nor packaged on the classpath");
        }
      }
      CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      return new BufferedReader(new InputStreamReader(in, dec));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
