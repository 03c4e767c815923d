package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import newsfacts.extract.lexicon.LexiconFormatException;
import org.junit.jupiter.api.Test;

class CurrenciesTest {
  private static final Currencies CURRENCIES = Currencies.load();

  private static LexiconFormatException failure(String content) {
    return assertThrows(LexiconFormatException.class,
        () -> Currencies.parse(new BufferedReader(new StringReader(content)), "currencies.tsv"));
  }

  // the longest surface wins: NT$ over $
  @Test
  void longestSurfaceWins() {
    Currencies.Match m = CURRENCIES.matchAt("NT$5", 0, "zh", true);
    assertEquals("TWD", m.entry().code());
    assertEquals(3, m.end());
  }

  // Russian stems take their case endings
  @Test
  void russianStemsTakeEndings() {
    Currencies.Match m = CURRENCIES.matchAt("долларами и", 0, "ru", false);
    assertEquals("USD", m.entry().code());
    assertEquals(9, m.end());
  }

  // codes are case-sensitive and Latin names need a word boundary
  @Test
  void codesAndBoundaries() {
    assertNull(CURRENCIES.matchAt("Usd", 0, "de", false));
    assertNull(CURRENCIES.matchAt("euroland", 0, "nl", false));
    assertEquals("EUR", CURRENCIES.matchAt("euro's", 0, "nl", false).entry().code());
  }

  // a language-specific name is not used in another language
  @Test
  void languageRestricted() {
    assertNull(CURRENCIES.matchAt("ドル", 0, "zh", false));
    assertEquals("USD", CURRENCIES.matchAt("ドル", 0, "ja", false).entry().code());
  }

  // bad rows fail with file and line
  @Test
  void strictRows() {
    assertEquals(2, failure("# c\n$\tusd\tboth\t*\t-\n").line());
    assertEquals("where must be prefix, suffix or both, got 'before'",
        failure("$\tUSD\tbefore\t*\t-\n").reason());
    assertEquals("unknown option 'big'", failure("$\tUSD\tboth\t*\tbig\n").reason());
    assertEquals("duplicate surface 'Dollar' for the same languages",
        failure("dollar\tUSD\tsuffix\ten\t-\nDollar\tUSD\tsuffix\ten,de\t-\n").reason());
  }
}
