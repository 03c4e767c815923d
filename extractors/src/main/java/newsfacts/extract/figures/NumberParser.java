package newsfacts.extract.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one number at a given offset, the way a journalist writes it in a given language.
 *
 * <ul>
 *   <li>Digits: ASCII and full-width ({@code １２}).
 *   <li>Separators by language: {@code nl}, {@code de} and {@code ru} write a decimal comma and group with
 *       {@code .} or a space ({@code 1.250.000}, {@code 3 800}, {@code 50,6}); a {@code .} not followed by exactly
 *       three digits is read as a decimal point there ({@code USD3.14}). Other languages write a decimal point
 *       and group with {@code ,} ({@code 9,899}). A group separator must be followed by exactly three digits.
 *   <li>Scale words after the number, per language ({@code miljard}, {@code Mrd.}, {@code млрд}, {@code billion},
 *       {@code bn}); German and Dutch {@code Billion}/{@code biljoen} are 10^12.
 *   <li>CJK numerals and units, also mixed with digits: {@code 16億7,000万} = 1.67e9, {@code 一万亿} = 1e12,
 *       {@code 四十九兆九千五百九十二億}.
 *   <li>Number words ({@code two}, {@code eine}, {@code achtundsiebzig}, {@code десять}), see {@link NumberWords};
 *       halves before a scale word ({@code полутриллиона}, {@code полмиллиарда}, {@code half a billion},
 *       {@code eine halbe Milliarde}, {@code een half miljard}) and one and a half ({@code полтора},
 *       {@code anderthalb}, {@code eineinhalb}, {@code anderhalf}).
 * </ul>
 * A run of more than {@value #MAX_DIGITS} digits (ids, hashes, a megabyte of digits) is consumed but has no value,
 * so a caller can skip it in one step. Every call reads each char at most a constant number of times.
 */
public final class NumberParser {
  /** Longest digit run that still counts as a number. */
  public static final int MAX_DIGITS = 30;

  /**
   * A number read from the text.
   *
   * @param start offset of the first char
   * @param end offset after the last char (after the scale word, if any)
   * @param value the value, scale applied
   * @param scale the scale-word multiplier applied (1 when none)
   * @param integer true when written without a decimal part
   * @param valid false for a run that is too long to be a number (value is 0 then)
   */
  public record Parsed(int start, int end, double value, double scale, boolean integer, boolean valid) {
    /** The value without its scale word. */
    public double base() {
      return value / scale;
    }
  }

  private static final String CJK_DIGITS = "〇零一二两兩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
  private static final int[] CJK_DIGIT_VALUES =
      {0, 0, 1, 2, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9};

  private final NumberWords words = new NumberWords();

  /** Scale words per language; the key is lower-case. */
  private static final Map<String, Map<String, Double>> SCALES = Map.of(
      "nl", Map.ofEntries(Map.entry("duizend", 1e3), Map.entry("miljoen", 1e6), Map.entry("mln", 1e6),
          Map.entry("mln.", 1e6), Map.entry("miljard", 1e9), Map.entry("mld", 1e9), Map.entry("mld.", 1e9),
          Map.entry("mrd", 1e9), Map.entry("mrd.", 1e9), Map.entry("biljoen", 1e12), Map.entry("k", 1e3)),
      "de", Map.ofEntries(Map.entry("tausend", 1e3), Map.entry("tsd.", 1e3), Map.entry("tsd", 1e3),
          Map.entry("mio.", 1e6), Map.entry("mio", 1e6), Map.entry("million", 1e6), Map.entry("millionen", 1e6),
          Map.entry("mrd.", 1e9), Map.entry("mrd", 1e9), Map.entry("milliarde", 1e9),
          Map.entry("milliarden", 1e9), Map.entry("billion", 1e12), Map.entry("billionen", 1e12),
          Map.entry("k", 1e3)),
      "ru", Map.ofEntries(Map.entry("тыс.", 1e3), Map.entry("тыс", 1e3), Map.entry("тысяча", 1e3),
          Map.entry("тысячи", 1e3), Map.entry("тысяч", 1e3), Map.entry("тысячу", 1e3), Map.entry("млн", 1e6),
          Map.entry("млн.", 1e6), Map.entry("миллион", 1e6), Map.entry("миллиона", 1e6),
          Map.entry("миллионов", 1e6), Map.entry("млрд", 1e9), Map.entry("млрд.", 1e9),
          Map.entry("миллиард", 1e9), Map.entry("миллиарда", 1e9), Map.entry("миллиардов", 1e9),
          Map.entry("трлн", 1e12), Map.entry("трлн.", 1e12), Map.entry("триллион", 1e12),
          Map.entry("триллиона", 1e12), Map.entry("триллионов", 1e12), Map.entry("к", 1e3), Map.entry("k", 1e3)),
      "en", Map.ofEntries(Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("millions", 1e6),
          Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("m", 1e6), Map.entry("billion", 1e9),
          Map.entry("billions", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9), Map.entry("trillion", 1e12),
          Map.entry("tn", 1e12), Map.entry("k", 1e3), Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5),
          Map.entry("crore", 1e7), Map.entry("crores", 1e7)));

  /** Abbreviations that only count when glued to the digits ("$5m", "$10K"), never after a space. */
  private static final java.util.Set<String> GLUED_ONLY = java.util.Set.of("k", "m", "b", "к");

  public NumberParser() {}

  /** True for languages that write a decimal comma. */
  public static boolean decimalComma(String lang) {
    return lang.equals("nl") || lang.equals("de") || lang.equals("ru");
  }

  /** The digit value of an ASCII or full-width digit, or -1. */
  public static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  static int cjkDigit(char c) {
    return CJK_DIGIT_OF[c];
  }

  /** {@link #cjkDigit} of every char, -1 for none: it is asked for nearly every char of CJK text. */
  private static final byte[] CJK_DIGIT_OF = new byte[Character.MAX_VALUE + 1];

  static {
    java.util.Arrays.fill(CJK_DIGIT_OF, (byte) -1);
    for (int k = CJK_DIGITS.length() - 1; k >= 0; k--) {
      CJK_DIGIT_OF[CJK_DIGITS.charAt(k)] = (byte) CJK_DIGIT_VALUES[k]; // backwards: the first listing wins
    }
  }

  static double cjkSmallUnit(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      default -> 0;
    };
  }

  static double cjkBigUnit(char c) {
    return switch (c) {
      case '万', '萬' -> 1e4;
      case '亿', '億' -> 1e8;
      case '兆' -> 1e12;
      default -> 0;
    };
  }

  /** True when a number may start at {@code i}: a digit, a CJK numeral or unit that begins a numeral. */
  public static boolean startsNumber(String text, int i) {
    char c = text.charAt(i);
    return digit(c) >= 0 || cjkDigit(c) >= 0 || cjkSmallUnit(c) > 0;
  }

  /**
   * Reads a number starting exactly at {@code i} (digits, CJK numerals or number words), with its scale word.
   *
   * @return the number, or null when none starts there
   */
  public Parsed parse(String text, int i, String lang) {
    if (i >= text.length()) {
      return null;
    }
    char c = text.charAt(i);
    if (digit(c) >= 0 || cjkDigit(c) >= 0 || cjkSmallUnit(c) > 0) {
      return parseNumeric(text, i, lang);
    }
    if (Character.isLetter(c)) {
      Parsed half = half(text, i, lang);
      if (half != null) {
        return half;
      }
      NumberWords.Word w = words.parse(text, i, lang);
      if (w == null) {
        return null;
      }
      NumberWords.Word d = decimalWords(text, w, lang);
      return d != null ? withScale(text, i, d.end(), d.value(), true, lang)
          : withScale(text, i, w.end(), w.value(), true, lang);
    }
    return null;
  }

  /** The word for a decimal point between number words ("two point six", "zwei Komma fünf"). */
  private static final Map<String, String> DECIMAL_POINT = Map.of("en", " point ", "de", " komma ", "nl", " komma ");

  /**
   * "two point six", "zwei Komma fünf": the whole part {@code w}, the point word and one to three digit words, or
   * null when no point word and digit word follow.
   */
  private NumberWords.Word decimalWords(String text, NumberWords.Word w, String lang) {
    String point = DECIMAL_POINT.get(lang);
    if (point == null || !text.regionMatches(true, w.end(), point, 0, point.length()) || w.value() != Math.rint(w.value())) {
      return null;
    }
    int k = w.end() + point.length();
    double value = w.value();
    double unit = 0.1;
    int end = -1;
    for (int n = 0; n < 3 && k < text.length(); n++) {
      NumberWords.Word digit = words.parse(text, k, lang);
      if (digit == null || digit.value() > 9 || digit.value() != Math.rint(digit.value())) {
        break;
      }
      value += digit.value() * unit;
      unit /= 10;
      end = digit.end();
      if (end + 1 >= text.length() || text.charAt(end) != ' ') {
        break;
      }
      k = end + 1;
    }
    return end < 0 ? null : new NumberWords.Word(end, value);
  }

  /** Words for one and a half, read like a number word (a scale word may follow: "полтора миллиарда"). */
  private static final Map<String, List<String>> ONE_AND_A_HALF = Map.of(
      "ru", List.of("полтора", "полторы", "полутора"),
      "de", List.of("anderthalb", "eineinhalb"),
      "nl", List.of("anderhalf"));
  /** Words for a half that need a scale word after them ("half a billion", "eine halbe Milliarde"). */
  private static final Map<String, List<String>> HALF = Map.of(
      "en", List.of("half a "),
      "de", List.of("eine halbe ", "einer halben ", "einen halben ", "einem halben ", "halbe ", "halben "),
      "nl", List.of("een half ", "een halve "));

  /**
   * A half or one and a half at {@code i}: Russian "пол"/"полу" glued to a scale word ("полутриллиона" =
   * 5e11), a half phrase before one ("half a billion"), or a one-and-a-half word with its scale word if any.
   */
  private Parsed half(String text, int i, String lang) {
    char first = Character.toLowerCase(text.charAt(i));
    boolean may = switch (lang) { // asked at every word start: most words are rejected by their first letter
      case "ru" -> first == 'п';
      case "en" -> first == 'h';
      case "de" -> first == 'e' || first == 'h' || first == 'a';
      case "nl" -> first == 'e' || first == 'a';
      default -> false;
    };
    if (!may || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
      return null;
    }
    int w = i;
    while (w < text.length() && w - i < 20 && Character.isLetter(text.charAt(w))) {
      w++;
    }
    // no string made for the word: most words that pass the first letter are none of these
    for (String h : ONE_AND_A_HALF.getOrDefault(lang, List.of())) {
      if (h.length() == w - i && text.regionMatches(true, i, h, 0, h.length())) {
        return withScale(text, i, w, 1.5, false, lang);
      }
    }
    if (lang.equals("ru") && text.regionMatches(true, i, "пол", 0, 3)) {
      String word = text.substring(i, w).toLowerCase(Locale.ROOT);
      String rest = word.substring(word.startsWith("полу") ? 4 : 3);
      Double scale = SCALES.get("ru").get(rest);
      if (scale != null && scale >= 1e3 && rest.length() > 3) {
        return new Parsed(i, w, scale / 2, scale, false, true);
      }
    }
    for (String h : HALF.getOrDefault(lang, List.of())) {
      if (text.regionMatches(true, i, h, 0, h.length())) {
        Parsed p = withScale(text, i, i + h.length() - 1, 0.5, false, lang);
        if (p.scale() > 1) {
          return p;
        }
      }
    }
    return null;
  }

  /** Reads digits and CJK numerals (no number words). */
  public Parsed parseNumeric(String text, int i, String lang) {
    char c = text.charAt(i);
    if (digit(c) >= 0) {
      Parsed arabic = parseArabic(text, i, lang);
      if (!arabic.valid()) {
        return arabic;
      }
      int k = skipCjkSpaces(text, arabic.end(), lang);
      if (k < text.length() && (cjkSmallUnit(text.charAt(k)) > 0 || cjkBigUnit(text.charAt(k)) > 0)) {
        return parseCjk(text, i, lang);
      }
      return withScale(text, i, arabic.end(), arabic.value(), arabic.integer(), lang);
    }
    return parseCjk(text, i, lang);
  }

  /** Plain digits with separators: no scale words, no CJK units. */
  public Parsed parseArabic(String text, int i, String lang) {
    boolean comma = decimalComma(lang);
    int n = text.length();
    StringBuilder sb = new StringBuilder();
    int j = i;
    int digits = 0;
    while (j < n && digit(text.charAt(j)) >= 0) {
      if (digits < MAX_DIGITS + 1) {
        sb.append((char) ('0' + digit(text.charAt(j))));
      }
      digits++;
      j++;
    }
    int firstRun = digits;
    char group = 0;
    boolean fraction = false;
    while (j < n && digits <= MAX_DIGITS) {
      char s = text.charAt(j);
      boolean three = threeDigits(text, j + 1);
      boolean groupSep = comma
          ? (s == '.' || s == ' ' || s == '\u00A0' || s == '\u202F' || s == '\'')
          : (s == ',' || s == '\u00A0' || s == '\u202F' || (s == ' ' && !lang.equals("zh") && !lang.equals("ja")));
      if (groupSep && three && (group == 0 ? firstRun <= 3 : s == group)) {
        group = s;
        for (int k = 1; k <= 3; k++) {
          sb.append((char) ('0' + digit(text.charAt(j + k))));
        }
        digits += 3;
        j += 4;
        continue;
      }
      boolean decSep = comma ? (s == ',' || (s == '.' && group != '.' && !three)) : (s == '.' || s == '．');
      if (decSep && j + 1 < n && digit(text.charAt(j + 1)) >= 0) {
        sb.append('.');
        j++;
        while (j < n && digit(text.charAt(j)) >= 0) {
          if (digits < MAX_DIGITS + 1) {
            sb.append((char) ('0' + digit(text.charAt(j))));
          }
          digits++;
          j++;
        }
        fraction = true;
      }
      break;
    }
    if (digits > MAX_DIGITS) {
      // consume the whole run of digits and separators so the caller skips it in one step
      while (j < n && (digit(text.charAt(j)) >= 0 || ".,  '，．".indexOf(text.charAt(j)) >= 0)) {
        j++;
      }
      while (digit(text.charAt(j - 1)) < 0) {
        j--; // end on the last digit, not on a separator
      }
      return new Parsed(i, j, 0, 1, true, false);
    }
    return new Parsed(i, j, Double.parseDouble(sb.toString()), 1, !fraction, true);
  }

  private static boolean threeDigits(String text, int k) {
    return k + 3 <= text.length() && digit(text.charAt(k)) >= 0 && digit(text.charAt(k + 1)) >= 0
        && digit(text.charAt(k + 2)) >= 0 && (k + 3 == text.length() || digit(text.charAt(k + 3)) < 0);
  }

  private static int skipCjkSpaces(String text, int k, String lang) {
    if (!lang.equals("ja") && !lang.equals("zh")) {
      return k;
    }
    int j = k;
    while (j < text.length() && j - k < 4 && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
      j++;
    }
    return j;
  }

  /**
   * CJK numerals, digits allowed as coefficients: total += section * big unit; section += digit * small unit.
   * 万亿/萬億/万億 together are 10^12.
   */
  private Parsed parseCjk(String text, int i, String lang) {
    int n = text.length();
    double total = 0;
    double section = 0;
    double current = 0;
    double lastUnit = 0;
    boolean zero = false;
    int digitsAfterUnit = 0;
    boolean hasCurrent = false;
    boolean any = false;
    boolean integer = true;
    boolean lastWasDigit = false;
    double lastBig = Double.MAX_VALUE;
    int j = i;
    int end = i;
    while (j < n) {
      char c = text.charAt(j);
      if (digit(c) >= 0) {
        if (hasCurrent) {
          break;
        }
        Parsed a = parseArabic(text, j, lang);
        if (!a.valid()) {
          return a;
        }
        current = a.value();
        integer &= a.integer();
        hasCurrent = true;
        lastWasDigit = false;
        j = a.end();
        end = j;
        any = true;
        int k = skipCjkSpaces(text, j, lang);
        if (k < n && (cjkSmallUnit(text.charAt(k)) > 0 || cjkBigUnit(text.charAt(k)) > 0)) {
          j = k;
        }
        continue;
      }
      if ("多余餘几幾".indexOf(c) >= 0 && any && j + 1 < n && cjkBigUnit(text.charAt(j + 1)) > 0) {
        j++; // 一千多万, 十余万: "more than", read as the round figure
        continue;
      }
      int d = cjkDigit(c);
      if (d >= 0) {
        if (c == '零' || c == '〇') {
          zero = true;
        }
        current = lastWasDigit ? current * 10 + d : d;
        hasCurrent = true;
        lastWasDigit = true;
        digitsAfterUnit++;
        j++;
        end = j;
        any = true;
        continue;
      }
      if ((c == '点' || c == '點') && hasCurrent && lastWasDigit && j + 1 < n && cjkDigit(text.charAt(j + 1)) >= 0) {
        // 三点一 = 3.1: digits after 点 are decimals
        double scale = 0.1;
        j++;
        while (j < n && cjkDigit(text.charAt(j)) >= 0) {
          current += cjkDigit(text.charAt(j)) * scale;
          scale /= 10;
          j++;
        }
        end = j;
        integer = false;
        lastWasDigit = false;
        break;
      }
      double small = cjkSmallUnit(c);
      if (small > 0) {
        section += (hasCurrent ? current : 1) * small;
        lastUnit = small;
        zero = false;
        digitsAfterUnit = 0;
        current = 0;
        hasCurrent = false;
        lastWasDigit = false;
        j++;
        end = j;
        any = true;
        j = skipCjkSpaces(text, j, lang);
        continue;
      }
      double big = cjkBigUnit(c);
      if (big > 0 && any) {
        int len = 1;
        if (big == 1e4 && j + 1 < n && cjkBigUnit(text.charAt(j + 1)) == 1e8) {
          big = 1e12;
          len = 2;
        }
        if (big >= lastBig) {
          break;
        }
        double chunk = section + (hasCurrent ? current : 0);
        total += (chunk == 0 ? 1 : chunk) * big;
        lastBig = big;
        lastUnit = big;
        zero = false;
        digitsAfterUnit = 0;
        section = 0;
        current = 0;
        hasCurrent = false;
        lastWasDigit = false;
        j += len;
        end = j;
        int k = skipCjkSpaces(text, j, lang);
        j = k;
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    if (hasCurrent && lastWasDigit && !zero && digitsAfterUnit == 1 && lastUnit >= 100) {
      current *= lastUnit / 10; // 九百九 = 990, 一万三 = 13000: the unit below is implied
    }
    double value = total + section + (hasCurrent ? current : 0);
    double scale = total > 0 ? lastBig : 1;
    return new Parsed(i, end, value, scale, integer, true);
  }

  /**
   * A scale word at {@code k} (one space allowed before it), as {@code {multiplier, end}}, or null:
   * used after a currency code ("75 USD million").
   */
  public double[] scaleAt(String text, int k, String lang) {
    Parsed p = withScale(text, k, k, 1, true, lang);
    return p.scale() == 1 ? null : new double[] {p.scale(), p.end()};
  }

  /** Applies a scale word after the number, if there is one: "4,5 Milliarden", "$5m", "2,5 Mio." */
  private Parsed withScale(String text, int start, int end, double value, boolean integer, String lang) {
    Map<String, Double> scales = SCALES.getOrDefault(lang, SCALES.get("en"));
    int n = text.length();
    int k = end;
    boolean space = false;
    boolean hyphen = false;
    if (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0'
        || (text.charAt(k) == '\n' && k + 1 < n && Character.isLetter(text.charAt(k + 1))))) {
      k++; // a line break too: a hard-wrapped plain text ("6,5\nmiljard euro")
      space = true;
    } else if (k + 1 < n && text.charAt(k) == '-' && Character.isLetter(text.charAt(k + 1))) {
      k++;
      hyphen = true; // the compound adjective "a $5-billion deal", "the ₹10,372-crore mission"
    }
    int w = k;
    while (w < n && w - k < 12 && Character.isLetter(text.charAt(w))) {
      w++;
    }
    if (w > k && (w == n || !Character.isLetter(text.charAt(w)))) {
      String word = text.substring(k, w).toLowerCase(Locale.ROOT);
      boolean dot = w < n && text.charAt(w) == '.';
      Double s = dot ? scales.get(word + ".") : null;
      int after = w + 1;
      if (s == null) {
        s = scales.get(word);
        after = w;
      }
      if (s != null && !(space && GLUED_ONLY.contains(word)) && !(hyphen && (GLUED_ONLY.contains(word) || dot))) {
        // "Billion" in a German text is 10^12; an English "billion" in the same text would be unusual
        return new Parsed(start, after, value * s, s, integer, true);
      }
    }
    return new Parsed(start, end, value, 1, integer, true);
  }
}
