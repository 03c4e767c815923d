package newsfacts.extract.entity;

import java.util.Locale;
import java.util.Map;

/**
 * Reads the version written after a family prefix: {@code Qwen|3.5-Max}, {@code GLM|-5},
 * {@code DeepSeek| V3.2}, {@code ERNIE| 4.0ターボ}. A hand-written scanner, linear in what it reads:
 *
 * <pre>
 *   tail    := sep? version (sep? suffix)* | sep tier sep version (sep? suffix)*
 *   version := letter? digit{1,2} ('.' digit{1,2})* ('o')?      (a letter-less version has at most 2 digits
 *                                                              before the dot, so "DeepSeek 2025" is no version;
 *                                                              one followed by a decimal comma or "%" is a figure)
 *   tier    := a word of TIERS (Medium, Sonnet, Pro, Flash, Thinking...) before the version: "Mistral| Medium 3.1"
 *   suffix  := a word of SUFFIXES (Max, Pro, Turbo, Mini, ターボ...) | digits ('.' digits)? [kbm] (16K, 70B)
 *   and last, optionally, a bracketed variant of BRACKETED: "FLUX.2 [pro]"
 *   sep     := one space or dash
 * </pre>
 * The id part is the lower-cased version and suffixes joined by {@code -} ({@code 3.5-max}); katakana
 * suffixes are written in Latin ({@code ターボ} = {@code turbo}). A tier word comes first in the id part
 * ({@code medium-3.1}); {@link Tail#reordered()} has it after the version ({@code 3.7-sonnet}), the order of
 * ids like {@code claude-3.7-sonnet}, for the extractor to try when the first order is not in the lexicon.
 */
final class VersionTail {
  /** Words that may follow a version, with the Latin form used in ids. */
  static final Map<String, String> SUFFIXES = Map.ofEntries(
      Map.entry("max", "max"), Map.entry("pro", "pro"), Map.entry("plus", "plus"), Map.entry("turbo", "turbo"),
      Map.entry("mini", "mini"), Map.entry("nano", "nano"), Map.entry("flash", "flash"), Map.entry("lite", "lite"),
      Map.entry("ultra", "ultra"), Map.entry("large", "large"), Map.entry("medium", "medium"),
      Map.entry("small", "small"), Map.entry("preview", "preview"), Map.entry("instruct", "instruct"),
      Map.entry("chat", "chat"), Map.entry("coder", "coder"), Map.entry("vl", "vl"), Map.entry("omni", "omni"),
      Map.entry("speciale", "speciale"), Map.entry("thinking", "thinking"), Map.entry("reasoner", "reasoner"),
      Map.entry("exp", "exp"), Map.entry("air", "air"), Map.entry("zero", "zero"), Map.entry("sonnet", "sonnet"),
      Map.entry("opus", "opus"), Map.entry("haiku", "haiku"), Map.entry("base", "base"), Map.entry("prime", "prime"),
      Map.entry("ターボ", "turbo"), Map.entry("プロ", "pro"), Map.entry("ミニ", "mini"), Map.entry("マックス", "max"),
      Map.entry("プラス", "plus"));

  /** Words that may stand between a family prefix and its version ("Mistral Medium 3.1", "Claude Sonnet 3.7"). */
  static final java.util.Set<String> TIERS = java.util.Set.of("medium", "small", "large", "pro", "flash", "mini",
      "nano", "lite", "ultra", "sonnet", "opus", "haiku", "max", "plus", "turbo", "thinking", "vl", "omni", "coder", "vision");

  /**
   * A version found after a prefix.
   *
   * @param end original offset after the tail
   * @param idPart the id suffix ({@code 3.5-max}, {@code medium-3.1})
   * @param reordered for a tier word before the version, the id suffix with the tier after the version
   *     ({@code 3.1-medium}); null otherwise
   */
  record Tail(int end, String idPart, String reordered) {
    Tail(int end, String idPart) {
      this(end, idPart, null);
    }

    /**
     * True when the version has a dot ("3.1"), is one digit ("Mistral Large 3", "Cotype Pro 2") or two digits
     * from 0 ("VL-02"): after a tier word, another number of two digits is more likely a count ("Claude Pro 20").
     */
    boolean versionLike() {
      String v = reordered != null ? reordered : idPart;
      int dash = v.indexOf('-');
      String number = dash < 0 ? v : v.substring(0, dash);
      return number.indexOf('.') >= 0 || (number.length() == 1 && Character.isDigit(number.charAt(0)))
          || (number.length() == 2 && number.charAt(0) == '0'); // "MiniMax-VL-02": no count starts with 0
    }
  }

  private VersionTail() {}

  /** The version tail starting at {@code from}, or null when none is written there. */
  static Tail read(String text, int from) {
    return read(text, from, true);
  }

  /** As {@link #read(String, int)}; with {@code spaced} false a space may not precede the version. */
  static Tail read(String text, int from, boolean spaced) {
    Tail t = version(text, from, spaced);
    return t != null || !spaced ? t : tiered(text, from);
  }

  /**
   * "Mistral| Medium 3.1", "ELYZA|-Thinking 2.0": a space or dash, a tier word, a space or dash, then a version
   * and its suffixes.
   */
  private static Tail tiered(String text, int from) {
    boolean dashed = from > 0 && text.charAt(from - 1) == '-'; // a prefix ending in a dash: "MiniMax-|VL-02"
    if (from >= text.length() || (!isSep(text.charAt(from)) && !dashed)) {
      return null;
    }
    int first = isSep(text.charAt(from)) ? from + 1 : from;
    int k = first;
    while (k < text.length() && k - from <= 8 && isAsciiLetter(text.charAt(k))) {
      k++;
    }
    String tier = text.substring(first, k).toLowerCase(Locale.ROOT);
    if (!TIERS.contains(tier) || k >= text.length() || !isSep(text.charAt(k))) {
      return null;
    }
    Tail v = version(text, k, true);
    if (v == null) {
      return null;
    }
    int dash = v.idPart().indexOf('-');
    String number = dash < 0 ? v.idPart() : v.idPart().substring(0, dash);
    String rest = dash < 0 ? "" : v.idPart().substring(dash);
    return new Tail(v.end(), tier + "-" + v.idPart(), number + "-" + tier + rest);
  }

  private static Tail version(String text, int from, boolean spaced) {
    int i = from;
    if (i < text.length() && isSep(text.charAt(i)) && (spaced || !Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    int v = i;
    if (i < text.length() && isAsciiLetter(text.charAt(i)) && i + 1 < text.length()
        && isDigit(text.charAt(i + 1))) {
      i++;
    }
    boolean lettered = i > v;
    int d = digits(text, i);
    if (d == 0 || (!lettered && d > 2) || d > 3) {
      return null;
    }
    i += d;
    while (i + 1 < text.length() && text.charAt(i) == '.' && digits(text, i + 1) > 0 && digits(text, i + 1) <= 2) {
      i += 1 + digits(text, i + 1);
    }
    if (i + 1 < text.length() && (text.charAt(i) == ',' && isDigit(text.charAt(i + 1)))
        || i < text.length() && text.charAt(i) == '%') {
      return null; // a figure, not a version: "GPT-NL 61,8 punten", "Qwen 61%"
    }
    if (i < text.length() && (text.charAt(i) == 'o') && !Scripts.wordAt(text, i + 1)) {
      i++;
    }
    StringBuilder id = new StringBuilder(text.substring(v, i).toLowerCase(Locale.ROOT));
    int end = i;
    while (true) {
      int j = end;
      if (j < text.length() && isSep(text.charAt(j))) {
        j++;
      }
      int w = suffixEnd(text, j);
      if (w < 0) {
        break;
      }
      String word = text.substring(j, w).toLowerCase(Locale.ROOT);
      id.append('-').append(SUFFIXES.getOrDefault(word, word));
      end = w;
    }
    if (Scripts.wordAt(text, end) && !Scripts.isCjk(text.codePointAt(end))) {
      return null;
    }
    int b = bracketEnd(text, end);
    if (b > end) { // "FLUX.2 [pro]"
      id.append('-').append(text, text.indexOf('[', end) + 1, b - 1);
      end = b;
    }
    return new Tail(end, id.toString());
  }

  /** Variant words written in brackets after a version: "FLUX.2 [pro]", "FLUX.1 [schnell]". */
  static final java.util.Set<String> BRACKETED = java.util.Set.of("pro", "dev", "flex", "max", "schnell", "klein");

  /** After a bracketed variant (" [pro]", lower case) at {@code k}, else {@code k}. */
  private static int bracketEnd(String text, int k) {
    int j = k < text.length() && text.charAt(k) == ' ' ? k + 1 : k;
    if (j >= text.length() || text.charAt(j) != '[') {
      return k;
    }
    int close = text.indexOf(']', j);
    return close > j + 1 && close - j <= 8 && BRACKETED.contains(text.substring(j + 1, close)) ? close + 1 : k;
  }

  /** End of a suffix word starting at {@code j}, or -1. */
  private static int suffixEnd(String text, int j) {
    int k = j;
    if (k < text.length() && isDigit(text.charAt(k))) {
      k += digits(text, k);
      if (k + 1 < text.length() && text.charAt(k) == '.' && isDigit(text.charAt(k + 1))) {
        k += 1 + digits(text, k + 1);
      }
      if (k < text.length() && "kKbBmM".indexOf(text.charAt(k)) >= 0 && !Scripts.wordAt(text, k + 1)) {
        return k + 1;
      }
      return -1;
    }
    if (k < text.length() && isKatakana(text.charAt(k))) {
      // Katakana runs on without spaces ("ターボモデル"): a suffix word is a prefix of the run.
      for (String word : SUFFIXES.keySet()) {
        if (isKatakana(word.charAt(0)) && text.startsWith(word, k)) {
          return k + word.length();
        }
      }
      return -1;
    }
    while (k < text.length() && k - j < 10 && isAsciiLetter(text.charAt(k))) {
      k++;
    }
    if (k == j || Scripts.wordAt(text, k)) {
      return -1;
    }
    String word = text.substring(j, k);
    return SUFFIXES.containsKey(word.toLowerCase(Locale.ROOT)) || CAPITALISED_SUFFIXES.contains(word) ? k : -1;
  }

  /**
   * Suffixes that are also common words ("runs fast", German "fast" = almost, "super"): a suffix only when
   * capitalised ("Grok 4.1 Fast", "Nemotron 3 Super").
   */
  static final java.util.Set<String> CAPITALISED_SUFFIXES = java.util.Set.of("Fast", "Super", "Lightning");

  private static int digits(String text, int i) {
    int k = i;
    while (k < text.length() && isDigit(text.charAt(k))) {
      k++;
    }
    return k - i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isKatakana(char c) {
    return (c >= '\u30A0' && c <= '\u30FF');
  }

  private static boolean isSep(char c) {
    return c == ' ' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u00A0';
  }
}
