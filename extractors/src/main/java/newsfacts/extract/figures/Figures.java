package newsfacts.extract.figures;

import newsfacts.extract.Passage;
import newsfacts.extract.TextSegment;

/** Small text helpers shared by the figure extractors: boundaries, spaces, words at an offset. */
final class Figures {
  private Figures() {}

  /**
   * {@link Passage#langAt} for a scan that asks at every position: the segment found last is kept, so a
   * passage costs one lookup per segment, not a binary search per char. Not thread-safe: one per scan.
   */
  static final class Langs {
    private final Passage passage;
    private int from;
    private int to;
    private String lang;

    Langs(Passage passage) {
      this.passage = passage;
    }

    /** The language at {@code offset}, as {@link Passage#langAt}. */
    String at(int offset) {
      if (offset < from || offset >= to) {
        TextSegment s = passage.segmentAt(offset);
        if (s == null) {
          from = offset;
          to = offset + 1;
          lang = TextSegment.UNDETERMINED;
        } else {
          from = s.start();
          to = s.end();
          lang = s.lang();
        }
      }
      return lang;
    }
  }

  /** Skips at most {@code max} whitespace chars (incl. no-break and ideographic spaces). */
  static int skipSpaces(String t, int k, int max) {
    int j = k;
    while (j < t.length() && j - k < max && (Character.isWhitespace(t.charAt(j)) || t.charAt(j) == '\u00A0'
        || t.charAt(j) == '\u202F' || t.charAt(j) == '\u3000')) {
      j++;
    }
    return j;
  }

  /** The offset before at most {@code max} whitespace chars that end at {@code k} (as {@link #skipSpaces}). */
  static int skipSpacesBack(String t, int k, int max) {
    int j = k;
    while (j > 0 && k - j < max && (Character.isWhitespace(t.charAt(j - 1)) || t.charAt(j - 1) == '\u00A0'
        || t.charAt(j - 1) == '\u202F' || t.charAt(j - 1) == '\u3000')) {
      j--;
    }
    return j;
  }

  /** True when {@code w} is written at {@code k}, case-insensitively, as a whole word if it is a word. */
  static boolean wordAt(String t, int k, String w) {
    if (k < 0 || !CaseFold.regionMatches(t, k, w)) {
      return false;
    }
    int e = k + w.length();
    return !Currencies.wordChar(w.charAt(w.length() - 1)) || e >= t.length() || !Currencies.wordChar(t.charAt(e));
  }

  /** True when the word {@code w} stands right before {@code k} (one or two spaces between). */
  static boolean wordBefore(String t, int k, String w) {
    int e = k;
    while (e > 0 && k - e < 2 && t.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e - w.length();
    return s >= 0 && e < k && CaseFold.regionMatches(t, s, w)
        && (s == 0 || !Currencies.wordChar(t.charAt(s - 1)));
  }

  /**
   * True when a number may start at {@code i}: a digit not glued to a word or another number
   * ("H200", "GPT-4", "235B-A22B" are not figures), a CJK numeral not inside another, or a number word.
   * After 数/几 ("several") a CJK unit is no number ("数千億ドル", "几十亿元" are no figures), nor are digits
   * after a 数 that does not end a word ("数10億円", but "指数89" is a number).
   */
  static boolean canStartNumber(String t, int i, String lang) {
    char c = t.charAt(i);
    char prev = i > 0 ? t.charAt(i - 1) : ' ';
    if (NumberParser.digit(c) >= 0) {
      if (NumberParser.digit(prev) >= 0 || Currencies.wordChar(prev) || "/=?&%#_@^".indexOf(prev) >= 0) {
        return false; // glued to a word, inside a URL or an id, or an exponent (10^400)
      }
      if (several(prev) && (i < 2 || Character.UnicodeScript.of(t.charAt(i - 2)) != Character.UnicodeScript.HAN)) {
        return false; // ja "数10億円": several billion yen
      }
      if ((prev == '-' || prev == '.' || prev == ',') && i > 1) {
        char pp = t.charAt(i - 2);
        return !(Currencies.wordChar(pp) || NumberParser.digit(pp) >= 0);
      }
      return true;
    }
    if (NumberParser.cjkDigit(c) >= 0 || NumberParser.cjkSmallUnit(c) > 0) {
      return NumberParser.cjkDigit(prev) < 0 && NumberParser.cjkSmallUnit(prev) == 0
          && NumberParser.cjkBigUnit(prev) == 0 && NumberParser.digit(prev) < 0
          && !(several(prev) && NumberParser.cjkSmallUnit(c) > 0);
    }
    return Currencies.wordChar(c) && !Currencies.wordChar(prev);
  }

  /** 数/數/几/幾: "several" before a unit ("数千億", "几十亿"). */
  private static boolean several(char c) {
    return c == '数' || c == '數' || c == '几' || c == '幾';
  }

  /** Skips the Latin/Cyrillic word at {@code i}, or one char. */
  static int skipWord(String t, int i) {
    if (!Currencies.wordChar(t.charAt(i))) {
      return i + 1;
    }
    int j = i + 1;
    while (j < t.length() && Currencies.wordChar(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /** True when the text right after a number continues it as another figure (a unit, %, a digit). */
  static boolean continuesAsFigure(String t, int k) {
    if (k >= t.length()) {
      return false;
    }
    char c = t.charAt(k);
    return NumberParser.digit(c) >= 0 || c == '%' || c == '％' || Currencies.wordChar(c);
  }
}
