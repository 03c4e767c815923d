package newsfacts.lang;

/**
 * Letters per script in a stretch of text, and the Han cues among them. One pass, no allocation per char.
 *
 * <p>Shares are <em>weighted</em>: a Han, kana or Hangul character carries about as much text as two Latin or
 * Cyrillic letters, so it counts {@value #CJK_WEIGHT} times. Without the weight a Japanese sentence naming
 * three Western companies ({@code AlibabaはQWENシリーズ...}) would look half Latin.
 */
final class ScriptProfile {
  static final int CJK_WEIGHT = 2;

  private final int[] letters = new int[Script.values().length];
  private int japaneseCues;
  private int chineseCues;

  private ScriptProfile() {}

  /** The profile of {@code text[start, end)}; web addresses are skipped (see {@link #skipUrl}). */
  static ScriptProfile of(CharSequence text, int start, int end) {
    ScriptProfile p = new ScriptProfile();
    for (int i = start; i < end; ) {
      int url = skipUrl(text, i, end);
      if (url > i) {
        i = url;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      Script s = Script.of(cp);
      p.letters[s.ordinal()]++;
      if (s == Script.HAN) {
        if (HanCues.japanese(cp)) {
          p.japaneseCues++;
        } else if (HanCues.chinese(cp)) {
          p.chineseCues++;
        }
      }
    }
    return p;
  }

  /**
   * The end of the web address starting at {@code i} ({@code http://}, {@code https://} or {@code www.} up
   * to the next whitespace), or {@code i} when none starts there. Addresses are Latin whatever the language
   * around them, so they neither count as letters nor go to Lingua.
   */
  static int skipUrl(CharSequence text, int i, int end) {
    char c = text.charAt(i);
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
      return i; // asked at every char: most are answered here
    }
    if (!(startsWith(text, i, end, "http://") || startsWith(text, i, end, "https://")
        || startsWith(text, i, end, "www."))) {
      return i;
    }
    int j = i;
    while (j < end && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean startsWith(CharSequence text, int i, int end, String prefix) {
    if (end - i < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Letters (code points) of {@code script}; {@link Script#NONE} counts non-letters. */
  int letters(Script script) {
    return letters[script.ordinal()];
  }

  /** Han plus kana letters. */
  int cjkLetters() {
    return letters(Script.HAN) + letters(Script.KANA);
  }

  int japaneseCues() {
    return japaneseCues;
  }

  int chineseCues() {
    return chineseCues;
  }

  /** The weighted letter count of one script group, see the class comment. */
  int weight(Group group) {
    return switch (group) {
      case LATIN -> letters(Script.LATIN);
      case CYRILLIC -> letters(Script.CYRILLIC);
      case CJK -> CJK_WEIGHT * cjkLetters();
      case HANGUL -> CJK_WEIGHT * letters(Script.HANGUL);
      case OTHER -> letters(Script.OTHER);
    };
  }

  /** The sum of {@link #weight} over every group; 0 when the text has no letters. */
  int totalWeight() {
    int sum = 0;
    for (Group g : Group.values()) {
      sum += weight(g);
    }
    return sum;
  }

  /** The group with the largest weight (the first in declaration order on a tie). */
  Group dominant() {
    Group best = Group.LATIN;
    for (Group g : Group.values()) {
      if (weight(g) > weight(best)) {
        best = g;
      }
    }
    return best;
  }

  /** The dominant group's share of the weighted letters, 0 when there are none. */
  double dominantShare() {
    int total = totalWeight();
    return total == 0 ? 0 : (double) weight(dominant()) / total;
  }

  /** Scripts grouped the way the decision needs them: Han and kana together, since kana marks Japanese. */
  enum Group {
    LATIN,
    CYRILLIC,
    CJK,
    HANGUL,
    OTHER
  }
}
