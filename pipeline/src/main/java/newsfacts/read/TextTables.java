package newsfacts.read;

/**
 * Tables drawn with characters, as tools print them and plain-text writers type them: box drawing
 * ({@code │ T-Pro-2.1 │ 0.774 │}), Markdown and ASCII ({@code | GPT-5 | 68 |}). Each row becomes one line of cells
 * joined by {@link BlockText#CELL_SEPARATOR}, the form the reader gives an HTML table's rows, so the extractors read
 * all tables the same way; rule lines ({@code ├────┼────┤}, {@code |---|:--:|}, {@code +----+}) are dropped. Other
 * lines are left as they are.
 */
final class TextTables {
  private TextTables() {}

  /** Cell borders: the box-drawing vertical bars and the ASCII bar. */
  private static final String BARS = "│┃║|";
  /** Characters of a rule line between rows. */
  private static final String RULES = "─━═-+:|│┃║├┤┼┌┐└┘┬┴╞╡╪╟╢╫╠╣╬=";

  /** {@code text} with its drawn table rows as cell lines; the same instance when it holds no bar at a line start. */
  static String normalize(String text) {
    if (!hasRow(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = text.substring(start, end);
      String row = row(line);
      if (row == null && rule(line)) {
        // a rule line of a drawn table: dropped with its line break
      } else {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        out.append(row != null ? row : line);
        if (end < n) {
          out.append('\n');
        }
      }
      start = end + 1;
    }
    String s = out.toString();
    return s.endsWith("\n") && !text.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean hasRow(String text) {
    int k = 0;
    while (k < text.length()) {
      int j = k;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j < text.length() && BARS.indexOf(text.charAt(j)) >= 0) {
        return true;
      }
      k = text.indexOf('\n', k);
      if (k < 0) {
        return false;
      }
      k++;
    }
    return false;
  }

  /** The cells of a drawn row ("│ a │ b │", "| a | b |"), joined; null when the line is no row of two cells or more. */
  static String row(String line) {
    String l = line.strip();
    if (l.length() < 3 || BARS.indexOf(l.charAt(0)) < 0 || BARS.indexOf(l.charAt(l.length() - 1)) < 0) {
      return null;
    }
    String[] cells = l.substring(1, l.length() - 1).split("[│┃║|]", -1);
    if (cells.length < 2) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    boolean text = false;
    for (String c : cells) {
      String v = c.strip();
      if (!v.isEmpty() && !rule(v)) {
        text = true;
      }
      if (b.length() > 0) {
        b.append(BlockText.CELL_SEPARATOR);
      }
      b.append(v);
    }
    return text ? b.toString() : null;
  }

  /** True when the line holds only rule characters and spaces, at least three of them. */
  static boolean rule(String line) {
    int n = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (RULES.indexOf(c) >= 0) {
        n++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return n >= 3;
  }
}
