package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the shared conformance suites (skipping the test when they are absent) and tallies pass rates. */
final class Conformance {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Conformance() {}

  /** The JSON lines of {@code relative} under {@code -Dnewsfacts.shared}; skips the test when absent. */
  static List<JsonNode> lines(String relative) {
    String shared = System.getProperty("newsfacts.shared");
    assumeTrue(shared != null, "system property newsfacts.shared is not set");
    Path file = Path.of(shared, relative);
    assumeTrue(Files.isRegularFile(file), file + " is absent");
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(MAPPER.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Currency codes a generic unit name of the suites may stand for. */
  static Set<String> codesFor(String unit, String lang) {
    return switch (unit) {
      case "Dollar", "Unnamed" -> lang.equals("zh") ? Set.of("CNY", "USD", "HKD") : Set.of("USD");
      case "Euro" -> Set.of("EUR");
      case "Pound", "British pound", "Pence", "Penny" -> Set.of("GBP");
      case "Cent" -> lang.equals("zh") ? Set.of("CNY", "HKD") : Set.of("USD", "EUR");
      case "Franc" -> Set.of("CHF");
      case "Rupee", "Indian rupee" -> Set.of("INR");
      case "Peseta" -> Set.of("ESP");
      case "Netherlands guilder" -> Set.of("NLG");
      case "Finnish markka" -> Set.of("FIM");
      case "Bitcoin" -> Set.of("XBT");
      case "United States dollar" -> Set.of("USD");
      case "Canadian dollar" -> Set.of("CAD");
      case "Japanese yen" -> Set.of("JPY");
      case "Chinese yuan" -> Set.of("CNY");
      default -> Set.of();
    };
  }

  /** The factor from a unit's value to currency units: cents are hundredths. */
  static double unitFactor(String unit) {
    return switch (unit) {
      case "Cent", "Pence", "Penny" -> 0.01;
      default -> 1;
    };
  }

  static boolean close(double got, double want) {
    return Math.abs(got - want) <= 0.005 * Math.max(Math.abs(want), 1e-9) + 1e-9;
  }

  /** Pass counts per key. */
  static final class Tally {
    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    void add(String key, boolean pass, String failure) {
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[1]++;
      if (pass) {
        c[0]++;
      } else {
        failures.add(key + ": " + failure);
      }
    }

    double rate() {
      int p = 0;
      int n = 0;
      for (int[] c : counts.values()) {
        p += c[0];
        n += c[1];
      }
      return n == 0 ? 1 : (double) p / n;
    }

    List<String> failures() {
      return failures;
    }

    String report(String title) {
      StringBuilder sb = new StringBuilder(title).append('\n');
      counts.forEach((k, c) -> sb.append(String.format("  %-28s %4d / %4d  %5.1f%%%n", k, c[0], c[1], 100.0 * c[0] / c[1])));
      sb.append(String.format("  %-28s %5.1f%%%n", "all", 100 * rate()));
      return sb.toString();
    }
  }
}
