package newsfacts.extract.figures;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cardinal number words ("two", "thirteen", "forty-five", "eine", "siebenhundert", "achtundsiebzig",
 * "vijfenveertig", "двадцать", "десять"). German and Dutch compounds are split greedily into known parts.
 * Scale words ("million", "Milliarde") are left to {@link NumberParser}; "hundred/hundert/honderd/сто"
 * multiply. Words are read up to {@value #MAX_WORD} letters; longer words are not numbers.
 */
final class NumberWords {
  static final int MAX_WORD = 40;

  /** A number written in words. */
  record Word(int end, double value) {}

  private static final Map<String, Trie> WORDS = new HashMap<>();

  static {
    WORDS.put("en", map("zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11"
        + " twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19"
        + " twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100"
        + " thousand 1000"));
    WORDS.put("de", map("null 0 eins 1 ein 1 eine 1 einen 1 einem 1 einer 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6"
        + " sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16"
        + " siebzehn 17 achtzehn 18 neunzehn 19 zwanzig 20 dreißig 30 dreissig 30 vierzig 40 fünfzig 50"
        + " sechzig 60 siebzig 70 achtzig 80 neunzig 90 hundert 100 einhundert 100 tausend 1000"));
    WORDS.put("nl", map("nul 0 een 1 één 1 twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9 tien 10"
        + " elf 11 twaalf 12 dertien 13 veertien 14 vijftien 15 zestien 16 zeventien 17 achttien 18"
        + " negentien 19 twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70 tachtig 80"
        + " negentig 90 honderd 100 duizend 1000"));
    WORDS.put("ru", map("ноль 0 один 1 одна 1 одного 1 два 2 две 2 три 3 четыре 4 пять 5 шесть 6 семь 7"
        + " восемь 8 девять 9 десять 10 одиннадцать 11 двенадцать 12 тринадцать 13 четырнадцать 14"
        + " пятнадцать 15 шестнадцать 16 семнадцать 17 восемнадцать 18 девятнадцать 19 двадцать 20"
        + " тридцать 30 сорок 40 пятьдесят 50 шестьдесят 60 семьдесят 70 восемьдесят 80 девяносто 90"
        + " сто 100 двести 200 триста 300 четыреста 400 пятьсот 500 шестьсот 600 семьсот 700"
        + " восемьсот 800 девятьсот 900 тысяча 1000 тысячи 1000 тысяч 1000"
        // the oblique cases, as in "около двадцати процентов", "двух миллионов рублей"
        + " одной 1 двух 2 трёх 3 трех 3 четырёх 4 четырех 4 пяти 5 шести 6 семи 7 восьми 8 девяти 9 десяти 10"
        + " двенадцати 12 пятнадцати 15 двадцати 20 тридцати 30 сорока 40 пятидесяти 50 шестидесяти 60"
        + " семидесяти 70 восьмидесяти 80 девяноста 90 ста 100 двухсот 200 трёхсот 300 трехсот 300 пятисот 500"));
  }

  private static final Trie EN = WORDS.get("en");
  private static final Trie DE = WORDS.get("de");
  private static final Trie NL = WORDS.get("nl");
  private static final Trie RU = WORDS.get("ru");

  /** Words joining parts of one number: "und" (einundzwanzig), "en" (vijfenveertig), "and". */
  private static final Map<String, String> JOINERS = Map.of("de", "und", "nl", "en", "en", "and", "ru", "и");

  private static Trie map(String pairs) {
    String[] t = pairs.split(" ");
    Trie root = new Trie(0);
    for (int k = 0; k + 1 < t.length; k += 2) {
      root.put(t[k], Long.parseLong(t[k + 1]));
    }
    return root;
  }

  /**
   * One language's number words as a trie over lower-cased characters. Most words of a text start with
   * no number word at all: the trie rejects them at their first letters, where a map would be asked for
   * every prefix of every word.
   */
  private static final class Trie {
    private final int depth;
    private char[] chars = new char[0];
    private Trie[] kids = new Trie[0];
    private long value = -1; // the number of the word ending here, or -1

    Trie(int depth) {
      this.depth = depth;
    }

    void put(String word, long v) {
      Trie t = this;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        Trie next = t.child(c);
        if (next == null) {
          next = new Trie(t.depth + 1);
          t.chars = java.util.Arrays.copyOf(t.chars, t.chars.length + 1);
          t.kids = java.util.Arrays.copyOf(t.kids, t.kids.length + 1);
          t.chars[t.chars.length - 1] = c;
          t.kids[t.kids.length - 1] = next;
        }
        t = next;
      }
      t.value = v;
    }

    private Trie child(char c) {
      for (int k = 0; k < chars.length; k++) {
        if (chars[k] == c) {
          return kids[k];
        }
      }
      return null;
    }

    /** The longest word that {@code s[from, to)} starts with (compared lower-cased), or null. */
    Trie longest(CharSequence s, int from, int to) {
      Trie t = this;
      Trie best = null;
      for (int i = from; i < to && t != null; i++) {
        t = t.child(LOWER[s.charAt(i)]);
        if (t != null && t.value >= 0) {
          best = t;
        }
      }
      return best;
    }
  }

  /** {@link Character#toLowerCase(char)} of every char: the trie asks it for the first letters of every word. */
  private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      LOWER[c] = Character.toLowerCase((char) c);
    }
  }

  /** Reads a number in words starting at {@code i}, or null. */
  Word parse(String text, int i, String lang) {
    Trie dict = switch (lang) { // a switch, not a map: asked at nearly every word start of every text
      case "en" -> EN;
      case "de" -> DE;
      case "nl" -> NL;
      case "ru" -> RU;
      default -> null;
    };
    if (dict == null || dict.longest(text, i, Math.min(text.length(), i + MAX_WORD + 1)) == null) {
      return null; // most words start with no number word: the trie rejects them in a letter or two
    }
    if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      return null;
    }
    String joiner = JOINERS.get(lang);
    Acc acc = new Acc();
    int j = i;
    int end = -1;
    int n = text.length();
    while (j < n) {
      int w = j;
      while (w < n && w - j <= MAX_WORD && Character.isLetter(text.charAt(w))) {
        w++;
      }
      if (w == j || w - j > MAX_WORD || dict.longest(text, j, w) == null) {
        break; // not a word, or no number word starts it
      }
      String word = text.substring(j, w).toLowerCase(Locale.ROOT);
      if (!compound(word, dict, joiner, acc)) {
        break;
      }
      end = w;
      // a separator, then maybe another word of the same number: "forty-five", "twee-en-veertig",
      // "one hundred and five"
      int k = w;
      if (k < n && (text.charAt(k) == '-' || text.charAt(k) == ' ')) {
        k++;
        int a = k;
        while (a < n && a - k <= 4 && Character.isLetter(text.charAt(a))) {
          a++;
        }
        String next = text.substring(k, a).toLowerCase(Locale.ROOT);
        if (next.equals(joiner) && a < n && (text.charAt(a) == ' ' || text.charAt(a) == '-')) {
          k = a + 1;
          long unit = acc.current % 100;
          if (unit > 0 && unit < 10) {
            acc.current -= unit; // "twee-en-veertig": the unit waits for its tens
            acc.pendingUnit = unit;
          }
        }
      }
      if (k == w) {
        break;
      }
      j = k;
    }
    if (end < 0 || !acc.any) {
      return null;
    }
    return new Word(end, acc.value());
  }

  /** Number state: total of finished thousands, current group below 1000. */
  private static final class Acc {
    long total;
    long current;
    long pendingUnit = -1;
    boolean any;

    boolean add(long v) {
      any = true;
      if (v == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (v == 1000) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else if (v >= 20 && v < 100 && pendingUnit >= 0) {
        current += v + pendingUnit;
        pendingUnit = -1;
        return true;
      } else {
        if (current % 100 != 0 && v < 100 && current % 10 != 0) {
          return false;
        }
        current += v;
      }
      return true;
    }

    double value() {
      return total + current + Math.max(0, pendingUnit);
    }
  }

  /** Splits one word into known number parts, greedily from the left; false when it is not a number. */
  private static boolean compound(String word, Trie dict, String joiner, Acc acc) {
    Trie whole = dict.longest(word, 0, word.length());
    if (whole != null && whole.depth == word.length()) {
      return acc.add(whole.value);
    }
    int p = 0;
    Acc trial = new Acc();
    trial.total = acc.total;
    trial.current = acc.current;
    trial.any = acc.any;
    while (p < word.length()) {
      Trie part = dict.longest(word, p, word.length());
      if (part == null) {
        return false;
      }
      long v = part.value;
      p += part.depth;
      String j = joiner == null ? null : word.startsWith(joiner, p) ? joiner
          : joiner.equals("en") && word.startsWith("ën", p) ? "ën" : null;
      if (j != null && v < 10 && p + j.length() < word.length()) {
        // "achtundsiebzig", "tweeëntwintig": the unit comes first, the tens after the joiner
        trial.pendingUnit = v;
        trial.any = true;
        p += j.length();
        continue;
      }
      if (!trial.add(v)) {
        return false;
      }
    }
    if (trial.pendingUnit >= 0) {
      return false;
    }
    acc.total = trial.total;
    acc.current = trial.current;
    acc.any = true;
    return true;
  }
}
