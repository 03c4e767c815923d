package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsfacts.extract.lexicon.LexiconFormatException;
import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FxRatesTest {
  private static final String HEADER = "# source: test\n# licence: test\n# date: 2019-06-13\n";

  // the packaged table is the ECB reference rates of 2019-06-13 (EUR/USD 1.1289)
  @Test
  void packagedTableIsDated() {
    FxRates fx = FxRates.load(LexiconSource.packaged());
    assertEquals("2019-06-13", fx.date());
    assertEquals(1128.9, fx.toUsd(1000, "EUR").getAsDouble(), 0.01);
    for (String c : new String[] {"USD", "EUR", "CNY", "JPY", "RUB", "TWD", "HKD", "GBP", "KRW", "CHF", "INR"}) {
      assertTrue(fx.knows(c), c);
    }
  }

  private static LexiconFormatException failure(Path dir, String content) throws IOException {
    Files.writeString(dir.resolve(FxRates.FILE), content);
    return assertThrows(LexiconFormatException.class, () -> FxRates.load(LexiconSource.withOverrides(dir)));
  }

  // a bad rate names its file and line
  @Test
  void badRateHasFileAndLine(@TempDir Path dir) throws IOException {
    LexiconFormatException e = failure(dir, HEADER + "USD\t1\nEUR\tabc\n");
    assertEquals(5, e.line());
    assertTrue(e.getMessage().contains("fx-rates.tsv:5: rate is not a number"), e.getMessage());
  }

  // duplicates, lower-case codes and a USD row other than 1 are errors
  @Test
  void strictRows(@TempDir Path dir) throws IOException {
    assertEquals("duplicate currency EUR", failure(dir, HEADER + "USD\t1\nEUR\t0.9\nEUR\t0.8\n").reason());
    assertEquals(4, failure(dir, HEADER + "usd\t1\n").line());
    assertEquals("USD must be 1 (rates are units per 1 USD)", failure(dir, HEADER + "USD\t2\n").reason());
  }

  // the date header is required
  @Test
  void dateHeaderRequired(@TempDir Path dir) throws IOException {
    assertTrue(failure(dir, "# source: x\n# licence: y\nUSD\t1\n").getMessage().contains("# date: ..."));
  }
}
