package newsfacts.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a matched alias may end: the word-boundary rules per script (a katakana alias may not start or
 * end inside a run of katakana: デル is not in モデル; a Chinese alias may not start with the 日 of a date),
 * Russian case endings on
 * Cyrillic aliases, and the Dutch/German genitive {@code -s}. Compounds ({@code Nvidia-chips},
 * {@code DeepSeek-modellen}) and possessives ({@code DeepSeek’s}, {@code Alibaba's}) need no rule: the
 * hyphen or apostrophe already ends the word, and the span stops before it.
 */
final class WordForms {
  /** Russian noun endings that may follow a Cyrillic alias (after its stem), at most 3 letters. */
  static final Set<String> RUSSIAN_ENDINGS = Set.of(
      "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "ою", "ею", "е", "и", "ы", "ов", "ев", "ам", "ям", "ами", "ями",
      "ах", "ях", "ь", "й");
  private static final int MAX_ENDING = 3;
  /** Korean particles that may follow a Hangul name ("삼성전자는", "애플의"); Korean is spaced otherwise. */
  static final Set<String> KOREAN_PARTICLES = Set.of("은", "는", "이", "가", "의", "을", "를", "와", "과", "에", "에서",
      "로", "으로", "도", "만", "과의", "와의", "에게", "이다", "측");

  private WordForms() {}

  /**
   * True when the match starts with 年, 月, 日 or 号 right after a number: the char belongs to a date
   * ("6月11日经环球影业发行" holds no 日经, Nikkei).
   */
  static boolean dateChar(String text, int start) {
    if (start == 0 || "年月日号".indexOf(text.charAt(start)) < 0) {
      return false;
    }
    char before = text.charAt(start - 1);
    return Character.isDigit(before) || "〇一二三四五六七八九十".indexOf(before) >= 0;
  }

  /**
   * Inflected forms of the first word of a multi-word Cyrillic name, whose last word is matched with
   * endings anyway: "Лаборатория Касперского" gives "Лаборатории Касперского", "Лабораторией
   * Касперского"... A first word ending in {@code а}/{@code я} swaps that vowel, one ending in a consonant
   * takes an ending. A German adjective in {@code -sche} first ("Deutsche Bank") takes {@code -n} and
   * {@code -r} ("der Deutschen Bank"). Empty for other aliases.
   */
  static List<String> firstWordForms(String alias) {
    int space = alias.indexOf(' ');
    if (space >= 5 && alias.startsWith("sche", space - 4) && Character.isUpperCase(alias.charAt(0))) {
      String word = alias.substring(0, space);
      return List.of(word + "n" + alias.substring(space), word + "r" + alias.substring(space));
    }
    if (space < 3 || !Scripts.isCyrillic(alias.codePointBefore(space))) {
      return List.of();
    }
    String word = alias.substring(0, space);
    String rest = alias.substring(space);
    char last = Character.toLowerCase(word.charAt(word.length() - 1));
    List<String> endings;
    String stem;
    if (last == 'а' || last == 'я') {
      stem = word.substring(0, word.length() - 1);
      endings = last == 'а' ? List.of("ы", "е", "у", "ой", "и") : List.of("и", "ю", "ей", "е");
    } else if (Scripts.isCyrillic(last) && "еёиоуыэюяьй".indexOf(last) < 0) {
      stem = word;
      endings = List.of("а", "у", "ом", "е");
    } else {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String e : endings) {
      out.add(stem + e + rest);
    }
    return out;
  }

  /**
   * True when a match ending in a digit stops before a decimal of the same number: "Mistral Medium 3" is
   * not in "Mistral Medium 3.1".
   */
  static boolean decimalGoesOn(String text, int start, int end) {
    return end > start && end + 1 < text.length() && Character.isDigit(text.charAt(end - 1))
        && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1));
  }

  /**
   * The end offset of the word form matched by {@code t} at {@code [start, end)}, or -1 when the match
   * is not a whole word form.
   */
  static int end(Target t, String text, int start, int end, String lang) {
    if (dateChar(text, start) || decimalGoesOn(text, start, end)) {
      return -1;
    }
    if ((t.wordStart() && Scripts.wordBefore(text, start)) || (t.kanaStart() && Scripts.kanaBefore(text, start))
        || (t.kanaEnd() && Scripts.kanaAt(text, end))) {
      return -1;
    }
    if (Scripts.isHangul(text.codePointAt(start))
        && (start > 0 && Scripts.isHangul(text.codePointBefore(start)))) {
      return -1; // a Hangul name starts a word: 애플 is not in 사과애플
    }
    if (end > start && Scripts.isHangul(text.codePointBefore(end)) && end < text.length()
        && Scripts.isHangul(text.codePointAt(end))) {
      int e = end;
      while (e < text.length() && e - end <= 2 && Scripts.isHangul(text.codePointAt(e))) {
        e++;
      }
      boolean particle = KOREAN_PARTICLES.contains(text.substring(end, e)) && !(e < text.length()
          && Scripts.isHangul(text.codePointAt(e)));
      return particle ? end : -1; // "애플의" is Apple, "애플리케이션" is not
    }
    if (t.cyrillicEnd()) {
      int e = end;
      while (e < text.length() && e - end <= MAX_ENDING && Scripts.isCyrillic(text.codePointAt(e))) {
        e++;
      }
      if (Scripts.wordAt(text, e)) {
        return -1;
      }
      if (e == end) {
        return t.stem() ? -1 : end;
      }
      String ending = text.substring(end, e).toLowerCase(Locale.ROOT).replace('ё', 'е');
      return RUSSIAN_ENDINGS.contains(ending) ? e : -1;
    }
    if (!t.wordEnd() || !Scripts.wordAt(text, end)) {
      return end;
    }
    boolean genitive = ("de".equals(lang) || "nl".equals(lang)) && (text.charAt(end) == 's')
        && !Scripts.wordAt(text, end + 1) && Character.isLetter(text.codePointBefore(end));
    return genitive ? end + 1 : -1;
  }
}
