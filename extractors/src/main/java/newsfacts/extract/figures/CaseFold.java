package newsfacts.extract.figures;

/**
 * Case-insensitive comparison of one char with another exactly as {@link String#regionMatches(boolean, int,
 * String, int, int)} with {@code ignoreCase} does it, from a table built once. The JDK folds both chars
 * through {@link Character#toUpperCase(int)} and {@link Character#toLowerCase(int)} at every call, and the
 * figure extractors ask that at nearly every position of every text (is a currency, a range word, a
 * hedge written here?): most positions are rejected at their first char, which here costs one array read.
 *
 * <p>Two chars match when {@code toLowerCase(toUpperCase(c))} is the same for both (the JDK's rule: equal
 * upper cases, or equal lower cases of the upper cases). Words compared here hold no surrogates, and no
 * supplementary code point has a case mapping into the BMP, so a surrogate in the text matches nothing, as
 * in the JDK.
 */
final class CaseFold {
  /** {@code toLowerCase(toUpperCase(c))} of every BMP char; int, since the JDK compares ints. */
  private static final int[] FOLD = new int[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLD[c] = Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  private CaseFold() {}

  /** The folded form of {@code c}: two chars match case-insensitively when their folded forms are equal. */
  static int fold(char c) {
    return FOLD[c];
  }

  /** True when {@code a} and {@code b} are equal ignoring case. */
  static boolean same(char a, char b) {
    return a == b || FOLD[a] == FOLD[b];
  }

  /** {@code t.regionMatches(true, k, w, 0, w.length())}, without the JDK's per-char case mapping. */
  static boolean regionMatches(String t, int k, String w) {
    int len = w.length();
    if (k < 0 || k > t.length() - len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char a = t.charAt(k + i);
      char b = w.charAt(i);
      if (a != b && FOLD[a] != FOLD[b]) {
        return false;
      }
    }
    return true;
  }
}
