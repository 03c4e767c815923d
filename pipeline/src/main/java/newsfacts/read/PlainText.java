package newsfacts.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, date and normalized text of a plain-text article.
 *
 * <ul>
 *   <li>Text: line breaks normalized to {@code \n}, trailing spaces cut, runs of blank lines cut to
 *       one (paragraphs are separated by exactly one blank line), a leading U+FEFF dropped; paragraphs an
 *       outlet marks as ads or related reading dropped ({@link MarkedBlocks}).
 *   <li>Date: a first line starting {@code date 2025-12-14} (or {@code Date:}) gives the date, and
 *       that prefix is removed from the text.
 *   <li>Title: the first line, when it is at most {@value #MAX_TITLE} characters and does not end
 *       with a full stop ({@code .} or {@code 。}): otherwise it is a paragraph, not a heading. A lone short word before it ({@code Workflow}: a crawler's
 *       leftover) is skipped.
 * </ul>
 */
final class PlainText {
  /** Longest first line taken as a title. */
  static final int MAX_TITLE = 200;

  private static final Pattern DATE_LINE = Pattern.compile(
      "^[ \\t]*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?)[ \\t]*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LONE_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d-]{0,14}");

  private PlainText() {}

  /** The parts of a plain-text article; title and published may be null. */
  record Parts(String title, String published, String text) {}

  static Parts of(String decoded) {
    String text = unwrap(TextTables.normalize(MarkedBlocks.drop(normalize(decoded))));
    String published = null;
    Matcher date = DATE_LINE.matcher(text);
    if (date.lookingAt()) { // the pattern is anchored at the start: find() could match nowhere else
      published = Dates.iso(date.group(1));
      if (published != null) {
        text = text.substring(date.end()).strip();
      }
    }
    return new Parts(title(text), published, text);
  }

  /** Shortest line (chars) taken as hard-wrapped when the next one goes on in lower case. */
  static final int WRAPPED_LINE = 40;

  /**
   * {@code text} with the line breaks of hard-wrapped paragraphs as spaces: a break after a line of at least
   * {@value #WRAPPED_LINE} chars that is no table row and does not end in a colon, before a lower-case letter, a
   * digit or a currency sign ("naar tussen\nde $20 en $25 miljard"). One char for one: offsets do not move. Lines
   * of Chinese and Japanese, which have no case, are left as they are.
   */
  static String unwrap(String text) {
    char[] c = null;
    int lineStart = 0;
    for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
      int start = lineStart;
      lineStart = k + 1;
      if (k - start < WRAPPED_LINE || k + 1 >= text.length()) {
        continue;
      }
      char last = text.charAt(k - 1);
      char next = text.charAt(k + 1);
      boolean goesOn = Character.isLowerCase(next) || Character.isDigit(next) || "$€£¥₽".indexOf(next) >= 0;
      if (goesOn && last != ':' && last != '：' && !Character.isWhitespace(last)
          && text.lastIndexOf(BlockText.CELL_SEPARATOR, k) < start && !text.startsWith("• ", start)) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[k] = ' ';
      }
    }
    return c == null ? text : new String(c);
  }

  static String title(String text) {
    int firstEnd = text.indexOf('\n');
    String first = (firstEnd < 0 ? text : text.substring(0, firstEnd)).strip();
    if (firstEnd >= 0 && LONE_WORD.matcher(first).matches()) {
      int secondEnd = text.indexOf('\n', firstEnd + 1);
      String second = text.substring(firstEnd + 1, secondEnd < 0 ? text.length() : secondEnd);
      if (!second.isBlank()) {
        first = second.strip();
      }
    }
    if (first.isEmpty() || first.length() > MAX_TITLE || first.endsWith("。")
        || first.endsWith(".") && !first.endsWith("..")) {
      return null;
    }
    return first;
  }

  /**
   * Normalizes line breaks and blank lines (see the class comment). Lines are appended as ranges of
   * the input, not copied out and trimmed one by one.
   */
  static String normalize(String s) {
    String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
    StringBuilder out = new StringBuilder(t.length());
    int blank = 0;
    int start = 0;
    int n = t.length();
    while (start <= n) {
      int end = start;
      while (end < n && t.charAt(end) != '\n' && t.charAt(end) != '\r') {
        end++;
      }
      int kept = end;
      while (kept > start && (t.charAt(kept - 1) == ' ' || t.charAt(kept - 1) == '\t')) {
        kept--;
      }
      if (isBlank(t, start, kept)) {
        blank++;
      } else {
        if (out.length() > 0) {
          out.append(blank > 0 ? "\n\n" : "\n");
        }
        out.append(t, start, kept);
        blank = 0;
      }
      if (end < n && t.charAt(end) == '\r' && end + 1 < n && t.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** As {@link String#isBlank} of {@code t[from, to)}: no supplementary code point is white space. */
  private static boolean isBlank(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
