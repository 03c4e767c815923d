package newsfacts.read;

import java.time.Duration;

/**
 * Limits for reading one file.
 *
 * @param maxChars the most characters of text kept per article; more is cut with a warning
 * @param maxBytes the largest file read at all; larger files are refused with an error
 * @param timeout the most time spent parsing one file
 */
public record ReaderConfig(int maxChars, long maxBytes, Duration timeout) {
  public static final ReaderConfig DEFAULT = new ReaderConfig(2_000_000, 200L << 20, Duration.ofSeconds(60));

  public ReaderConfig {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be > 0, got " + maxChars);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
    }
  }
}
