package newsfacts.extract.entity;

/** Char classes for the per-script boundary rules. */
final class Scripts {
  private Scripts() {}

  /** Han, kana, Hangul and their punctuation-free neighbours: scripts written without spaces. */
  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
        || cp == 0x30FC || cp == 0xFF70;
  }

  /** A char that continues a word of a spaced script: a letter, digit or mark outside the CJK scripts. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    int t = Character.getType(cp);
    return (Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK)
        && !isCjk(cp);
  }

  /** Katakana, including the long vowel mark and half-width forms. */
  static boolean isKatakana(int cp) {
    if (cp < 0x30A0) {
      return false;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA || cp == 0x30FC || cp == 0xFF70;
  }

  /** True when the code point before {@code offset} is katakana. */
  static boolean kanaBefore(String text, int offset) {
    return offset > 0 && isKatakana(text.codePointBefore(offset));
  }

  /** True when the code point at {@code offset} is katakana. */
  static boolean kanaAt(String text, int offset) {
    return offset < text.length() && isKatakana(text.codePointAt(offset));
  }

  /** Hangul syllables and jamo. */
  static boolean isHangul(int cp) {
    return cp >= 0x1100 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
  }

  static boolean isCyrillic(int cp) {
    if (cp < 0x0400) {
      return false;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC && Character.isLetter(cp);
  }

  /** True when the code point before {@code offset} continues a word. */
  static boolean wordBefore(String text, int offset) {
    return offset > 0 && isWordChar(text.codePointBefore(offset));
  }

  /** True when the code point at {@code offset} continues a word. */
  static boolean wordAt(String text, int offset) {
    return offset < text.length() && isWordChar(text.codePointAt(offset));
  }
}
