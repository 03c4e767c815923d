package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsfacts.lang.Abbreviations.Kind;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

  /** The kind of the last period in {@code text}. */
  private static Kind kindAtLastPeriod(String lang, String text) {
    return Abbreviations.forLanguage(lang).at(text, 0, text.lastIndexOf('.'));
  }

  @Test
  void languageEntriesNeverEndASentence() {
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("nl", "4,5 mln."));
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("ru", "компания, т.е."));
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("de", "Firmen, z.B."));
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("de", "Firmen, z. B."));
  }

  @Test
  void starredEntriesMayEndASentence() {
    assertEquals(Kind.MAY_END, kindAtLastPeriod("ru", "в 2025 г."));
    assertEquals(Kind.MAY_END, kindAtLastPeriod("nl", "Nvidia Inc.")); // common to every language
  }

  @Test
  void matchingIgnoresCaseAndLeadingBracketsButNeedsAWordStart() {
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("nl", "Bijv."));
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("en", "(e.g."));
    assertEquals(Kind.NONE, kindAtLastPeriod("en", "zinc.")); // not "Inc."
    assertEquals(Kind.NONE, kindAtLastPeriod("en", "in 2020."));
  }

  @Test
  void aCapitalInitialNeverEndsASentenceButTheLastLetterOfUsMay() {
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("ru", "В."));
    assertEquals(Kind.NEVER_FINAL, kindAtLastPeriod("en", "said J."));
    assertEquals(Kind.MAY_END, kindAtLastPeriod("en", "the U.S."));
  }

  @Test
  void aLanguageWithoutItsOwnListGetsTheCommonOne() {
    assertEquals(Kind.MAY_END, kindAtLastPeriod("zh", "Nvidia Inc."));
    assertEquals(Kind.NONE, kindAtLastPeriod("zh", "4,5 mln."));
  }
}
