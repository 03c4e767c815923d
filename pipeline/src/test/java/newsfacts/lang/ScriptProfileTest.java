package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Web addresses are skipped when letters are counted: they are Latin whatever the language around them. */
class ScriptProfileTest {
  @Test
  void addressesEndAtWhitespaceAndOtherWordsAreNotAddresses() {
    String t = "see https://example.com/x y";
    assertEquals(25, ScriptProfile.skipUrl(t, 4, t.length()));
    assertEquals(15, ScriptProfile.skipUrl("WWW.Example.com", 0, 15));
    assertEquals(11, ScriptProfile.skipUrl("Http://a.nl", 0, 11));
    assertEquals(0, ScriptProfile.skipUrl("whatever www.", 0, 13));
    assertEquals(0, ScriptProfile.skipUrl("http:/", 0, 6)); // cut short
    assertEquals(3, ScriptProfile.skipUrl("abchttp://x", 3, 5)); // the address runs past end: not one
  }

  @Test
  void aRussianLineWithAnAddressCountsNoLatinLetters() {
    String t = "Привет https://example.com/путь и www.ya.ru";
    ScriptProfile p = ScriptProfile.of(t, 0, t.length());
    assertEquals(0, p.letters(Script.LATIN));
    assertEquals(7, p.letters(Script.CYRILLIC)); // Привет и
  }
}
