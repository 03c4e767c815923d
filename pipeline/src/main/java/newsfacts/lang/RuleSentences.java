package newsfacts.lang;

import java.util.List;
import newsfacts.extract.Span;

/**
 * A rule-based sentence splitter for the languages without an OpenNLP model here (nl, ru, zh, ja, und).
 *
 * <ul>
 *   <li>{@code 。！？｡} (and {@code !?} right before a CJK character) end a sentence at once, with any closing
 *       brackets or quotes after them ({@code 」』）”}).
 *   <li>{@code . ! ? …} end a sentence only before whitespace and a word that does not start in lower case,
 *       so decimals ("4.5"), versions ("Qwen2.5") and "4,5" never split.
 *   <li>A period after an {@link Abbreviations abbreviation} never ends a sentence ("mln.", "т.е.", "z.B."),
 *       or ends one only before a capital ("Inc.", "г.").
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class RuleSentences {
  private static final String CLOSERS = ")]}\"'”’»」』）】》〉｣";
  private static final String CJK_TERMINATORS = "。！？｡";
  private static final String TERMINATORS = ".!?…";

  private RuleSentences() {}

  /** Adds the sentences of {@code text[start, end)} to {@code out}, trimmed. */
  static void split(String text, int start, int end, Abbreviations abbreviations, List<Span> out) {
    int s = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean cjk = CJK_TERMINATORS.indexOf(c) >= 0
          || ((c == '!' || c == '?') && i + 1 < end && isCjk(text.charAt(i + 1)));
      if (cjk) {
        int j = skipClosers(text, skipAny(text, i + 1, end, CJK_TERMINATORS + "!?"), end);
        add(text, s, j, out);
        s = j;
        i = j - 1;
        continue;
      }
      if (TERMINATORS.indexOf(c) < 0) {
        continue;
      }
      int run = skipAny(text, i + 1, end, TERMINATORS);
      int j = skipClosers(text, run, end);
      if (j < end && !Character.isWhitespace(text.charAt(j))) {
        continue; // 4.5, Qwen2.5, e.g.x, "?!" inside a word
      }
      int next = skipSpace(text, j, end);
      if (next == end) {
        continue; // the block's end closes the sentence anyway
      }
      char n = text.charAt(next);
      if (Character.isLowerCase(n)) {
        continue;
      }
      if (c == '.' && run == i + 1) {
        Abbreviations.Kind kind = abbreviations.at(text, s, i);
        if (kind == Abbreviations.Kind.NEVER_FINAL
            || kind == Abbreviations.Kind.MAY_END && !Character.isUpperCase(n)) {
          continue;
        }
      }
      add(text, s, j, out);
      s = next;
      i = next - 1;
    }
    add(text, s, end, out);
  }

  /** Whether {@code c} is a Han, kana or Hangul character (a CJK sentence goes on without a space). */
  static boolean isCjk(char c) {
    Script s = Script.of(c);
    return s == Script.HAN || s == Script.KANA || s == Script.HANGUL;
  }

  private static int skipAny(String text, int i, int end, String chars) {
    while (i < end && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int skipClosers(String text, int i, int end) {
    return skipAny(text, i, end, CLOSERS);
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Adds {@code text[s, e)} trimmed, if anything is left. */
  static void add(String text, int s, int e, List<Span> out) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(s, e));
    }
  }
}
