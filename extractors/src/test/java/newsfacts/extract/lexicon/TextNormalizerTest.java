package newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void spacesAndDashesBetweenAlnumAreDropped() {
    // "Kimi K2" = "Kimi-K2" = "KIMI K2": one alias key
    assertEquals("kimik2", TextNormalizer.key("Kimi K2"));
    assertEquals("kimik2", TextNormalizer.key("Kimi-K2"));
    assertEquals("kimik2", TextNormalizer.key("KIMI K2"));
  }

  @Test
  void gluedVersionsEqualSpacedOnes() {
    // "Doubao1.5Pro" = "Doubao 1.5 Pro", "QWEN2.5MAX" = "Qwen2.5-Max"; dots are kept
    assertEquals(TextNormalizer.key("Doubao 1.5 Pro"), TextNormalizer.key("Doubao1.5Pro"));
    assertEquals("qwen2.5max", TextNormalizer.key("QWEN2.5MAX"));
    assertEquals("qwen2.5max", TextNormalizer.key("Qwen2.5-Max"));
  }

  @Test
  void fullWidthFoldsToHalfWidthWithOffsetsKept() {
    // full-width Latin is NFKC-folded and lower-cased; each char maps back to its own offset
    TextNormalizer.Normalized n = TextNormalizer.normalize("ＤｅｅｐＳｅｅｋ");
    assertEquals("deepseek", n.text());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, n.starts());
    assertEquals(8, n.originalEnd(8));
  }

  @Test
  void symbolsAndOtherDashesAreSeparators() {
    // "Meta✴ Platforms" (a star inside the name) = "Meta Platforms"; an en dash is a dash
    TextNormalizer.Normalized n = TextNormalizer.normalize("Meta✴ Platforms");
    assertEquals("metaplatforms", n.text());
    assertEquals(6, n.originalStart(4));
    assertEquals("gpt5", TextNormalizer.key("GPT–5"));
  }

  @Test
  void separatorsNotBetweenAlnumCollapseToOne() {
    // "a , b": the run before ',' is kept as one space; a line break is never dropped
    assertEquals("r1 , v3", TextNormalizer.normalize("R1  , V3").text());
    assertEquals("a\nb", TextNormalizer.normalize("A\nB").text());
  }

  @Test
  void expansionsKeepTheirOriginalRange() {
    // NFKC turns one char into four: all four map to [1, 2), and a match may not cut the expansion
    TextNormalizer.Normalized n = TextNormalizer.normalize("x㍿y");
    assertEquals("x株式会社y", n.text());
    assertArrayEquals(new int[] {0, 1, 1, 1, 1, 2}, n.starts());
    assertArrayEquals(new int[] {1, 2, 2, 2, 2, 3}, n.ends());
    assertTrue(n.alignedAt(1, 5));
    assertFalse(n.alignedAt(1, 3));
  }

  @Test
  void replacementCharIsNoSeparator() {
    // mis-decoded text: U+FFFD between letters must not glue them into a name
    assertEquals("i\uFFFDd\uFFFDc", TextNormalizer.normalize("i\uFFFDd\uFFFDc").text());
  }

  @Test
  void keysDropEdgeSeparators() {
    // a family prefix "DeepSeek-" is the key of "DeepSeek"
    assertEquals("deepseek", TextNormalizer.key(" DeepSeek- "));
  }

  @Test
  void combiningMarksComposeWithTheirBase() {
    // decomposed "Société" equals the composed spelling; the é maps back to both of its chars
    TextNormalizer.Normalized n = TextNormalizer.normalize("Socie\u0301te\u0301");
    assertEquals("société", n.text());
    assertEquals(4, n.originalStart(4));
    assertEquals(6, n.originalEnd(5));
    assertEquals(TextNormalizer.key("Société"), TextNormalizer.key("Socie\u0301te\u0301"));
  }

  @Test
  void decomposedYoFoldsToYe() {
    // "е" + U+0308 composes to ё, which folds to е
    assertEquals("еще", TextNormalizer.key("ЕЩЕ\u0308"));
  }

  @Test
  void yoFoldsToYe() {
    // Russian ё is often written е: both spellings are one alias
    assertEquals(TextNormalizer.key("Сбербанк Ещё"), TextNormalizer.key("СБЕРБАНК ЕЩЕ"));
  }
}
