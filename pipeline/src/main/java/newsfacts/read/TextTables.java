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

  /**
   * {@code text} with its drawn table rows and its space-aligned tables as cell lines; the same instance when it
   * holds neither.
   */
  static String normalize(String text) {
    return aligned(drawn(text));
  }

  /** {@code text} with its drawn table rows as cell lines; the same instance when it holds no bar at a line start. */
  private static String drawn(String text) {
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

  /** Columns of a space-aligned table: cells apart by two spaces or more, or a tab. */
  private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile(" {2,}|\t+");
  /** Fewest rows (the header counted) and columns of a space-aligned table. */
  private static final int ALIGNED_ROWS = 3;
  private static final int ALIGNED_COLUMNS = 3;

  /**
   * {@code text} with its space-aligned tables as cell lines: a run of at least {@value #ALIGNED_ROWS} lines that each
   * split into the same number (at least {@value #ALIGNED_COLUMNS}) of cells at gaps of two spaces or more, with a
   * number in a cell past the first on every line but the first (the header):
   * <pre>
   *   Model               EuroEval-nl   MMLU-nl
   *   GPT-NL                     61,2      58,4
   * </pre>
   * as plain-text newsletters and PDF text print them. The same instance when there is none.
   */
  static String aligned(String text) {
    if (!text.contains("   ")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    String[][] cells = new String[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      String[] c = l.indexOf("  ") < 0 && l.indexOf('\t') < 0 ? null : GAP.split(l);
      cells[i] = c != null && c.length >= ALIGNED_COLUMNS ? c : null;
    }
    boolean changed = false;
    for (int i = 0; i < lines.length; ) {
      int j = i;
      while (j < lines.length && cells[j] != null && cells[j].length == cells[i].length
          && (j == i || numberPastFirst(cells[j]))) {
        j++;
      }
      if (j - i >= ALIGNED_ROWS) {
        for (int k = i; k < j; k++) {
          lines[k] = String.join(BlockText.CELL_SEPARATOR, cells[k]);
        }
        changed = true;
        i = j;
      } else {
        i = Math.max(j, i + 1);
      }
    }
    return changed ? String.join("\n", lines) : text;
  }

  /** True when a cell past the first is a short figure ("61,2", "+4.1%", "$1.2bn" is not: it ends in a letter). */
  private static boolean numberPastFirst(String[] cells) {
    for (int k = 1; k < cells.length; k++) {
      String c = cells[k];
      if (!c.isEmpty() && c.length() <= 12 && (Character.isDigit(c.charAt(c.length() - 1)) || c.endsWith("%"))) {
        return true;
      }
    }
    return false;
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
