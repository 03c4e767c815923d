package newsfacts.extract.lexicon;

import java.text.Normalizer;

/**
 * The one normalization under which two spellings of a name are "the same alias", applied alike to
 * lexicon aliases and to article text. Each normalized char keeps the original char range it came
 * from, so a match on normalized text maps back to exact original offsets.
 *
 * <p>Per code point, in this order:
 * <ol>
 *   <li>whitespace (any kind but line breaks) and symbols such as {@code ✴ ®} become a space;
 *       line breaks stay {@code \n} and are never crossed;
 *   <li>every dash ({@code ‐ ‑ ‒ – — −}, full-width) becomes {@code -}; apostrophes ({@code ’ ‘ ʼ})
 *       become {@code '};
 *   <li>anything else is NFKC-normalized (full-width to half-width, ligatures, compatibility forms) and
 *       lower-cased per code point ({@link Character#toLowerCase(int)}); {@code ё} folds to {@code е}
 *       and final {@code ς} to {@code σ}.
 * </ol>
 * A base char followed by combining marks is normalized as one cluster, so a decomposed {@code é}
 * ({@code e} + U+0301) equals the composed one and maps back to both chars.
 * Then every run of spaces, dashes and underscores that has a letter or digit on both sides is dropped,
 * so {@code Kimi K2}, {@code Kimi-K2} and {@code KIMI K2} all become {@code kimik2} and
 * {@code Doubao1.5Pro} equals {@code Doubao 1.5 Pro}; any other run collapses to its first char.
 * Dots are kept ({@code Z.ai}, {@code Qwen2.5}). Linear time; thread-safe (stateless).
 */
public final class TextNormalizer {
  /**
   * Folded forms of BMP chars, filled on first use (computing all 65536 up front costs a second at
   * start-up). Racing threads store equal immutable strings, so the benign race needs no lock.
   */
  private static final String[] BMP = new String[0x10000];
  /**
   * The folded char of every BMP char that is no separator and folds to exactly one char, 0 when not
   * (yet) known: ASCII filled up front, the rest on first use (the same benign race as {@link #BMP}). One
   * read per char instead of a code point, a separator test and a string lookup.
   */
  private static final char[] SINGLE = new char[0x10000];

  static {
    for (char c = 1; c < 0x80; c++) {
      if (!isSeparator(c)) {
        SINGLE[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
    }
  }

  /** Separator class of BMP chars, filled on first use: 0 not yet known, 1 separator, 2 not. */
  private static final byte[] SEPARATOR = new byte[0x10000];

  private TextNormalizer() {}

  /**
   * Normalized text with its map back to the original.
   *
   * @param text the normalized chars
   * @param starts for each normalized char, the original offset of the code point it came from
   * @param ends for each normalized char, the original offset after that code point (or after the run of
   *     separators it stands for)
   */
  public record Normalized(String text, int[] starts, int[] ends) {
    /** Original start of the normalized range starting at {@code from}. */
    public int originalStart(int from) {
      return starts[from];
    }

    /** Original end of the normalized range ending (exclusive) at {@code to}. */
    public int originalEnd(int to) {
      return ends[to - 1];
    }

    /**
     * True when {@code [from, to)} starts and ends on code point edges of the original: no half of a
     * multi-char expansion (NFKC {@code ㍿} to {@code 株式会社}) is cut off.
     */
    public boolean alignedAt(int from, int to) {
      return (from == 0 || starts[from - 1] != starts[from])
          && (to == starts.length || starts[to] != starts[to - 1]);
    }
  }

  /**
   * The normalized form of an alias (no offsets kept). Leading and trailing spaces, dashes and
   * underscores are dropped: a family prefix written {@code DeepSeek-} is the key {@code deepseek}.
   */
  public static String key(String alias) {
    String t = normalize(alias).text();
    int a = 0;
    int b = t.length();
    while (a < b && " -_".indexOf(t.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && " -_".indexOf(t.charAt(b - 1)) >= 0) {
      b--;
    }
    return t.substring(a, b);
  }

  /** Normalizes {@code s}, keeping the offset map. */
  public static Normalized normalize(CharSequence s) {
    int n = s.length();
    char[] out = new char[n + 16];
    int[] starts = new int[n + 16];
    int[] ends = new int[n + 16];
    int len = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      char single = SINGLE[c];
      if (single != 0 && (i + 1 == n || !isMark(s.charAt(i + 1)))) {
        // fast path (nearly every char of every text): one char in, one folded char out
        if (len + 1 >= starts.length) {
          starts = grow(starts);
          ends = grow(ends);
          out = java.util.Arrays.copyOf(out, starts.length);
        }
        out[len] = single;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
        i++;
        continue;
      }
      int cp = Character.codePointAt(s, i);
      int next = i + Character.charCount(cp);
      String f;
      int to;
      if (isSeparator(cp)) {
        // A separator run: drop it between two alnums, otherwise collapse it to one char.
        int runEnd = next;
        char first = separatorChar(cp);
        while (runEnd < n) {
          int c2 = Character.codePointAt(s, runEnd);
          if (!isSeparator(c2)) {
            break;
          }
          runEnd += Character.charCount(c2);
        }
        boolean before = len > 0 && Character.isLetterOrDigit(out[len - 1]);
        boolean after = runEnd < n && startsWithAlnum(s, runEnd);
        f = before && after ? "" : first == '_' ? "_" : first == '-' ? "-" : " ";
        to = runEnd;
      } else if (next < n && isMark(s.charAt(next))) {
        // A base char with combining marks ("e" + U+0301): NFKC composes the cluster as a whole.
        int j = next;
        while (j < n && isMark(s.charAt(j))) {
          j++;
        }
        f = foldCluster(s.subSequence(i, j).toString());
        to = j;
      } else {
        f = fold(cp);
        to = next;
        if (f.length() == 1 && f.charAt(0) != 0 && cp < 0x10000 && !Character.isSurrogate((char) cp)) {
          SINGLE[cp] = f.charAt(0); // next time by the fast path
        }
      }
      while (len + f.length() >= starts.length) {
        starts = grow(starts);
        ends = grow(ends);
        out = java.util.Arrays.copyOf(out, starts.length);
      }
      for (int k = 0; k < f.length(); k++) {
        out[len] = f.charAt(k);
        starts[len] = i;
        ends[len] = to;
        len++;
      }
      i = to;
    }
    return new Normalized(new String(out, 0, len), java.util.Arrays.copyOf(starts, len),
        java.util.Arrays.copyOf(ends, len));
  }

  private static boolean startsWithAlnum(CharSequence s, int i) {
    int cp = Character.codePointAt(s, i);
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'); // folds to itself
    }
    String f = fold(cp);
    return !f.isEmpty() && Character.isLetterOrDigit(f.codePointAt(0));
  }

  private static int[] grow(int[] a) {
    return java.util.Arrays.copyOf(a, a.length * 2 + 16);
  }

  /** True for chars that separate words inside a name: spaces, dashes, underscores, symbols. */
  private static boolean isSeparator(int cp) {
    if (cp == ' ' || cp == '-' || cp == '_' || cp == '\t') {
      return true;
    }
    if (cp < 0x80) {
      return false;
    }
    if (cp < 0x10000) {
      byte known = SEPARATOR[cp];
      if (known == 0) {
        known = computeSeparator(cp) ? (byte) 1 : (byte) 2;
        SEPARATOR[cp] = known;
      }
      return known == 1;
    }
    return computeSeparator(cp);
  }

  private static boolean computeSeparator(int cp) {
    if (cp == '\n' || cp == '\r') {
      return false;
    }
    int t = Character.getType(cp);
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || t == Character.DASH_PUNCTUATION
        || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D) {
      return true;
    }
    // A symbol such as ✴ ® ™ is a separator, unless NFKC makes letters of it (㍿ = 株式会社).
    // U+FFFD (a decoding failure) is not: "i\uFFFDd\uFFFDc" must not read as "idc".
    return t == Character.OTHER_SYMBOL && cp != 0xFFFD && fold(cp).chars().noneMatch(Character::isLetterOrDigit);
  }

  private static char separatorChar(int cp) {
    if (cp == '_') {
      return '_';
    }
    int t = Character.getType(cp);
    return cp == '-' || t == Character.DASH_PUNCTUATION || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D ? '-' : ' ';
  }

  /** The folded form of one (non-separator) code point. */
  private static String fold(int cp) {
    if (cp < 0x80) {
      return ASCII[cp];
    }
    if (cp < 0x10000) {
      String f = BMP[cp];
      if (f == null) {
        f = foldSlow(cp);
        BMP[cp] = f;
      }
      return f;
    }
    return foldSlow(cp);
  }

  private static final String[] ASCII = new String[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII[c] = String.valueOf(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c);
    }
  }

  /** A combining mark of the BMP (marks outside it are left to the per-char path). */
  private static boolean isMark(char c) {
    return MARKS[c];
  }

  /** {@link #isMark} of every BMP char (asked after every char of every text), worked out once. */
  private static final boolean[] MARKS = new boolean[0x10000];

  static {
    for (int c = 0x0300; c < 0x10000; c++) {
      MARKS[c] = Character.getType(c) == Character.NON_SPACING_MARK;
    }
  }

  private static String foldCluster(String cluster) {
    String nfkc = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(c -> {
      int l = Character.toLowerCase(c);
      b.appendCodePoint(l == 0x0451 ? 0x0435 : l == 0x03C2 ? 0x03C3 : l);
    });
    return b.toString();
  }

  private static String foldSlow(int cp) {
    switch (cp) {
      case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4, 0x2032 -> {
        return "'";
      }
      case 0x0451, 0x0401 -> {
        return "е";
      }
      case 0x03C2 -> {
        return "σ";
      }
      default -> { }
    }
    return foldCluster(new String(Character.toChars(cp)));
  }
}
