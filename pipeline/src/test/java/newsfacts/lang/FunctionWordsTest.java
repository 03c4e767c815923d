package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.pemistahl.lingua.api.Language;
import java.util.List;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.Test;

/** Function words settle the Latin lines that leave no doubt; everything else goes to Lingua. */
class FunctionWordsTest {
  private static final FunctionWords WORDS = FunctionWords.of(List.of(Language.ENGLISH, Language.GERMAN, Language.DUTCH));

  @Test
  void aLineFullOfOneLanguagesWordsIsThatLanguage() {
    SegmentClassifier.Verdict de = WORDS.decide(
        "Der Umsatz von Hua Hong stieg im Quartal auf 758,6 Milliarden Euro, und die Aktie ist nicht gefallen.");
    assertEquals("de", de.lang());
    assertEquals(1.0, de.confidence(), 0.0);
    SegmentClassifier.Verdict nl = WORDS.decide("Het aandeel daalde nadat het bedrijf een nieuw model lanceerde voor de markt.");
    assertEquals("nl", nl.lang());
    SegmentClassifier.Verdict en = WORDS.decide("The company said on Tuesday that it would invest in new data centres.");
    assertEquals("en", en.lang());
    // the confidence is the language's share of the function words found: the, company, said, that, it,
    // would, the, with against und: 8 of 9
    SegmentClassifier.Verdict mostly = WORDS.decide("The company said that it would build the fabs with Bosch und Infineon.");
    assertEquals("en", mostly.lang());
    assertEquals(8.0 / 9, mostly.confidence(), 1e-9);
  }

  @Test
  void doubtIsLeftToLingua() {
    // two languages' words in one line (an English quote in a Dutch sentence)
    assertNull(WORDS.decide("Volgens de topman is the market for AI chips growing faster than anyone expected in het land."));
    // too few function words, or too few different ones
    assertNull(WORDS.decide("Alibaba Qwen3-Max DeepSeek-R1 Nvidia Blackwell GPU cluster benchmark leaderboard"));
    assertNull(WORDS.decide("the the the Qwen3-Max Nvidia"));
    // homographs count for no language: "die", "in", "is", "we" and "er" are on two lists
    assertNull(WORDS.decide("die in is we er die in is we er Alibaba"));
  }

  @Test
  void aGroupWithALanguageWithoutAListAlwaysAsksLingua() {
    assertNull(FunctionWords.of(List.of(Language.ENGLISH, Language.FRENCH)));
  }

  @Test
  void theDetectorUsesThemForLongLinesOnly() {
    LanguageDetector d = new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES);
    String text = "Die Aktie von Kioxia fiel um 55 Prozent, nachdem das Unternehmen sein neues Modell vorgestellt hatte.";
    List<TextSegment> s = d.segments(text);
    assertEquals(List.of(new TextSegment(0, text.length(), "de", 1.0)), s);
    // under 40 letters Lingua decides, and its confidence is its relative distance (not 1.0)
    List<TextSegment> shortLine = d.segments("Die Aktie fiel um fünf Prozent.");
    assertEquals("de", shortLine.get(0).lang());
    assertEquals(false, shortLine.get(0).confidence() == 1.0);
  }
}
