package newsfacts.lang;

/**
 * The writing systems the script shortcut tells apart. Kana (hiragana and katakana) is one class because
 * either means Japanese; Han is apart because it is shared by Chinese and Japanese.
 */
enum Script {
  LATIN,
  CYRILLIC,
  HAN,
  KANA,
  HANGUL,
  /** A letter in any other script (Greek, Arabic, Thai ...): never one of ours under the shortcut. */
  OTHER,
  /** Not a letter: digits, punctuation, symbols, spaces, and the marks shared by several scripts. */
  NONE;

  private static final Script[] VALUES = values();
  /** {@link #classify} of every char, worked out once: asked for every char of every paragraph. */
  private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      BMP[c] = (byte) classify(c).ordinal();
    }
  }

  /** The script class of a code point; {@link #NONE} for anything that is not a letter. */
  static Script of(int codePoint) {
    return codePoint <= Character.MAX_VALUE ? VALUES[BMP[codePoint]] : classify(codePoint);
  }

  private static Script classify(int codePoint) {
    if (codePoint < 0x250) { // fast path: ASCII, Latin-1 and Latin Extended-A/B are all Latin letters or none
      return Character.isLetter(codePoint) && codePoint != 'µ' ? LATIN : NONE; // the micro sign is Common
    }
    if (codePoint == '々' || codePoint == '〆') {
      return HAN; // CJK iteration and closing marks: Han-script ideographs used in Japanese
    }
    if (!Character.isLetter(codePoint)) {
      return NONE;
    }
    return switch (Character.UnicodeScript.of(codePoint)) {
      case LATIN -> LATIN;
      case CYRILLIC -> CYRILLIC;
      case HAN -> HAN;
      case HIRAGANA, KATAKANA -> KANA;
      case HANGUL -> HANGUL;
      // the prolonged sound mark ー is a letter of script COMMON, used only with kana
      case COMMON -> codePoint == 'ー' ? KANA : NONE;
      default -> OTHER;
    };
  }
}
