package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shortcuts that spare Lingua calls, each pinned against what Lingua itself does. */
class SegmentClassifierTest {
  private static final String GERMAN = "Die Konferenz entwickelt sich rasant zu einer strategischen Plattform für"
      + " die Industriepolitik, sagte der Sprecher am Montag in Berlin vor Journalisten.";

  private static LanguageDetector high;
  private static LanguageDetector low;

  @BeforeAll
  static void buildOnce() {
    Language[] latin = {Language.DUTCH, Language.GERMAN, Language.ENGLISH};
    high = LanguageDetectorBuilder.fromLanguages(latin).build();
    low = LanguageDetectorBuilder.fromLanguages(latin).withLowAccuracyMode().build();
  }

  @Test
  void linguaLengthIsTheLengthOfLinguasCleanedUpText() {
    // trimmed (no-break and em spaces too, as Kotlin's trim does), punctuation and digits gone, runs of
    // white space one space; what is left at either end after that stays
    assertEquals("hallo welt ".length(), SegmentClassifier.linguaLength("\u00a0 Hallo, Welt! 123 \u2003"));
    assertEquals(" prozent".length(), SegmentClassifier.linguaLength(" 5 Prozent"));
    // lower-casing İ gives two chars; a no-break space inside is not white space to \s
    assertEquals(9, SegmentClassifier.linguaLength("İstanbul"));
    assertEquals(4, SegmentClassifier.linguaLength("a\u00a0\u00a0b"));
    assertEquals(1, SegmentClassifier.linguaLength("2025-08-13 12:33")); // the space between the numbers
    assertEquals(119, SegmentClassifier.linguaLength(GERMAN.substring(0, GERMAN.indexOf("Montag") + 2)));
    assertEquals(120, SegmentClassifier.linguaLength(GERMAN.substring(0, GERMAN.indexOf("Montag") + 3)));
  }

  @Test
  void fromTheTrigramsOnlyLengthOnTheHighAccuracyModeRanksAsTheLowOne() {
    // why a narrow low accuracy lead on a long sample does not go to the high accuracy mode: same ranking
    String at119 = GERMAN.substring(0, GERMAN.indexOf("Montag") + 2);
    String at120 = GERMAN.substring(0, GERMAN.indexOf("Montag") + 3);
    assertNotEquals(low.computeLanguageConfidenceValues(at119), high.computeLanguageConfidenceValues(at119));
    assertEquals(low.computeLanguageConfidenceValues(at120), high.computeLanguageConfidenceValues(at120));
    assertEquals(low.computeLanguageConfidenceValues(GERMAN), high.computeLanguageConfidenceValues(GERMAN));
  }

  @Test
  void answersAskLinguaOncePerDetectorAndSample() {
    SegmentClassifier.Answers answers = new SegmentClassifier.Answers();
    var first = answers.ranked(low, GERMAN);
    assertEquals(first, answers.ranked(low, GERMAN));
    assertEquals(1, answers.calls());
    answers.ranked(high, GERMAN); // another mode is another question
    answers.ranked(low, "The company said the model beats its predecessor on most coding benchmarks.");
    assertEquals(3, answers.calls());
    // no letters: Lingua has no ranking, and that is remembered too
    assertNull(answers.ranked(low, "12:33 - 2025"));
    assertNull(answers.ranked(low, "12:33 - 2025"));
    assertEquals(4, answers.calls());
  }

  @Test
  void answersRememberABoundedNumberOfSamples() {
    SegmentClassifier.Answers answers = new SegmentClassifier.Answers();
    for (int i = 0; i <= SegmentClassifier.MAX_REMEMBERED; i++) {
      answers.ranked(low, "x" + i); // one letter: Lingua's rules settle it, no n-grams
    }
    assertEquals(SegmentClassifier.MAX_REMEMBERED + 1, answers.calls());
    answers.ranked(low, "x0");
    answers.ranked(low, "x" + SegmentClassifier.MAX_REMEMBERED); // the one past the bound is asked again
    assertEquals(SegmentClassifier.MAX_REMEMBERED + 2, answers.calls());
  }
}
