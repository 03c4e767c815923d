package newsfacts.extract.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Where a matched alias may end: the word-boundary rules per script (a katakana alias may not start or
 * end inside a run of katakana: デル is not in モデル), Russian case endings on
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

  private WordForms() {}

  /**
   * The end offset of the word form matched by {@code t} at {@code [start, end)}, or -1 when the match
   * is not a whole word form.
   */
  static int end(Target t, String text, int start, int end, String lang) {
    if ((t.wordStart() && Scripts.wordBefore(text, start)) || (t.kanaStart() && Scripts.kanaBefore(text, start))
        || (t.kanaEnd() && Scripts.kanaAt(text, end))) {
      return -1;
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
