package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Short aliases and tickers over the packaged lexicons, where the collisions are real. */
class ShortAliasesTest {
  static final EntityExtractor PACKAGED = new EntityExtractor(Lexicons.load(LexiconSource.packaged()));

  static List<String> find(String text, String lang) {
    return PACKAGED.extract(Passage.of(text, lang)).stream().map(EntityExtractorTest::show).toList();
  }

  @Test
  void shortTickersNeedATickerContext() {
    // ACN is Accenture's ticker and also ACN Newswire; NOK is Nokia's and the Norwegian krone
    assertEquals(List.of(), find("ACN Newswire reported a loan of NOK 500 million", "en"));
    assertEquals(List.of("company accenture [0,9) Accenture", "company accenture [17,20) ACN"),
        find("Accenture (NYSE: ACN) rose", "en"));
    assertEquals(List.of("company nokia [0,5) Nokia", "company nokia [6,9) NOK"), find("Nokia（NOK）の株価", "ja"));
  }

  @Test
  void shortCapitalAliasesMustBeWrittenInCapitals() {
    // VW and NEC are listed in capitals: "vw" in a URL is not Volkswagen; full-width ＮＥＣ is NEC
    assertEquals(List.of("company volkswagen [4,6) VW"), find("Der VW-Konzern, siehe vw.de", "de"));
    assertEquals(List.of("company nec [0,3) ＮＥＣ"), find("ＮＥＣは発表した", "ja"));
  }
}
