package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFoldTest {

  /** The chars the figure tables start or end with: ASCII and Cyrillic letters, and the odd cases. */
  private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
      + "абвгдежзийклмнопрстуфхцчшщъыьэюяёАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁ"
      + "äöüßéèëïÄÖÜÉ" + "µμΜſKİıÿŸǅǄǆ";

  @Test
  void everyCharAgainstEveryWordCharAgreesWithTheJdk() {
    // the JDK's rule, char by char, over the whole BMP (Latin-1 and UTF-16 strings alike)
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String t = String.valueOf((char) c);
      for (int k = 0; k < WORD_CHARS.length(); k++) {
        char w = WORD_CHARS.charAt(k);
        boolean jdk = t.regionMatches(true, 0, String.valueOf(w), 0, 1);
        assertEquals(jdk, CaseFold.same((char) c, w), () -> "U+" + Integer.toHexString(t.charAt(0)) + " vs " + w);
        assertEquals(jdk, CaseFold.regionMatches(t, 0, String.valueOf(w)), () -> t + " vs " + w);
      }
    }
  }

  @Test
  void latin1PairsAgreeWithTheJdk() {
    // two Latin-1 strings take the JDK's own Latin-1 shortcut: the table must agree with it too
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        String x = String.valueOf((char) a);
        String y = String.valueOf((char) b);
        assertEquals(x.regionMatches(true, 0, y, 0, 1), CaseFold.regionMatches(x, 0, y), a + " vs " + b);
      }
    }
  }

  @Test
  void regionsAtEveryOffset() {
    // the words of the extractors in texts of both coders, at every offset including outside the text
    List<String> texts = List.of("About 5 PERCENT, ca. 7", "ОКОЛО 5 Процентов", "约 5 Prozent", "");
    List<String> words = List.of("about", "percent", "ca.", "около", "процент", "prozent", "约", "5 p");
    for (String t : texts) {
      for (String w : words) {
        for (int k = -2; k <= t.length() + 1; k++) {
          assertEquals(t.regionMatches(true, k, w, 0, w.length()), CaseFold.regionMatches(t, k, w),
              "'" + w + "' at " + k + " in '" + t + "'");
        }
      }
    }
  }

  @Test
  void surrogatesMatchNothing() {
    // a supplementary letter (Deseret) has its case mapping outside the BMP, never onto a word char
    String t = "\uD801\uDC00bc";
    assertFalse(CaseFold.regionMatches(t, 0, "a"));
    assertTrue(CaseFold.regionMatches(t, 2, "BC"));
  }
}
