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
 * Money figures: a number ({@link NumberParser}) with a currency before or after it ({@link Currencies}),
 * in the way of the segment's language.
 *
 * <ul>
 *   <li>{@code $600 miljard}, {@code 380 miljard yuan}, {@code 16億7,000万ドル}, {@code 2,5 Mio USD},
 *       {@code 75 USD million}, {@code 10 рублей}, {@code 人民幣3.14}.
 *   <li>Ranges take the currency once: {@code 400億至420億美元}, {@code 2–3 млрд долларов}, {@code $10-$20},
 *       {@code between 10 and 20 dollars}; the lower end inherits the upper end's scale word.
 *   <li>Sub-units join the main unit: {@code 2ドル3セント}, {@code 20 dollars 43 cents}, {@code 五元三角}.
 *   <li>¥ is JPY except in Chinese text (CNY); 元 is CNY, or HKD after 港元/港幣/HK$ (or anywhere in a traditional-script text that names neither NT$ nor RMB), or TWD after 新台幣/台幣/NT$ in the same sentence
 *       or after a traditional-script 新台幣/台幣/NT$ anywhere before it, with no 人民幣 since.
 *   <li>Qualifiers before ("about", "ruim", "около", "约") or after (以上, 左右) set {@link Fact#qualifier()}.
 *   <li>Two amounts joined by "bzw.", "or", "en", "и"... share the second one's currency and scale
 *       ({@code 1,25 beziehungsweise 10 US-Dollar}, {@code 2,3 und 2,5 Milliarden Euro}): two facts.
 *   <li>An amount with a scale word after a comparison word ("nach", "tegen", "from", "против") takes the
 *       currency of the money figure just before it in the sentence ({@code 91 Milliarden US-Dollar, nach
 *       52,5 Milliarden im Vorjahr}), unless a noun follows it ({@code from 300 million users}); so does one
 *       followed by "erwartet", "expected", "a year earlier" and the end of the clause ({@code 89,5 Mrd. US-Dollar,
 *       Analysten hatten 87,8 Mrd. erwartet}).
 *   <li>A change with the currency written once ({@code von 230 auf 260 Dollar}, {@code с 2 до 3 млрд рублей},
 *       {@code 3億から5億円に}) is two money figures, not a range.
 *   <li>The two sides of an exchange rate ({@code 1ドル=151円}, {@code $1 = €0.92}) are no money figures.
 * </ul>
 * Otherwise a number without a currency is never money, so years, dates, versions, model sizes and chip
 * names are not reported. The scan moves left to right and never re-reads a consumed number: linear time.
 */
public final class MoneyExtractor implements Extractor {
  private static final String[] RANGE = {"-", "–", "—", "~", "〜", "～", "至", "到", "bis", "tot", "to", "до", "à",
      "から"};
  private static final String[] BETWEEN_AND = {"and", "en", "und", "и"};
  private static final String[] BETWEEN = {"between", "tussen", "tussen de", "zwischen", "между", "van", "from"};
  /** Words joining two amounts of one currency written once ("1,25 bzw. 10 US-Dollar"), per language. */
  private static final java.util.Map<String, String[]> COORDINATED = java.util.Map.of(
      "de", new String[] {"beziehungsweise", "bzw.", "respektive", "resp.", "oder", "und"},
      "nl", new String[] {"respectievelijk", "resp.", "of", "en"},
      "en", new String[] {"or", "and"},
      "ru", new String[] {"или", "и"});
  /** Comparison words before an amount whose currency was named just before ("nach 52,5 Milliarden"). */
  private static final java.util.Map<String, String[]> COMPARED = java.util.Map.of(
      "de", new String[] {"nach", "gegenüber", "nach zuvor", "von zuvor", "statt", "vs."},
      "nl", new String[] {"tegen", "na", "tegenover", "vs."},
      "en", new String[] {"from", "versus", "vs.", "compared with", "against"},
      "ru", new String[] {"против", "после", "по сравнению с"});
  /** Words that may follow such an amount in a language that does not capitalise nouns ("a year earlier"). */
  private static final java.util.Map<String, java.util.Set<String>> AFTER_COMPARED = java.util.Map.of(
      "nl", java.util.Set.of("in", "een", "het", "vorig", "vorige", "eerder", "over", "op", "dat"),
      "en", java.util.Set.of("in", "a", "the", "last", "earlier", "previously", "before", "at", "for"),
      "ru", java.util.Set.of("в", "годом", "год", "за", "ранее", "кварталом", "по", "на"));
  /**
   * A change from one amount to another with the currency written once ("von 230 auf 260 Dollar", "van 4 naar
   * 6 miljard euro", "с 230 до 260 долларов"): the word before the first amount, then the word joining them.
   * Two money figures, not a range (a range is "von 230 bis 260", "от 230 до 260").
   */
  private static final java.util.Map<String, String[][]> CHANGED = java.util.Map.of(
      "de", new String[][] {{"von"}, {"auf"}},
      "nl", new String[][] {{"van"}, {"naar"}},
      "ru", new String[][] {{"с", "со"}, {"до"}});
  /** How far before an elliptical amount its currency's figure may stand. */
  private static final int COMPARED_REACH = 80;
  private static final String[] SUB_JOIN = {"and", "en", "und", "и", "と", "又", "et"};

  private final NumberParser numbers = new NumberParser();
  private final Currencies currencies = Currencies.load();

  public MoneyExtractor() {}

  @Override
  public String name() {
    return "money";
  }

  @Override
  public Set<FactType> produces() {
    return Set.of(FactType.MONEY);
  }

  @Override
  public List<Fact> extract(Passage passage) {
    String t = passage.text();
    List<Fact> out = new ArrayList<>();
    int n = t.length();
    int i = 0;
    // A prefix currency needs its number right after it (at most PREFIX_SPACES spaces between): where the
    // next digit is farther than that, no currency is looked up at all (most positions of most texts).
    int reach = currencies.prefixReach() + PREFIX_SPACES;
    int nextDigit = -1;
    Figures.Langs langs = new Figures.Langs(passage);
    while (i < n) {
      String lang = langs.at(i);
      if (nextDigit <= i) {
        nextDigit = nextDigit(t, i + 1);
      }
      Currencies.Match pre = nextDigit - i <= reach ? currencies.matchAt(t, i, lang, true) : null;
      if (pre != null) {
        Fact f = afterPrefix(passage, t, pre, lang);
        if (f != null) {
          out.add(f);
          i = f.end();
          continue;
        }
      }
      if (Figures.canStartNumber(t, i, lang)) {
        NumberParser.Parsed num = numbers.parse(t, i, lang);
        if (num != null) {
          if (num.valid()) {
            Fact f = afterNumber(passage, t, num, lang);
            if (f == null && !out.isEmpty()) {
              f = compared(passage, t, num, lang, out.get(out.size() - 1));
            }
            if (f == null) {
              f = tableCell(passage, t, num, lang);
            }
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
    out.removeIf(f -> unitOnly(t, f));
    return out;
  }

  /**
   * True for a bare scale in words alone in brackets, a table's unit ("（百万元）", "（单位：万元）"), not an amount
   * ("（一百万元）").
   */
  private static boolean unitOnly(String t, Fact f) {
    if ("百千万萬亿億兆".indexOf(t.charAt(f.start())) < 0) {
      return false; // "（一百万元）" is an amount
    }
    for (int k = f.start(); k < f.end(); k++) {
      if (NumberParser.digit(t.charAt(k)) >= 0) {
        return false;
      }
    }
    int b = f.start();
    for (String label : UNIT_LABELS) {
      if (b >= label.length() && CaseFold.regionMatches(t, b - label.length(), label)) {
        b -= label.length();
        break;
      }
    }
    return b > 0 && (t.charAt(b - 1) == '（' || t.charAt(b - 1) == '(') && f.end() < t.length()
        && (t.charAt(f.end()) == '）' || t.charAt(f.end()) == ')');
  }

  /** The offset of the first digit at or after {@code from}, or the text's length. */
  private static int nextDigit(String t, int from) {
    int k = from;
    while (k < t.length() && NumberParser.digit(t.charAt(k)) < 0) {
      k++;
    }
    return k;
  }

  /** Most spaces between a prefix currency and its number ("$ 75 million"). */
  private static final int PREFIX_SPACES = 2;

  /** "$ 75 million", "US$ 48.2 万", "EUR 20", "人民幣3.14", "$10-$20". */
  private Fact afterPrefix(Passage p, String t, Currencies.Match pre, String lang) {
    int k = Figures.skipSpaces(t, pre.end(), PREFIX_SPACES);
    if (k >= t.length() || NumberParser.digit(t.charAt(k)) < 0) {
      return null;
    }
    NumberParser.Parsed num = numbers.parseNumeric(t, k, lang);
    if (num == null || !num.valid()) {
      return null;
    }
    double amount = num.value();
    int end = num.end();
    String code = code(p, t, pre.entry(), pre.start(), lang);
    amount *= pre.entry().multiplier();
    Sub sub = subunit(t, end, lang, pre.entry());
    if (sub != null) {
      amount += sub.amount();
      end = sub.end();
    }
    end = sameUnitAfter(p, t, end, lang, code); // "新台幣7,000億元", "人民幣300億元"
    Double max = null;
    int r = rangeAfter(t, end, pre.start(), lang);
    if (r > 0) {
      int k2 = r;
      Currencies.Match pre2 = currencies.matchAt(t, k2, lang, true);
      if (pre2 != null && pre2.entry().code().equals(pre.entry().code())) {
        k2 = Figures.skipSpaces(t, pre2.end(), 2);
      }
      NumberParser.Parsed n2 = k2 < t.length() && NumberParser.digit(t.charAt(k2)) >= 0
          ? numbers.parseNumeric(t, k2, lang) : null;
      if (n2 != null && n2.valid() && num.scale() == 1 && n2.scale() > 1 && sub == null) {
        amount *= n2.scale(); // "$5 to 10 billion"
      }
      if (n2 != null && n2.valid() && n2.value() * pre.entry().multiplier() > amount) {
        max = n2.value() * pre.entry().multiplier();
        end = sameUnitAfter(p, t, n2.end(), lang, code); // "新台幣7,000億元至8,000億元"
      }
    }
    return money(p, t, pre.start(), end, amount, code, max);
  }

  /**
   * After a suffix currency at {@code end} that names the prefix's currency again (resolved in context: 元
   * after 新台幣 is the Taiwan dollar), else {@code end}: the unit is part of the figure. A unit followed by
   * a number is that number's prefix ("$ 20,000.00 $ 37,305.97": two prices in a row).
   */
  private int sameUnitAfter(Passage p, String t, int end, String lang, String code) {
    Currencies.Match suf = suffix(t, end, lang);
    if (suf == null || suf.entry().multiplier() != 1 || !code(p, t, suf.entry(), end, lang).equals(code)) {
      return end;
    }
    int next = Figures.skipSpaces(t, suf.end(), PREFIX_SPACES);
    return next < t.length() && NumberParser.digit(t.charAt(next)) >= 0 ? end : suf.end();
  }

  /** "380 miljard yuan", "16億7,000万ドル", "10-20 dollars", "2–3 млрд долларов", "75 USD million". */
  private Fact afterNumber(Passage p, String t, NumberParser.Parsed num, String lang) {
    Amount a = single(t, num, lang);
    if (a != null) {
      Double max = null;
      int end = a.end();
      int r = rangeAfter(t, end, num.start(), lang);
      if (r > 0 && NumberParser.startsNumber(t, r)) {
        NumberParser.Parsed n2 = numbers.parseNumeric(t, r, lang);
        if (n2 != null && n2.valid()) {
          Amount b = single(t, n2, lang);
          double m = n2.value() * a.entry().multiplier();
          if (b != null && b.entry().code().equals(a.entry().code())) {
            if (b.amount() > a.amount() && !change(t, end, b.end())) {
              max = b.amount();
              end = b.end();
            }
          } else if (b == null && m > a.amount() && !Figures.continuesAsFigure(t, n2.end())) {
            max = m; // "от 10 долларов до 20"
            end = n2.end();
          }
        }
      }
      return money(p, t, num.start(), end, a.amount(), code(p, t, a.entry(), num.start(), lang), max);
    }
    Fact changed = changedFrom(p, t, num, lang);
    if (changed != null) {
      return changed;
    }
    // no currency right after: a range whose second number carries it ("400億至420億美元")
    int r = rangeAfter(t, num.end(), num.start(), lang);
    if (r < 0) {
      return coordinated(p, t, num, lang);
    }
    Currencies.Match pre2 = currencies.matchAt(t, r, lang, true);
    int k2 = pre2 == null ? r : Figures.skipSpaces(t, pre2.end(), 2);
    if (k2 >= t.length() || !NumberParser.startsNumber(t, k2)) {
      return null;
    }
    NumberParser.Parsed n2 = numbers.parseNumeric(t, k2, lang);
    if (n2 == null || !n2.valid()) {
      return null;
    }
    Amount b = pre2 == null ? single(t, n2, lang) : null;
    Currencies.Entry e = pre2 != null ? pre2.entry() : b == null ? null : b.entry();
    if (e == null) {
      return null;
    }
    double lo = num.value() * (num.scale() == 1 ? n2.scale() : 1) * e.multiplier();
    double hi = b != null ? b.amount() : n2.value() * e.multiplier();
    if (!(hi > lo)) {
      return null;
    }
    int end = b != null ? b.end() : n2.end();
    if (change(t, num.end(), end)) {
      // "3億から5億円に増えた": two figures, the first with the second's currency
      return money(p, t, num.start(), num.end(), lo, code(p, t, e, num.start(), lang), null);
    }
    return money(p, t, num.start(), end, lo, code(p, t, e, num.start(), lang), hi);
  }

  /**
   * "von 230 auf 260 Dollar" ({@link #CHANGED}): the first amount, with the currency (and, when it has none, the
   * scale word) of the second; the second is read on its own. Null when the words or the second amount are not
   * there.
   */
  private Fact changedFrom(Passage p, String t, NumberParser.Parsed num, String lang) {
    String[][] words = CHANGED.get(lang);
    if (words == null) {
      return null;
    }
    boolean from = false;
    for (String w : words[0]) {
      from |= Figures.wordBefore(t, num.start(), w);
    }
    return from ? withSecondsUnit(p, t, num, lang, words[1]) : null;
  }

  /**
   * "1,25 beziehungsweise 10 US-Dollar", "2,3 und 2,5 Milliarden Euro": the first amount, with the currency
   * (and, when it has none, the scale word) of the second; null when no such second amount follows. Two years
   * ("2024 und 2025") are no amounts.
   */
  private Fact coordinated(Passage p, String t, NumberParser.Parsed num, String lang) {
    String[] joins = COORDINATED.get(lang);
    if (joins == null || (num.integer() && num.scale() == 1 && num.value() >= 1900 && num.value() <= 2100)) {
      return null;
    }
    return withSecondsUnit(p, t, num, lang, joins);
  }

  /**
   * The amount {@code num} with the currency (and, when it has none, the scale word) of a second amount joined to it
   * by one of {@code joins} ("1,25 bzw. 10 US-Dollar", "von 230 auf 260 Dollar"); null when no such second amount
   * follows. The second amount is read on its own later.
   */
  private Fact withSecondsUnit(Passage p, String t, NumberParser.Parsed num, String lang, String[] joins) {
    int j = Figures.skipSpaces(t, num.end(), 2);
    for (String w : joins) {
      if (!Figures.wordAt(t, j, w)) {
        continue;
      }
      int k = Figures.skipSpaces(t, j + w.length(), 2);
      if (k >= t.length() || NumberParser.digit(t.charAt(k)) < 0) {
        return null;
      }
      NumberParser.Parsed n2 = numbers.parseNumeric(t, k, lang);
      Amount b = n2 == null || !n2.valid() ? null : single(t, n2, lang);
      if (b == null) {
        return null;
      }
      double amount = num.value() * (num.scale() == 1 ? n2.scale() : 1) * b.entry().multiplier();
      return money(p, t, num.start(), num.end(), amount, code(p, t, b.entry(), num.start(), lang), null);
    }
    return null;
  }

  /**
   * "91 bis 93 Milliarden US-Dollar, nach 52,5 Milliarden im Vorjahr": an amount with a scale word right
   * after a comparison word takes the currency of {@code before}, the money figure just before it in the same
   * sentence; null when a noun follows the amount (capitalised in German; not a word of {@link #AFTER_COMPARED}
   * elsewhere), so "nach 650 Millionen Nutzern" and "from 300 million users" are no money.
   */
  private Fact compared(Passage p, String t, NumberParser.Parsed num, String lang, Fact before) {
    String[] words = COMPARED.get(lang);
    if (words == null || num.scale() == 1 || before.end() > num.start() || num.start() - before.end() > COMPARED_REACH) {
      return null;
    }
    boolean compared = false;
    for (int w = 0; w < words.length && !compared; w++) {
      compared = Figures.wordBefore(t, num.start(), words[w]);
    }
    if (!p.sentenceAt(before.start()).equals(p.sentenceAt(num.start()))) {
      return null;
    }
    int k = Figures.skipSpaces(t, num.end(), 1);
    boolean expected = expected(t, k, lang);
    if (!compared && !expected) {
      return null;
    }
    if (!expected && k < t.length() && Character.isLetter(t.charAt(k))) {
      if (lang.equals("de")) {
        if (Character.isUpperCase(t.charAt(k))) {
          return null;
        }
      } else {
        int e = k;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
          e++;
        }
        if (!AFTER_COMPARED.getOrDefault(lang, java.util.Set.of()).contains(t.substring(k, e).toLowerCase(
            java.util.Locale.ROOT))) {
          return null;
        }
      }
    }
    return money(p, t, num.start(), num.end(), num.value(), before.currency(), null);
  }

  /** Words after an elliptical amount that say it is the expected or earlier figure ("87,8 Mrd. erwartet"). */
  private static final java.util.Map<String, String[]> EXPECTED = java.util.Map.of(
      "de", new String[] {"erwartet", "prognostiziert", "im Vorjahr", "ein Jahr zuvor", "zuvor", "vor einem Jahr"},
      "nl", new String[] {"verwacht", "vorig jaar", "een jaar eerder", "eerder"},
      "en", new String[] {"expected", "forecast", "a year earlier", "a year ago", "last year", "previously"},
      "ru", new String[] {"ожидалось", "годом ранее", "год назад", "ранее"});

  /**
   * True when the elliptical amount ending before {@code k} is followed by one of {@link #EXPECTED}'s words and
   * then the end of the clause: "Analysten hatten 87,8 Mrd. erwartet", "vs 87.8 billion expected".
   */
  private static boolean expected(String t, int k, String lang) {
    for (String w : EXPECTED.getOrDefault(lang, new String[0])) {
      if (Figures.wordAt(t, k, w)) {
        int e = k + w.length();
        return e >= t.length() || ",.;:)–—".indexOf(t.charAt(e)) >= 0 || t.charAt(e) == '\n';
      }
    }
    return false;
  }

  /**
   * A bare number that is a whole cell of a table whose unit is named once for the column or the table: in its
   * column's header ("資助額（港元）" over "6,800萬", "Amount ($m)") or in parentheses in the caption line right before
   * the header row ("Umsatz nach Sparten (in Mio. €)" over "4.412"). Null otherwise, and for a signed cell (a change).
   */
  private Fact tableCell(Passage p, String t, NumberParser.Parsed num, String lang) {
    if (num.start() > 0 && "+-–−".indexOf(t.charAt(num.start() - 1)) >= 0) {
      return null;
    }
    newsfacts.extract.TableCells.Cell cell = newsfacts.extract.TableCells.wholeCell(t, num.start(), num.end());
    if (cell == null || cell.headerStart() == cell.rowStart()) {
      return null;
    }
    newsfacts.extract.Span head = newsfacts.extract.TableCells.cellAt(t, cell.headerStart(), cell.column());
    Unit unit = head == null ? null : unitIn(p, t, head.start(), head.end(), p.langAt(head.start()));
    if (unit == null) {
      int end = cell.headerStart() - 1;
      while (end > 0 && (t.charAt(end - 1) == '\n' || t.charAt(end - 1) == '\r' || t.charAt(end - 1) == ' ')) {
        end--;
      }
      int start = Math.max(t.lastIndexOf('\n', Math.max(0, end - 1)) + 1, end - 200);
      if (end > start && t.indexOf(newsfacts.extract.TableCells.CELL, start) != start
          && !t.substring(start, end).contains(newsfacts.extract.TableCells.CELL)) {
        unit = unitIn(p, t, start, end, p.langAt(start));
      }
    }
    if (unit == null) {
      return null;
    }
    // the cell is read in the language of the line naming the unit: rows of English labels in a German table
    // are still German figures ("4.412" is 4412)
    NumberParser.Parsed n = unit.lang().equals(lang) ? num : numbers.parseNumeric(t, num.start(), unit.lang());
    if (n == null || !n.valid() || n.end() != num.end()) {
      n = num;
    }
    return money(p, t, n.start(), n.end(), n.value() * unit.multiplier(), unit.code(), null);
  }

  /** A table's unit: what a bare cell is multiplied by, and its currency. */
  private record Unit(double multiplier, String code, String lang) {}

  /** Scale characters written alone in a unit ("（億元）", "（新台幣億元）", "（百万円）"), longest first. */
  private static final String[][] CJK_SCALES = {{"千万", "1e7"}, {"千萬", "1e7"}, {"百万", "1e6"}, {"百萬", "1e6"},
      {"兆", "1e12"}, {"億", "1e8"}, {"亿", "1e8"}, {"万", "1e4"}, {"萬", "1e4"}, {"千", "1e3"}};

  /** A scale word ("Mio.", "million") or scale characters ("億") at {@code k}: {scale, end}, or null. */
  private double[] scaleWordAt(String t, int k, String lang) {
    for (String[] s : CJK_SCALES) {
      if (t.startsWith(s[0], k)) {
        return new double[] {Double.parseDouble(s[1]), k + s[0].length()};
      }
    }
    return numbers.scaleAt(t, k, lang);
  }

  /** Labels before a unit in brackets: "（單位：新台幣億元）", "(Einheit: Mio. €)", "(unit: $ million)". */
  private static final List<String> UNIT_LABELS = List.of("單位：", "单位：", "単位：", "單位:", "单位:", "単位:",
      "unit:", "units:", "einheit:", "eenheid:", "единица:", "ед.:");

  /**
   * A unit in parentheses in {@code [from, to)}: an optional "in" or label ({@link #UNIT_LABELS}), an optional scale
   * word and a currency, in either order ("(in Mio. €)", "（港元）", "($m)", "(€ Mio.)", "（百万円）", "（新台幣億元）");
   * null when there is none.
   */
  private Unit unitIn(Passage p, String t, int from, int to, String lang) {
    int open = -1;
    for (int k = from; k < to; k++) {
      if (t.charAt(k) == '(' || t.charAt(k) == '（') {
        open = k;
      }
    }
    if (open < 0) {
      return null;
    }
    int close = open + 1;
    while (close < to && t.charAt(close) != ')' && t.charAt(close) != '）') {
      close++;
    }
    if (close >= to || close - open > 24) {
      return null;
    }
    int k = Figures.skipSpaces(t, open + 1, 1);
    if (t.startsWith("in ", k)) {
      k += 3;
    }
    for (String label : UNIT_LABELS) {
      if (CaseFold.regionMatches(t, k, label)) {
        k = Figures.skipSpaces(t, k + label.length(), 1); // "（單位：新台幣億元）", "(Einheit: Mio. €)"
        break;
      }
    }
    double scale = 1;
    double[] sc = scaleWordAt(t, k, lang);
    if (sc != null && sc[1] <= close) {
      scale = sc[0];
      k = Figures.skipSpaces(t, (int) sc[1], 1);
    }
    Currencies.Match cur = currencies.matchAt(t, k, lang, true);
    if (cur == null) {
      cur = currencies.matchAt(t, k, lang, false);
    }
    if (cur == null || cur.end() > close) {
      return null;
    }
    int e = Figures.skipSpaces(t, cur.end(), 1);
    if (scale == 1) {
      double[] after = e < close ? scaleWordAt(t, e, lang) : null;
      if (after != null && after[1] <= close) {
        scale = after[0];
        e = Figures.skipSpaces(t, (int) after[1], 1);
        Currencies.Match again = e < close ? suffix(t, e, lang) : null;
        if (again != null && again.end() <= close && again.entry().multiplier() == 1
            && code(p, t, again.entry(), e, lang).equals(code(p, t, cur.entry(), open, lang))) {
          e = Figures.skipSpaces(t, again.end(), 1); // "新台幣億元": the unit named again after the scale
        }
      }
    }
    if (e != close) {
      return null; // "(in Mio. € und %)": more than a unit
    }
    return new Unit(scale * cur.entry().multiplier(), code(p, t, cur.entry(), open, lang), lang);
  }

  /** A number with its suffix currency, scale word after a code and sub-units, without ranges. */
  private record Amount(double amount, Currencies.Entry entry, int end) {}

  private Amount single(String t, NumberParser.Parsed num, String lang) {
    Currencies.Match suf = suffix(t, num.end(), lang);
    if (suf == null) {
      return null;
    }
    double amount = num.value() * suf.entry().multiplier();
    int end = suf.end();
    if (num.scale() == 1) {
      double[] s = numbers.scaleAt(t, end, lang);
      if (s != null) {
        amount *= s[0];
        end = (int) s[1];
      }
    }
    Sub sub = subunit(t, end, lang, suf.entry());
    if (sub != null) {
      amount += sub.amount();
      end = sub.end();
    }
    if (suf.entry().multiplier() == 0.1 && end < t.length() && isCjk(t.charAt(end))
        && "分钱錢仙的".indexOf(t.charAt(end)) < 0) {
      return null; // 五角大楼 is the Pentagon, not 0.5 yuan
    }
    if (t.charAt(suf.end() - 1) == '角' && sub == null && suf.end() - num.start() == 2 && t.charAt(num.start()) == '一'
        && (end >= t.length() || "钱錢".indexOf(t.charAt(end)) < 0)) {
      return null; // 冰山一角 (the tip of the iceberg), 埃利奥特一角 (the role of Elliott): money only as 一角钱
    }
    return new Amount(amount, suf.entry(), end);
  }

  private Currencies.Match suffix(String t, int k, String lang) {
    int j = Figures.skipSpaces(t, k, 3);
    if (j == k && j + 1 < t.length() && t.charAt(j) == '-' && Character.isLetter(t.charAt(j + 1))) {
      j++; // "12-cent", "one-yen", "siebenhundert-Euro"
    }
    Currencies.Match m = currencies.matchAt(t, j, lang, false);
    if (m != null && m.end() < t.length() && NumberParser.digit(t.charAt(m.end())) >= 0
        && m.entry().where() != Currencies.Where.SUFFIX && !isCjk(m.entry().surface().charAt(0))) {
      return null; // "1 $10": the sign belongs to the next number
    }
    return m;
  }

  /**
   * True for "XからYに" / "XからYへ" between {@code firstEnd} and after {@code secondEnd}: a change from one figure
   * to another ("100億円から120億円に増えた"), two figures, where "3500億円から4000億円とされる" is a range.
   */
  private static boolean change(String t, int firstEnd, int secondEnd) {
    return t.startsWith("から", Figures.skipSpaces(t, firstEnd, 2)) && secondEnd < t.length()
        && (t.charAt(secondEnd) == 'に' || t.charAt(secondEnd) == 'へ');
  }

  /** The offset after a range connector at {@code k} ("-", "至", "bis", "and" after "between"), or -1. */
  private static int rangeAfter(String t, int k, int figureStart, String lang) {
    int j = Figures.skipSpaces(t, k, 2);
    for (String c : RANGE) {
      if (Figures.wordAt(t, j, c)) {
        return Figures.skipSpaces(t, j + c.length(), 2);
      }
    }
    boolean between = false;
    for (String b : BETWEEN) {
      if (Figures.wordBefore(t, figureStart, b)) {
        between = true;
      }
    }
    if (between) {
      for (String c : BETWEEN_AND) {
        if (Figures.wordAt(t, j, c)) {
          return Figures.skipSpaces(t, j + c.length(), 2);
        }
      }
    }
    return -1;
  }

  private record Sub(double amount, int end) {}

  /**
   * Cents after the main unit: "20 dollars 43 cents", "2ドル3セント", "五元三角", "15 dollars and 15.", "2222円13銭".
   * A bare number after the unit only counts when it ends the clause ("15 dollar 50."); in Chinese a bare
   * digit after 块/元 is jiao and after 角/毛 fen ("一块二" = 1.2, "两毛五" = 0.25, "三块零四" = 3.04).
   */
  private Sub subunit(String t, int k, String lang, Currencies.Entry unit) {
    if (unit.multiplier() == 0.1) {
      return chineseTail(t, k, lang, 0.01);
    }
    if (unit.multiplier() != 1) {
      return null;
    }
    boolean cjkUnit = isCjk(unit.surface().charAt(unit.surface().length() - 1));
    int j = Figures.skipSpaces(t, k, 2);
    boolean joined = false;
    for (String s : SUB_JOIN) {
      if (Figures.wordAt(t, j, s)) {
        j = Figures.skipSpaces(t, j + s.length(), 2);
        joined = true;
        break;
      }
    }
    if (j >= t.length() || (j == k && !joined && !cjkUnit)) {
      return null;
    }
    NumberParser.Parsed n = numbers.parse(t, j, lang);
    if (n == null || !n.valid() || !n.integer() || n.scale() != 1 || n.value() >= 100) {
      return null;
    }
    int e = Figures.skipSpaces(t, n.end(), 1);
    for (String[] u : SUB_UNITS) {
      if (Figures.wordAt(t, e, u[0])) {
        double v = n.value() * Double.parseDouble(u[1]);
        int end = e + u[0].length();
        if (u[1].equals("0.1")) {
          Sub fen = chineseTail(t, end, lang, 0.01);
          if (fen != null) {
            v += fen.amount();
            end = fen.end();
          }
        }
        return new Sub(v, end);
      }
    }
    if ("块塊元蚊".indexOf(unit.surface().charAt(unit.surface().length() - 1)) >= 0 && lang.startsWith("zh")
        && j == k) {
      return chineseTail(t, k, lang, 0.1);
    }
    // a bare number after the unit: "15 dollars and 15.", "$20 43", "100ユーロと30", "vijf euro vijftig"
    boolean digits = NumberParser.digit(t.charAt(n.start())) >= 0;
    if (!Figures.continuesAsFigure(t, n.end()) && clauseEnds(t, n.end()) && (!digits || n.end() - n.start() <= 2)) {
      return new Sub(n.value() / 100, n.end());
    }
    return null;
  }

  private static final String[][] SUB_UNITS = {
      {"cents", "0.01"}, {"cent", "0.01"}, {"ct", "0.01"}, {"c", "0.01"}, {"¢", "0.01"}, {"sens", "0.01"},
      {"sen", "0.01"}, {"kopiykas", "0.01"}, {"центов", "0.01"}, {"центами", "0.01"}, {"цента", "0.01"},
      {"цент", "0.01"}, {"ц", "0.01"}, {"копеек", "0.01"}, {"пенс", "0.01"}, {"penny", "0.01"}, {"pence", "0.01"},
      {"セント", "0.01"}, {"日本銭", "0.01"}, {"銭", "0.01"}, {"美分", "0.01"}, {"角", "0.1"}, {"毛", "0.1"},
      {"毫", "0.1"}, {"分", "0.01"}};

  /**
   * The Chinese tail after a unit: "六" (one digit of the next smaller unit, {@code step}), "零四" (two
   * units down), "七毛八" / "六角" / "八分" with their unit written.
   */
  private Sub chineseTail(String t, int k, String lang, double step) {
    if (k >= t.length() || !lang.startsWith("zh")) {
      return null;
    }
    int j = k;
    double s = step;
    if (t.charAt(j) == '零' && step > 0.01) {
      j++;
      s = step / 10;
    }
    if (j >= t.length()) {
      return null;
    }
    int d = NumberParser.cjkDigit(t.charAt(j));
    if (d < 0) {
      d = NumberParser.digit(t.charAt(j));
    }
    if (d < 0 || (j + 1 < t.length() && (NumberParser.cjkSmallUnit(t.charAt(j + 1)) > 0
        || NumberParser.digit(t.charAt(j + 1)) >= 0 || NumberParser.cjkDigit(t.charAt(j + 1)) >= 0))) {
      return null;
    }
    int end = j + 1;
    double v = d * s;
    if (end < t.length()) {
      char u = t.charAt(end);
      if (u == '分' || u == '仙') {
        return new Sub(d * 0.01, end + 1);
      }
      if (u == '角' || u == '毛' || u == '毫') {
        end++;
        v = d * 0.1;
        Sub fen = chineseTail(t, end, lang, 0.01);
        return fen == null ? new Sub(v, end) : new Sub(v + fen.amount(), fen.end());
      }
    }
    return new Sub(v, end);
  }

  private static boolean clauseEnds(String t, int k) {
    int j = Figures.skipSpaces(t, k, 1);
    return j >= t.length() || ".,;!?。、です".indexOf(t.charAt(j)) >= 0;
  }

  private static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA;
  }

  /** The ISO code of an entry in context: ¥ in Chinese, 元 in a Taiwan context. */
  private static String code(Passage p, String t, Currencies.Entry e, int at, String lang) {
    if (e.zhCode() != null && lang.startsWith("zh")) {
      return e.zhCode();
    }
    if (e.twCode() != null) { // a bare 元
      String local = localDollar(p, t, at);
      if (local != null) {
        return local;
      }
    }
    return e.code();
  }

  /** Hong Kong dollar markers: a bare 元 after one is HKD ("資助額（港元）… 6,800萬元"). */
  private static final String[] HONG_KONG = {"港元", "港幣", "港币", "HK$", "HKD"};

  /**
   * The dollar a bare 元 at {@code at} stands for when not the yuan: TWD or HKD when that place's marker is the nearest
   * before it in its sentence, else when the last one before it anywhere in the text is that place's (Taiwan's
   * traditional-script markers, Hong Kong's) and no mainland marker came since. Hong Kong's markers count only in a
   * text written in traditional script (億, 萬). Null for the yuan.
   */
  private static String localDollar(Passage p, String t, int at) {
    int from = Math.max(p.sentenceAt(at).start(), at - 200);
    Markers m = Markers.of(t);
    for (int k = at - 1; k >= from; k--) {
      for (String w : TAIWAN) {
        if (t.startsWith(w, k)) {
          return "TWD";
        }
      }
      // Hong Kong's dollar only in traditional script: a mainland "港股报73.5港元…A股报118.6元" is in yuan
      for (String w : HONG_KONG) {
        if (m.traditionalNumerals && t.startsWith(w, k)) {
          return "HKD";
        }
      }
    }
    int tw = lastBefore(m.traditional, at);
    int hk = lastBefore(m.hongKong, at);
    int mainland = lastBefore(m.mainland, at);
    if (tw > mainland) { // a Taiwanese outlet's article, which may quote a Hong Kong price on the way
      return "TWD";
    }
    if (hk > mainland && tw < 0 && m.traditionalNumerals) { // a mainland report on a Hong Kong listing stays in yuan
      return "HKD";
    }
    // a Hong Kong article: traditional script, prices in HK dollars somewhere, never NT$ or RMB ("資助額約4.6億元" in
    // a government release that names "18億港元" further down)
    return m.hongKong.length > 0 && m.traditional.length == 0 && m.mainland.length == 0 && m.traditionalNumerals
        ? "HKD" : null;
  }

  private static final String[] TAIWAN = {"新台幣", "新台币", "台幣", "台币", "NT$", "臺幣"};
  /** The markers a Taiwanese outlet writes (traditional script): they set the currency of the whole article. */
  private static final String[] TAIWAN_TRADITIONAL = {"新台幣", "台幣", "臺幣", "NT$"};
  private static final String[] MAINLAND = {"人民幣", "人民币", "RMB"};

  /** The last of the sorted {@code starts} before {@code at}, or -1. */
  private static int lastBefore(int[] starts, int at) {
    int k = java.util.Arrays.binarySearch(starts, at);
    int i = (k >= 0 ? k : -k - 1) - 1;
    return i >= 0 ? starts[i] : -1;
  }

  /**
   * Where a text's Taiwanese (traditional) and mainland currency markers start, found in one pass and kept for
   * the text last asked about on this thread: {@link #localDollar} asks for every bare 元, and a search back over
   * the whole text each time made a megabyte of figures take seconds.
   */
  private static final class Markers {
    private static final ThreadLocal<Markers> LAST = new ThreadLocal<>();
    private final java.lang.ref.WeakReference<String> text;
    final int[] traditional;
    final int[] hongKong;
    final int[] mainland;
    /** The text writes 億 or 萬, the traditional forms of 亿 and 万. */
    final boolean traditionalNumerals;

    private Markers(String t) {
      this.text = new java.lang.ref.WeakReference<>(t);
      this.traditional = starts(t, TAIWAN_TRADITIONAL);
      this.hongKong = starts(t, HONG_KONG);
      this.traditionalNumerals = t.indexOf('億') >= 0 || t.indexOf('萬') >= 0;
      this.mainland = starts(t, MAINLAND);
    }

    static Markers of(String t) {
      Markers m = LAST.get();
      if (m == null || m.text.get() != t) {
        m = new Markers(t);
        LAST.set(m);
      }
      return m;
    }

    private static int[] starts(String t, String[] markers) {
      java.util.List<Integer> out = new java.util.ArrayList<>();
      for (String w : markers) {
        for (int k = t.indexOf(w); k >= 0; k = t.indexOf(w, k + 1)) {
          out.add(k);
        }
      }
      return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
  }

  /** True when the figure is a side of an exchange rate: an equals sign right before or after it ("1ドル=151円"). */
  private static boolean exchangeRate(String t, int start, int end) {
    int a = Figures.skipSpaces(t, end, 1);
    int b = Figures.skipSpacesBack(t, start, 1);
    return (a < t.length() && (t.charAt(a) == '=' || t.charAt(a) == '＝'))
        || (b > 0 && (t.charAt(b - 1) == '=' || t.charAt(b - 1) == '＝'));
  }

  private static Fact money(Passage p, String t, int start, int end, double amount, String code, Double max) {
    if (!(amount >= 0) || Double.isInfinite(amount) || exchangeRate(t, start, end)) {
      return null;
    }
    if (end < t.length() && (t.charAt(end) == '级' || t.charAt(end) == '級')) {
      return null; // an order of magnitude, not an amount: "千万元级订单客户", "1000億円級"
    }
    Qualifier q = Qualifiers.before(t, start);
    if (q == null) {
      q = Qualifiers.after(t, end);
    }
    return Fact.money(t.substring(start, end), start, p.langAt(start), amount, code, max, q);
  }
}
