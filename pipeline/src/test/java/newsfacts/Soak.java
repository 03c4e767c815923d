package newsfacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The size of the reliability tests: short in the normal run, long under {@code mvn -Psoak} (which
 * sets {@code -Dnewsfacts.soak=true}). Each test appends one line of results to
 * {@code target/reliability-results.txt}, quoted in docs/reliability.md.
 */
public final class Soak {
  private Soak() {}

  /** True under {@code -Psoak}. */
  public static boolean on() {
    return Boolean.getBoolean("newsfacts.soak");
  }

  /** {@code normal} in the normal run; under soak the integer property {@code name}, else {@code soak}. */
  public static int count(String name, int normal, int soak) {
    return on() ? Integer.getInteger(name, soak) : normal;
  }

  /** Like {@link #count} for a time budget in seconds. */
  public static Duration budget(String name, int normalSeconds, int soakSeconds) {
    return Duration.ofSeconds(count(name, normalSeconds, soakSeconds));
  }

  /** The seed of a randomized test: {@code -Dnewsfacts.seed=N} replays one, else {@code fallback}. */
  public static long seed(long fallback) {
    return Long.getLong("newsfacts.seed", fallback);
  }

  /** Appends {@code line} (with the time and the mode) to target/reliability-results.txt and prints it. */
  public static void record(String line) {
    String full = Instant.now().toString().substring(0, 19) + "Z " + (on() ? "soak " : "normal ") + line;
    System.out.println(full);
    try {
      Path out = Path.of("target", "reliability-results.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, full + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
