package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import newsfacts.extract.Extractor;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;

/**
 * Huge and hostile input: every figure extractor finishes (the timeout is only a hang guard) and keeps the
 * extractor contract: facts sorted, spans inside the text, text equal to the span.
 */
class FiguresRobustnessTest {
  private static final int MB = 1 << 20;
  private static final List<Extractor> EXTRACTORS = List.of(new MoneyExtractor(), new PercentExtractor(),
      new ScoreExtractor(Metrics.load(LexiconSource.packaged())));

  private static String random(String alphabet, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(MB);
    for (int k = 0; k < MB; k++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static List<Fact> run(Extractor e, String text, String lang) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> e.extract(Passage.of(text, lang)));
  }

  private static void assertContract(String text, List<Fact> facts) {
    int last = -1;
    for (Fact f : facts) {
      assertTrue(f.start() >= last, "sorted by start");
      assertTrue(f.end() <= text.length(), "inside the text");
      assertEquals(text.substring(f.start(), f.end()), f.text());
      last = f.start();
    }
  }

  // a megabyte of digits and separators: no currency, so no money, in every number grammar
  @Test
  void megabyteOfDigitsAndSeparators() {
    String text = random("0123456789.,  ", 1);
    for (String lang : List.of("nl", "en", "zh")) {
      for (Extractor e : EXTRACTORS) {
        List<Fact> facts = run(e, text, lang);
        assertContract(text, facts);
        if (e instanceof MoneyExtractor) {
          assertEquals(List.of(), facts, lang);
        }
      }
    }
  }

  // one megabyte-long grouped number is consumed once and is not a value
  @Test
  void megabyteLongGroupedNumber() {
    String text = "$1" + ",234".repeat(MB / 4);
    assertEquals(List.of(), run(EXTRACTORS.get(0), text, "en"));
  }

  // figures, currencies, CJK numerals, range dashes and metric names mixed at random
  @Test
  void megabyteOfMixedFigureParts() {
    String text = random("0123456789,.-–至 $€¥元億万兆千百十一二三%ドル円 euro miljard Index 点", 2);
    for (Extractor e : EXTRACTORS) {
      assertContract(text, run(e, text, "zh"));
      assertContract(text, run(e, text, "ja"));
    }
  }

  // number words repeated a million times are read word by word
  @Test
  void repeatedNumberWords() {
    String text = "hundred ".repeat(MB / 8) + "dollars";
    for (Extractor e : EXTRACTORS) {
      assertContract(text, run(e, text, "en"));
    }
  }

  // "10^400" is 10 then text: no huge value and no exception
  @Test
  void powerNotation() {
    List<Fact> facts = run(EXTRACTORS.get(0), "$10^400", "en");
    assertEquals(1, facts.size());
    assertEquals(10, facts.get(0).amount());
  }

  // the exponent of "10^400" is no figure of its own: not 400 percent, not 400 dollars
  @Test
  void anExponentIsNotAFigure() {
    assertEquals(List.of(), run(EXTRACTORS.get(1), "Revenue rose 10^400 percent.", "en"));
    assertEquals(List.of(), run(EXTRACTORS.get(1), "Revenue rose 10^400%.", "en"));
    assertEquals(List.of(), run(EXTRACTORS.get(0), "It costs 10^400 dollars.", "en"));
  }

  // a 400-digit number would be Infinity as a double (and "Infinity" is not JSON): it is no figure at all
  @Test
  void fourHundredDigitNumbersAreNotFigures() {
    String nines = "9".repeat(400);
    String nl = "De omzet steeg " + nines + " procent en het bedrijf investeert " + nines + " miljard dollar.";
    String en = "DeepSeek-V3 scored " + nines + " on MMLU and raised $" + nines + " million, up " + nines + "%.";
    for (Extractor e : EXTRACTORS) {
      assertEquals(List.of(), run(e, nl, "nl"), e.getClass().getSimpleName());
      assertEquals(List.of(), run(e, en, "en"), e.getClass().getSimpleName());
    }
  }
}
