package newsfacts.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsfacts.extract.Extractor;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.Qualifier;

/**
 * Percentages in every form: {@code 17 procent}, {@code 30 %}, {@code 4,5 Prozent}, {@code 30 процентов},
 * {@code 25％}, {@code 百分之五十}, {@code -3%}, and ranges {@code 20 bis 30 Prozent}, {@code 20–30%}
 * ({@link Fact#max()} is the upper end). Numbers follow the segment's language ({@link NumberParser}).
 */
public final class PercentExtractor implements Extractor {
  /** Units of a change in percentage points, not a share: the fact gets {@link Fact#points()}. */
  private static final String[] POINTS = {"%-Punkten", "%-Punkte", "%-Pkt.", "percentage points", "percentage point",
      "procentpunten", "procentpunt", "prozentpunkten", "prozentpunkte", "prozentpunkt", "п.п.", "个百分点", "個百分點"};
  /**
   * Percent signs and words: the points first, each before the share unit it starts with ("prozentpunkte" before
   * "prozent", "%-Pkt." before "%"); {@code процент} takes its case endings.
   */
  private static final String[] UNITS = java.util.stream.Stream.concat(java.util.Arrays.stream(POINTS),
      java.util.stream.Stream.of("per cent", "percent", "procent", "prozent", "pct", "%", "％", "процент", "パーセント"))
      .toArray(String[]::new);
  /** Tenths: 三成 (zh) and 3割 (ja) are 30 percent; 半 after them adds five. */
  private static final String TENTHS = "成割";
  private static final String[] MINUS = {"minus", "min", "минус", "マイナス"};
  private static final String[] RANGE = {"-", "–", "—", "~", "〜", "～", "至", "到", "bis", "tot", "to", "до", "à"};
  private static final String HUNDREDTHS = "百分之";
  /** Russian "процентных пункта": the noun after the adjective makes it points. */
  private static final String PUNKT = "пункт";

  private final NumberParser numbers = new NumberParser();

  public PercentExtractor() {}

  @Override
  public String name() {
    return "percent";
  }

  @Override
  public Set<FactType> produces() {
    return Set.of(FactType.PERCENT);
  }

  @Override
  public List<Fact> extract(Passage passage) {
    String t = passage.text();
    List<Fact> out = new ArrayList<>();
    int n = t.length();
    int i = 0;
    Figures.Langs langs = new Figures.Langs(passage);
    while (i < n) {
      String lang = langs.at(i);
      if (t.startsWith(HUNDREDTHS, i)) {
        int k = i + HUNDREDTHS.length();
        NumberParser.Parsed num = k < n && NumberParser.startsNumber(t, k) ? numbers.parseNumeric(t, k, lang) : null;
        if (num != null && num.valid()) {
          out.add(percent(passage, t, i, num.end(), num.value(), null));
          i = num.end();
          continue;
        }
        i = k;
        continue;
      }
      if (Figures.canStartNumber(t, i, lang)) {
        NumberParser.Parsed num = numbers.parse(t, i, lang);
        if (num != null) {
          if (num.valid() && num.scale() == 1) {
            Fact f = afterNumber(passage, t, num, lang);
            if (f != null) {
              out.add(f);
              i = f.end();
              continue;
            }
          }
          i = Math.max(i + 1, num.end());
          continue;
        }
      }
      i = Figures.skipWord(t, i);
    }
    return out;
  }

  private Fact afterNumber(Passage p, String t, NumberParser.Parsed num, String lang) {
    int start = num.start();
    double sign = 1;
    char before = start > 0 ? t.charAt(start - 1) : ' ';
    if ((before == '-' || before == '−' || before == '－' || before == '–')
        && (start == 1 || !(Currencies.wordChar(t.charAt(start - 2)) || NumberParser.digit(t.charAt(start - 2)) >= 0))) {
      start--;
      sign = -1;
    } else if ((before == '▲' || before == '△') && "ja".equals(lang)) {
      start--; // Japanese financial writing marks a decrease: "前年同期比▲8.5%"
      sign = -1;
    } else {
      for (String m : MINUS) {
        int k = start - (before == ' ' ? 1 : 0) - m.length();
        if (k >= 0 && CaseFold.regionMatches(t, k, m)
            && (k == 0 || !Currencies.wordChar(t.charAt(k - 1))) && (m.equals("マイナス") || before == ' ')
            && !plusOr(t, k)) {
          start = k;
          sign = -1;
          break;
        }
      }
    }
    // a Chinese quote inside another language's paragraph reads as Chinese: "…降幅约四成。” The new input price"
    boolean zh = lang.startsWith("zh") || (!lang.equals("ja") && start > 0 && Character.UnicodeScript.of(
        t.charAt(start - 1)) == Character.UnicodeScript.HAN);
    if (num.end() < t.length() && TENTHS.indexOf(t.charAt(num.end())) >= 0
        && ((t.charAt(num.end()) == '成') == zh) && (zh || lang.equals("ja"))) {
      int e = num.end() + 1;
      double v = num.value() * 10;
      Double max = null;
      int d0 = num.end() - num.start() == 2 ? NumberParser.cjkDigit(t.charAt(num.start())) : -1;
      int d1 = num.end() - num.start() == 2 ? NumberParser.cjkDigit(t.charAt(num.start() + 1)) : -1;
      if (d0 > 0 && d1 == d0 + 1) { // 两三成, 三四成: twenty to thirty percent, not 230
        v = d0 * 10;
        max = d1 * 10.0;
      }
      if (e < t.length() && t.charAt(e) == '半') {
        v += 5;
        e++;
      } else if (max == null && e < t.length() && NumberParser.cjkDigit(t.charAt(e)) > 0
          && (e + 1 >= t.length() || NumberParser.cjkDigit(t.charAt(e + 1)) < 0)) {
        v += NumberParser.cjkDigit(t.charAt(e)); // 四成六 is 46
        e++;
      }
      return percent(p, t, start, e, sign * v, max);
    }
    if (zh && num.end() + 2 < t.length() && "到至~～".indexOf(t.charAt(num.end())) >= 0
        && NumberParser.cjkDigit(t.charAt(num.end() + 1)) > 0 && t.charAt(num.end() + 2) == '成'
        && num.end() - num.start() == 1 && NumberParser.cjkDigit(t.charAt(num.start())) > 0) {
      double hi = NumberParser.cjkDigit(t.charAt(num.end() + 1)) * 10.0;
      if (hi > num.value() * 10) { // 五到七成
        return percent(p, t, start, num.end() + 3, sign * num.value() * 10, hi);
      }
    }
    int u = unitEnd(t, num.end());
    if (u > 0) {
      double v = sign * num.value();
      int r = rangeAfter(t, u);
      if (r > 0) {
        NumberParser.Parsed n2 = numbers.parse(t, r, lang);
        int u2 = n2 == null || !n2.valid() ? -1 : unitEnd(t, n2.end());
        if (u2 > 0 && n2.value() > v) {
          return percent(p, t, start, u2, v, n2.value());
        }
      }
      return percent(p, t, start, u, v, null);
    }
    int r = rangeAfter(t, num.end());
    if (r > 0) {
      NumberParser.Parsed n2 = numbers.parse(t, r, lang);
      int u2 = n2 == null || !n2.valid() ? -1 : unitEnd(t, n2.end());
      if (u2 > 0 && n2.value() > sign * num.value()) {
        return percent(p, t, start, u2, sign * num.value(), n2.value());
      }
    }
    int c = changeTo(t, start, num.end());
    if (c > 0) { // "van 3 naar 4 procent": the first figure alone, with the unit of the second
      NumberParser.Parsed n2 = numbers.parse(t, c, lang);
      int u2 = n2 == null || !n2.valid() ? -1 : unitEnd(t, n2.end());
      if (u2 > 0) {
        Fact f = percent(p, t, start, num.end(), sign * num.value(), null);
        return points(t, u2) ? f.asPoints() : f;
      }
    }
    return null;
  }

  /** A change from one percentage to another with the unit once: "from" word before, "to" word after. */
  private static final String[][] CHANGE = {{"van", "naar"}, {"von", "auf"}, {"from", "to"}};

  /** The offset of the second number of "van 3 naar 4 procent" after the first ({@code [start, end)}), or -1. */
  private static int changeTo(String t, int start, int end) {
    for (String[] w : CHANGE) {
      if (Figures.wordBefore(t, start, w[0])) {
        int j = Figures.skipSpaces(t, end, 1);
        if (Figures.wordAt(t, j, w[1])) {
          int k = Figures.skipSpaces(t, j + w[1].length(), 1);
          return k < t.length() && NumberParser.startsNumber(t, k) ? k : -1;
        }
      }
    }
    return -1;
  }

  /** True when "plus or" stands right before the minus word at {@code k}: a margin, not a negative value. */
  private static final String[] PLUS_OR = {"plus or ", "plus oder ", "plus of ", "плюс-", "плюс или "};

  private static boolean plusOr(String t, int k) {
    for (String w : PLUS_OR) {
      if (k >= w.length() && CaseFold.regionMatches(t, k - w.length(), w)) {
        return true;
      }
    }
    return false;
  }

  /** The offset after a percent sign or word at {@code k} (one space allowed before it), or -1. */
  private static int unitEnd(String t, int k) {
    int j = Figures.skipSpaces(t, k, 1);
    for (String u : UNITS) {
      if (u.equals("процент") && CaseFold.regionMatches(t, j, u)) {
        int e = wordEnd(t, j + u.length(), j + 12);
        if (t.startsWith(" ", e) && CaseFold.regionMatches(t, e + 1, PUNKT)) {
          e = wordEnd(t, e + 1 + PUNKT.length(), e + 10); // процентных пункта
        }
        return e;
      }
      if (Figures.wordAt(t, j, u)) {
        return j + u.length();
      }
    }
    return -1;
  }

  private static int rangeAfter(String t, int k) {
    int j = Figures.skipSpaces(t, k, 2);
    for (String c : RANGE) {
      if (Figures.wordAt(t, j, c)) {
        int r = Figures.skipSpaces(t, j + c.length(), 2);
        return r < t.length() && NumberParser.startsNumber(t, r) ? r : -1;
      }
    }
    return -1;
  }

  /** The end of the word letters from {@code e}, at most up to {@code limit}. */
  private static int wordEnd(String t, int e, int limit) {
    while (e < t.length() && e < limit && Currencies.wordChar(t.charAt(e))) {
      e++;
    }
    return e;
  }

  private static Fact percent(Passage p, String t, int start, int end, double value, Double max) {
    Qualifier q = Qualifiers.before(t, start);
    if (q == null) {
      q = Qualifiers.after(t, end);
    }
    Fact f = Fact.percent(t.substring(start, end), start, p.langAt(start), value, max, q);
    return points(t, end) ? f.asPoints() : f;
  }

  /** True when the unit ending at {@code end} is one of percentage points. */
  private static boolean points(String t, int end) {
    for (String u : POINTS) {
      if (end >= u.length() && CaseFold.regionMatches(t, end - u.length(), u)) {
        return true;
      }
    }
    int k = end;
    while (k > 0 && Currencies.wordChar(t.charAt(k - 1))) {
      k--;
    }
    return k > 0 && end - k >= PUNKT.length() && CaseFold.regionMatches(t, k, PUNKT);
  }
}
