package newsfacts.extract.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import newsfacts.extract.Span;
import newsfacts.extract.lexicon.ModelEntry;

/**
 * Names shaped like a model's that no lexicon knows ("Quorra-2-Instruct", "Lumo-Zorg 2", "Lightblue-8B",
 * "Instella-Math 2"). The linker asks for them only where a benchmark score has no model: there, a name of
 * this shape standing before the value is the model that scored. Elsewhere a shape is not evidence enough
 * ("Covid-19", "Top-10", "MI355X").
 *
 * <p>A name is a head word starting with an ASCII capital, made of letters, digits and {@code . +} joined by
 * hyphens, then up to three parts after single spaces: a version ("2", "3.5", "70B"; a bare number only as
 * the name's first digits) or a tier word ("Instruct", "Pro"). It must hold a digit, and its head must be shaped: hyphenated ("Lumo-Zorg"), or
 * letters and digits with a lower-case letter ("Phi4"). A plain capitalised word with a version ("Velvet 2")
 * counts only right after a model word ("het taalmodel Velvet 2", "モデル「Velvet 2」"). Not names: heads
 * in capitals without a hyphen (chips and periods: "H200", "MI355X", "FY2025"), heads whose first part is a
 * counting or standards word ({@link #NOT_NAMES}: "Top-10", "Covid-19", "HBM-4"), names right before or after a
 * chip word ("MI355X hardware", "GPU B30A") or before a test word ("BFCL-v3 benchmark"), years as versions,
 * and metric names.
 */
final class ModelNames {
  private ModelNames() {}

  /** Tier words that continue a name after a space ("Quorra 2 Instruct", "Lumo-Zorg 2 Pro"). */
  private static final Set<String> TIERS = Set.of("Instruct", "Pro", "Max", "Mini", "Flash", "Turbo", "Ultra",
      "Plus", "Chat", "Lite", "Nano", "Base", "Coder", "Math", "Reasoning", "Thinking", "Preview", "Large",
      "Medium", "Small", "Vision", "VL");

  /** First parts of a hyphenated head that make a count, a period or a standard, not a name (lower case). */
  private static final Set<String> NOT_NAMES = Set.of("top", "tier", "level", "stufe", "phase", "fase", "stage",
      "series", "serie", "covid", "sars", "class", "klasse", "type", "typ", "round", "ronde", "runde", "gen",
      "generation", "fy", "h1", "h2", "q1", "q2", "q3", "q4", "iso", "din", "en", "ieee", "pci", "pcie", "usb",
      "ddr", "lpddr", "hbm", "gddr", "wi", "wifi", "lte", "euv", "duv", "nm", "industrie", "industry", "web",
      "windows", "android", "ios", "iphone", "mp", "ml", "g", "a", "b", "c", "d", "e", "f", "x", "y", "z");

  /** Words of chips and hardware: a name right before or after one is a chip ("MI355X hardware"). */
  private static final String[] CHIP_WORDS = {"hardware", "chip", "gpu", "accelerator", "processor", "prozessor",
      "beschleuniger", "grafikkarte", "server", "чип", "процессор", "ускорител", "芯片", "晶片", "チップ",
      "プロセッサ", "npu", "tpu", "asic", "soc"};

  /** Words of a test right after a name: the name is a benchmark's ("BFCL-v3 test", "Tau2-Bench-Benchmark"). */
  private static final String[] TEST_WORDS = {"test", "benchmark", "bench", "тест", "бенчмарк", "テスト",
      "ベンチマーク", "测试", "測試", "基准", "評価"};

  /** Words for a model, ending right before a plain name ("taalmodel Velvet 2", "Sprachmodell", "モデル"). */
  private static final String[] MODEL_WORDS = {"model", "modell", "модель", "модели", "llm", "模型", "モデル"};

  /**
   * The names in {@code [from, to)} of {@code t}, in text order, that lie on free text ({@code free} is true
   * for every char of the name) and are not {@code metric}'s names ({@code metricKeys}, as {@link #key}).
   */
  static List<Span> find(String t, int from, int to, IntPredicate free, Set<String> metricKeys) {
    List<Span> out = new ArrayList<>();
    int i = Math.max(0, from);
    while (i < to) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z') || (i > 0 && wordChar(t.charAt(i - 1)))) {
        i++;
        continue;
      }
      Span name = nameAt(t, i, to);
      if (name == null) {
        i = skipWord(t, i, to);
        continue;
      }
      if (allFree(name, free) && !metricKeys.contains(key(t.substring(name.start(), name.end())))
          && !chipNear(t, name) && !wordAfter(t, name, TEST_WORDS)) {
        out.add(name);
      }
      i = name.end();
    }
    return out;
  }

  /** The matching key of a name or metric alias: lower case, letters and digits only ("AIME 2025" = "aime2025"). */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = Character.toLowerCase(s.charAt(k));
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The canonical id of a name ({@link ModelEntry#idOf}: "Lumo-Zorg 2" is {@code lumo-zorg-2}). */
  static String id(String name) {
    return ModelEntry.idOf(name);
  }

  /** The name starting at {@code i} (an ASCII capital at a word start) and ending by {@code to}, or null. */
  private static Span nameAt(String t, int i, int to) {
    int j = i;
    boolean hyphen = false;
    boolean digit = false;
    boolean lower = false;
    while (j < to) {
      char c = t.charAt(j);
      if (asciiLetter(c) || digit(c) || c == '+') {
        digit |= digit(c);
        lower |= c >= 'a' && c <= 'z';
        j++;
      } else if ((c == '-' || c == '.') && j + 1 < to && (asciiLetter(t.charAt(j + 1)) || digit(t.charAt(j + 1)))) {
        hyphen |= c == '-';
        j++;
      } else {
        break;
      }
    }
    if (j < t.length() && wordChar(t.charAt(j))) {
      return null; // runs on into a letter of another alphabet: "Württemberg", "Zukunfts-KI" are words
    }
    String head = t.substring(i, j);
    int dash = head.indexOf('-');
    String first = (dash < 0 ? head : head.substring(0, dash)).toLowerCase(Locale.ROOT);
    if (hyphen && NOT_NAMES.contains(first)) {
      return null;
    }
    boolean shaped = hyphen || (digit && lower);
    if (!shaped && (digit || !lower)) {
      return null; // "H200", "MI355X", "FY2025", "GPU"
    }
    int end = j;
    int parts = 0;
    while (parts < 3 && end + 1 < to && t.charAt(end) == ' ') {
      int e = partEnd(t, end + 1, to);
      if (e < 0) {
        break;
      }
      boolean number = digit(t.charAt(end + 1));
      if (number && digit && digit(t.charAt(e - 1))) {
        break; // a bare number after a version is a figure: "Mistral-8B 71", "Lumo-Zorg 2 78"
      }
      digit |= number;
      end = e;
      parts++;
    }
    if (!digit || end - i < 3) {
      return null;
    }
    if (!shaped && !afterModelWord(t, i)) {
      return null; // "Windows 11", "Juni 2025": a plain word with a number is a name only as a model word's
    }
    return new Span(i, end);
  }

  /**
   * The end of a name part starting at {@code k}: a version of at most three digits before any dot ("2",
   * "3.5", "70B"; not a year, not the "78" of "78,4") or a tier word; -1 for neither.
   */
  private static int partEnd(String t, int k, int to) {
    int e = k;
    if (digit(t.charAt(k))) {
      while (e < to && digit(t.charAt(e))) {
        e++;
      }
      if (e - k > 3) {
        return -1;
      }
      while (e + 1 < to && t.charAt(e) == '.' && digit(t.charAt(e + 1))) {
        e++;
        while (e < to && digit(t.charAt(e))) {
          e++;
        }
      }
      while (e < to && e - k < 8 && asciiLetter(t.charAt(e))) {
        e++;
      }
      if (e < to && (wordChar(t.charAt(e)) || t.charAt(e) == ',' && e + 1 < to && digit(t.charAt(e + 1))
          || t.charAt(e) == '%')) {
        return -1; // "78,4", "2025年", "40%"
      }
      return e;
    }
    while (e < to && asciiLetter(t.charAt(e))) {
      e++;
    }
    if (e < t.length() && wordChar(t.charAt(e))) {
      return -1;
    }
    return TIERS.contains(t.substring(k, e)) ? e : -1;
  }

  /** True when a model word ends right before {@code i}, past spaces and opening quotes. */
  private static boolean afterModelWord(String t, int i) {
    int k = i;
    while (k > 0 && " 「『“\"„«'‘(（".indexOf(t.charAt(k - 1)) >= 0) {
      k--;
    }
    for (String w : MODEL_WORDS) {
      if (k >= w.length() && t.regionMatches(true, k - w.length(), w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when one of {@code words} follows the name, past spaces and a hyphen. */
  private static boolean wordAfter(String t, Span name, String[] words) {
    int a = name.end();
    while (a < t.length() && (t.charAt(a) == ' ' || t.charAt(a) == '-' || t.charAt(a) == '」')) {
      a++;
    }
    for (String w : words) {
      if (t.regionMatches(true, a, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when the word right before or right after the name is a chip word ("MI355X hardware", "GPU B30A"). */
  private static boolean chipNear(String t, Span name) {
    if (wordAfter(t, name, CHIP_WORDS)) {
      return true;
    }
    int b = name.start();
    while (b > 0 && t.charAt(b - 1) == ' ') {
      b--;
    }
    for (String w : CHIP_WORDS) {
      if (b >= w.length() && t.regionMatches(true, b - w.length(), w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} is a whole word of {@code t}: no letter or digit a name cannot run into on either side. */
  static boolean bounded(String t, Span s) {
    return (s.start() == 0 || !wordChar(t.charAt(s.start() - 1)))
        && (s.end() == t.length() || !(wordChar(t.charAt(s.end())) || t.charAt(s.end()) == '-'
        || t.charAt(s.end()) == '.' && s.end() + 1 < t.length() && digit(t.charAt(s.end() + 1))));
  }

  private static boolean allFree(Span s, IntPredicate free) {
    for (int k = s.start(); k < s.end(); k++) {
      if (!free.test(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skipWord(String t, int i, int to) {
    int k = i;
    while (k < to && (wordChar(t.charAt(k)) || t.charAt(k) == '-')) {
      k++;
    }
    return Math.max(k, i + 1);
  }

  /** Metric name keys ({@link #key}) of every alias. */
  static Set<String> keys(List<String> aliases) {
    Set<String> out = new HashSet<>();
    for (String a : aliases) {
      out.add(key(a));
    }
    return out;
  }

  /**
   * A letter or digit a name cannot run into: Latin, Cyrillic, digits. Chinese and Japanese run on into a
   * Latin name without a space ("「Qwen3-32B」の", "GPT-5は"), so their letters end one.
   */
  private static boolean wordChar(char c) {
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HIRAGANA
        && s != Character.UnicodeScript.KATAKANA;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
