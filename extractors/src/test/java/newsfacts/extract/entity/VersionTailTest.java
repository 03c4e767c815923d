package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VersionTailTest {

  @Test
  void versionWithSuffixWords() {
    // "Qwen|3.5-Max-model": the suffix "Max" is part of it, "model" is not
    assertEquals(new VersionTail.Tail(11, "3.5-max"), VersionTail.read("Qwen3.5-Max-model", 4));
  }

  @Test
  void letteredVersionAfterASpace() {
    // "DeepSeek| V3.2 и": a letter and digits
    assertEquals(new VersionTail.Tail(13, "v3.2"), VersionTail.read("DeepSeek V3.2 и", 8));
  }

  @Test
  void gluedSuffixAndSize() {
    // "Doubao|1.5Pro" and "Step|-2-16K"
    assertEquals(new VersionTail.Tail(12, "1.5-pro"), VersionTail.read("Doubao1.5Pro", 6));
    assertEquals(new VersionTail.Tail(10, "2-16k"), VersionTail.read("Step-2-16K", 4));
  }

  @Test
  void katakanaSuffixIsWrittenInLatin() {
    // "ERNIE| 4.0ターボモデル": ターボ is turbo, モデル is not a suffix
    assertEquals(new VersionTail.Tail(12, "4.0-turbo"), VersionTail.read("ERNIE 4.0ターボモデル", 5));
  }

  @Test
  void omniLetterAfterTheNumber() {
    // "GPT|-4o"
    assertEquals(new VersionTail.Tail(6, "4o"), VersionTail.read("GPT-4o", 3));
  }

  @Test
  void tierWordAfterADashedPrefixAndAVersionFromZero() {
    // "MiniMax-|VL-02": the prefix took the dash; "02" is a version after a tier word, as no count starts with 0
    VersionTail.Tail t = VersionTail.read("MiniMax-VL-02", 8);
    assertEquals(new VersionTail.Tail(13, "vl-02", "02-vl"), t);
    assertEquals(true, t.versionLike());
    assertEquals(false, VersionTail.read("Claude Pro 20", 6).versionLike());
  }

  @Test
  void tierWordBeforeTheVersion() {
    // "Mistral| Medium 3.1", "Claude| Sonnet 3.7": the tier first, and reordered after the version
    assertEquals(new VersionTail.Tail(18, "medium-3.1", "3.1-medium"), VersionTail.read("Mistral Medium 3.1", 7));
    assertEquals(new VersionTail.Tail(17, "sonnet-3.7", "3.7-sonnet"), VersionTail.read("Claude Sonnet 3.7 is", 6));
    assertEquals(new VersionTail.Tail(21, "flash-2.0-lite", "2.0-flash-lite"),
        VersionTail.read("Gemini Flash 2.0 Lite", 6));
    assertNull(VersionTail.read("Claude Pro users", 6));
  }

  @Test
  void primeIsASuffix() {
    // "PLaMo| 2.1 Prime"
    assertEquals(new VersionTail.Tail(15, "2.1-prime"), VersionTail.read("PLaMo 2.1 Prime", 5));
  }

  @Test
  void fastIsASuffixOnlyCapitalised() {
    // "Grok| 4.1 Fast"; "GPT| 5 fast doppelt" (German "fast" = almost) keeps the version alone
    assertEquals(new VersionTail.Tail(13, "4.1-fast"), VersionTail.read("Grok 4.1 Fast, costs", 4));
    assertEquals(new VersionTail.Tail(5, "5"), VersionTail.read("GPT-5 fast doppelt", 3));
  }

  @Test
  void bracketedVariant() {
    // "FLUX.|2 [pro]"; an unknown word in brackets is no variant
    assertEquals(new VersionTail.Tail(12, "2-pro"), VersionTail.read("FLUX.2 [pro] kam", 5, false));
    assertEquals(new VersionTail.Tail(6, "2"), VersionTail.read("FLUX.2 [Quelle: BFL]", 5, false));
  }

  @Test
  void noVersion() {
    // a year, a word, digits running into letters, nothing at all
    assertNull(VersionTail.read("Qwen 2025", 4));
    assertNull(VersionTail.read("Qwen team", 4));
    assertNull(VersionTail.read("GPT-4x", 3));
    assertNull(VersionTail.read("GLM", 3));
  }
}
