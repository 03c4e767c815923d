package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptTest {

  @Test
  void lettersGetTheirScriptClass() {
    assertEquals(Script.LATIN, Script.of('a'));
    assertEquals(Script.LATIN, Script.of('ß'));
    assertEquals(Script.LATIN, Script.of('ő'));
    assertEquals(Script.CYRILLIC, Script.of('ж'));
    assertEquals(Script.HAN, Script.of('中'));
    assertEquals(Script.KANA, Script.of('の'));
    assertEquals(Script.KANA, Script.of('モ'));
    assertEquals(Script.KANA, Script.of('ｶ')); // half-width katakana
    assertEquals(Script.HANGUL, Script.of('한'));
    assertEquals(Script.OTHER, Script.of('α'));
  }

  @Test
  void japaneseMarksCountWithTheirScript() {
    // the iteration mark is Han in use; the prolonged sound mark is only written with kana
    assertEquals(Script.HAN, Script.of('々'));
    assertEquals(Script.KANA, Script.of('ー'));
  }

  @Test
  void nonLettersAreNone() {
    for (char c : "5 .,!?-·。「」（）µ\n".toCharArray()) {
      assertEquals(Script.NONE, Script.of(c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void profileWeighsCjkTwiceAndSkipsWebAddresses() {
    String text = "AlibabaはQWENシリーズを開始 https://example.com/abc";
    ScriptProfile p = ScriptProfile.of(text, 0, text.length());
    assertEquals(11, p.letters(Script.LATIN)); // the address adds none
    assertEquals(6, p.letters(Script.KANA));
    assertEquals(2, p.letters(Script.HAN));
    assertEquals(11, p.weight(ScriptProfile.Group.LATIN));
    assertEquals(16, p.weight(ScriptProfile.Group.CJK));
    assertEquals(ScriptProfile.Group.CJK, p.dominant());
    assertEquals(16.0 / 27, p.dominantShare(), 1e-9);
  }
}
