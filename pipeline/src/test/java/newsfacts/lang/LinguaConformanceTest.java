package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/**
 * Lingua's own accuracy sentences (conformance/lingua/sentences, one sentence a line, the file name is the
 * language), run through the whole detector: script shortcut, thresholds, merging. A sentence counts as right
 * when the document language of its segments is the file's language; {@code und} counts as wrong.
 */
class LinguaConformanceTest {
  /** The bar: 99% of the sentences right in each of the six languages. */
  private static final double REQUIRED = 0.99;

  private static LanguageDetector detector;
  private static Path sentences;

  @BeforeAll
  static void setUp() {
    String shared = System.getProperty("newsfacts.shared");
    Assumptions.assumeTrue(shared != null, "newsfacts.shared not set");
    sentences = Path.of(shared, "conformance", "lingua", "sentences");
    Assumptions.assumeTrue(Files.isDirectory(sentences), "no Lingua conformance data at " + sentences);
    detector = new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES);
  }

  @Test
  void eachLanguageIsRightOnAtLeast99PercentOfSentences() throws IOException {
    Map<String, Double> accuracy = new TreeMap<>();
    for (String lang : LanguageDetector.DEFAULT_LANGUAGES) {
      List<String> lines = Files.readAllLines(sentences.resolve(lang + ".txt"), StandardCharsets.UTF_8)
          .stream().filter(l -> !l.isBlank()).toList();
      int right = 0;
      Map<String, Integer> wrong = new TreeMap<>();
      for (String line : lines) {
        String got = LanguageDetector.documentLanguage(detector.segments(line));
        if (got.equals(lang)) {
          right++;
        } else {
          wrong.merge(got, 1, Integer::sum);
        }
      }
      double a = (double) right / lines.size();
      accuracy.put(lang, a);
      System.out.printf("lingua sentences %s: %d/%d = %.2f%% right, wrong as %s%n",
          lang, right, lines.size(), 100 * a, wrong);
    }
    accuracy.forEach((lang, a) -> assertTrue(a >= REQUIRED,
        lang + " accuracy " + a + " is below " + REQUIRED));
  }
}
