package newsfacts.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsfacts.extract.Qualifier;

/**
 * Hedge words around a figure: "about/ruim/rund/около/約/约" (approx), "more than/超过/mehr als/以上"
 * (atLeast), "up to/bis zu/до/以下" (atMost). Phrases are checked right before the figure (and, for
 * Chinese and Japanese, right after it); the longest phrase wins. All languages' phrases are tried, since
 * they do not collide. Russian "до" after a verb of change is "to", not "up to" ("увеличил выручку в 44 раза,
 * до 2,88 млрд юаней", "довести его до полутриллиона рублей"), and so is "до" right after the amount of a change
 * ("снизил стоимость ... в два раза — до 0,6 руб.", "на 15%, до 5 млрд"): no qualifier then.
 */
final class Qualifiers {
  private record Phrase(String text, Qualifier q) {}

  private static final List<Phrase> BEFORE_BUILD = new ArrayList<>();
  private static final List<Phrase> AFTER_BUILD = new ArrayList<>();
  private static final List<Phrase> BEFORE;
  private static final List<Phrase> AFTER;

  /**
   * The phrases of {@link #BEFORE} by every char their last char matches case-insensitively, longest first:
   * a figure is checked against the few phrases that can end right before it, not against all of them.
   */
  private static final Phrase[][] BEFORE_BY_LAST = new Phrase[Character.MAX_VALUE + 1][];

  static {
    before(Qualifier.APPROX, "about", "around", "approximately", "roughly", "nearly", "almost", "some",
        "circa", "ca.", "an estimated", "estimated", "approx.",
        "ongeveer", "zo'n", "bijna", "ruim", "rond de", "rond", "omstreeks", "circa",
        "rund", "etwa", "knapp", "fast", "ungefähr", "gut", "zirka",
        "около", "примерно", "почти", "порядка", "приблизительно", "почти",
        "约", "大约", "约为", "近", "将近", "接近", "大概", "約", "およそ", "概ね", "ほぼ");
    before(Qualifier.AT_LEAST, "more than", "over", "at least", "above", "in excess of", "upwards of",
        "exceeding", "no less than", "not less than", "起碼", "起码", "meer dan", "boven de", "minstens", "ten minste", "tenminste", "mehr als", "über",
        "mindestens", "более", "больше", "больше чем", "более чем", "свыше", "выше", "как минимум", "не менее",
        "超过", "超過", "逾", "至少", "多于", "超");
    before(Qualifier.AT_MOST, "up to", "less than", "lower than", "no more than", "not more than", "under", "at most", "below", "tot", "tot wel", "maximaal",
        "minder dan", "hooguit", "lager dan", "bis zu", "weniger als", "höchstens", "maximal", "unter", "до",
        "менее", "меньше", "меньше чем", "ниже", "не более", "не больше", "最多", "不到", "不超过", "少于", "最大");
    after(Qualifier.AT_LEAST, "以上", "超", "余り", "余", "多");
    after(Qualifier.AT_MOST, "以下", "未満", "以内");
    after(Qualifier.APPROX, "左右", "前后", "程度", "前後");
    BEFORE_BUILD.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
    AFTER_BUILD.sort(Comparator.comparingInt((Phrase p) -> -p.text().length()));
    BEFORE = List.copyOf(BEFORE_BUILD);
    AFTER = List.copyOf(AFTER_BUILD);
    java.util.Map<Integer, List<Phrase>> byFold = new java.util.HashMap<>();
    for (Phrase p : BEFORE) {
      byFold.computeIfAbsent(CaseFold.fold(p.text().charAt(p.text().length() - 1)), k -> new ArrayList<>()).add(p);
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      List<Phrase> l = byFold.get(CaseFold.fold((char) c));
      if (l != null) {
        BEFORE_BY_LAST[c] = l.toArray(Phrase[]::new);
      }
    }
  }

  private static void before(Qualifier q, String... phrases) {
    for (String p : phrases) {
      BEFORE_BUILD.add(new Phrase(p, q));
    }
  }

  private static void after(Qualifier q, String... phrases) {
    for (String p : phrases) {
      AFTER_BUILD.add(new Phrase(p, q));
    }
  }

  /** Stems of Russian verbs of change: "до" after one of them gives the new value, not a cap. */
  private static final String[] CHANGE_STEMS = {"увелич", "вырос", "вырас", "возрос", "дорос", "сократ",
      "сокращ", "снизи", "сниж", "упал", "упад", "довест", "довед", "доводи", "подорож", "подешев", "повыс",
      "повыш", "понизи", "нараст", "подня", "опусти", "расшир", "удвои", "утрои"};
  /** How far before "до" (chars, same clause) a verb of change is looked for. */
  private static final int CHANGE_REACH = 40;

  private Qualifiers() {}

  /** True when a word starting with a verb-of-change stem stands in the {@value #CHANGE_REACH} chars before {@code k}. */
  private static boolean changeVerbBefore(String text, int k) {
    int from = Math.max(0, k - CHANGE_REACH);
    for (int i = k - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
        return false;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        for (String stem : CHANGE_STEMS) {
          if (text.regionMatches(true, i, stem, 0, stem.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How far before "до" (chars) the amount of a change ("в два раза", "на 15%") is looked for. */
  private static final int CHANGE_AMOUNT_REACH = 15;

  /**
   * True when the amount of a change ends right before {@code k}, a comma or dash between: the word "раз" or
   * "раза" ("в два раза — до 0,6 руб.", the verb of change far back) or a percent sign ("на 15%, до 5 млрд").
   */
  private static boolean changeAmountBefore(String text, int k) {
    int from = Math.max(0, k - CHANGE_AMOUNT_REACH);
    for (int i = k - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '%' || c == '％') {
        return true;
      }
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
        return false;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        int e = i;
        while (e < k && Character.isLetter(text.charAt(e))) {
          e++;
        }
        String w = text.substring(i, e);
        if (w.equalsIgnoreCase("раз") || w.equalsIgnoreCase("раза")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The qualifier written right before {@code start} (spaces allowed in between), or null. */
  static Qualifier before(String text, int start) {
    int e = start;
    while (e > 0 && e > start - 3 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    Phrase[] cands = e > 0 ? BEFORE_BY_LAST[text.charAt(e - 1)] : null;
    if (cands == null) {
      return null;
    }
    for (Phrase p : cands) {
      int s = e - p.text().length();
      if (s < 0 || !CaseFold.regionMatches(text, s, p.text())) {
        continue;
      }
      if (Currencies.wordChar(p.text().charAt(0)) && s > 0 && Currencies.wordChar(text.charAt(s - 1))) {
        continue;
      }
      if (Currencies.wordChar(p.text().charAt(p.text().length() - 1)) && e == start) {
        continue; // "ca.5" is fine, "over5" is not a word
      }
      if (p.text().equals("до") && (changeVerbBefore(text, s) || changeAmountBefore(text, s))) {
        return null; // "вырос до 5 млрд", "в два раза — до 0,6 руб.": the new value
      }
      return p.q();
    }
    return null;
  }

  /** The qualifier written right after {@code end} (CJK suffixes like 以上), or null. */
  static Qualifier after(String text, int end) {
    for (Phrase p : AFTER) {
      if (text.startsWith(p.text(), end)) {
        return p.q();
      }
    }
    return null;
  }
}
