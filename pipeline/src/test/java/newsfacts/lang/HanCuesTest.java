package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanCuesTest {
  /** Each character as "J" (Japanese only), "C" (Chinese only) or "-" (either, or not Han). */
  private static String cues(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(cp -> b.append(HanCues.japanese(cp) ? "J" : HanCues.chinese(cp) ? "C" : "-"));
    return b.toString();
  }

  @Test
  void shinjitaiKokujiAndIterationMarkAreJapaneseSimplifiedAndTraditionalFormsChinese() {
    assertEquals("JJJ-", cues("発働々中"));
    assertEquals("CCCC", cues("发们發們"));
    // the same word in its three forms: Japanese 経済, simplified 经济, traditional 經濟
    assertEquals(List.of("JJ", "CC", "CC"), List.of(cues("経済"), cues("经济"), cues("經濟")));
  }

  @Test
  void charactersOutsideTheListsAreNoCue() {
    assertEquals("------", cues("人工智能a1"));
    assertEquals("-", cues("\uD840\uDC00")); // U+20000, a CJK Extension B ideograph
  }
}
