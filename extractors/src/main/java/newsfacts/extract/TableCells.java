package newsfacts.extract;

/**
 * The geometry of a table in a passage's text: the reader writes each data row as one line of short cells
 * joined by {@link #CELL} ("PLaMo 3 Prime | 8.71 | 72.5％"), rows as lines (blank lines between them allowed),
 * the first row of the run of lines with as many cells being the table's header. Bounded: a row is at most
 * {@link #MAX_ROW} chars, so asking at every number of a text stays linear.
 */
public final class TableCells {
  private TableCells() {}

  /** How the cells of a row are joined. */
  public static final String CELL = " | ";
  /** Longest row (chars) looked at. */
  public static final int MAX_ROW = 1000;

  /**
   * Where a cell stands: its row's start and end, its column (0 is the first cell) and the start of the table's
   * header row (the first row of the run; equal to {@code rowStart} for the header itself).
   */
  public record Cell(int rowStart, int rowEnd, int column, int headerStart) {}

  /**
   * The cell that starts at {@code start} (after a {@link #CELL} separator, spaces allowed) and holds nothing after
   * {@code end} but spaces; null when {@code [start, end)} is not a whole cell of a row after the first cell.
   */
  public static Cell wholeCell(String t, int start, int end) {
    int bar = start;
    while (bar > 0 && t.charAt(bar - 1) == ' ') {
      bar--;
    }
    if (bar < 2 || t.charAt(bar - 1) != '|' || t.charAt(bar - 2) != ' ') {
      return null;
    }
    int cellStart = bar - 2;
    int rowStart = lastNewline(t, cellStart) + 1;
    if (rowStart < 0) {
      return null;
    }
    int rowEnd = end;
    while (rowEnd < t.length() && t.charAt(rowEnd) != '\n' && rowEnd - rowStart <= MAX_ROW) {
      rowEnd++;
    }
    if (rowEnd - rowStart > MAX_ROW) {
      return null;
    }
    int cellEnd = end;
    while (cellEnd < rowEnd && !t.startsWith(CELL, cellEnd)) {
      cellEnd++;
    }
    if (!t.substring(end, cellEnd).isBlank()) {
      return null;
    }
    int column = count(t, rowStart, cellStart + CELL.length());
    int cells = count(t, rowStart, rowEnd);
    int header = rowStart;
    while (header > 0) {
      int prevEnd = header - 1;
      while (prevEnd > 0 && (t.charAt(prevEnd - 1) == '\n' || t.charAt(prevEnd - 1) == '\r')) {
        prevEnd--;
      }
      int prevStart = lastNewline(t, prevEnd) + 1;
      if (prevEnd <= 0 || prevStart < 0 || count(t, prevStart, prevEnd) != cells) {
        break;
      }
      header = prevStart;
    }
    return new Cell(rowStart, rowEnd, column, header);
  }

  /** The span of cell {@code column} of the row starting at {@code rowStart}, trimmed of spaces. */
  public static Span cellAt(String t, int rowStart, int column) {
    int k = rowStart;
    for (int c = 0; c < column; c++) {
      while (k < t.length() && !t.startsWith(CELL, k) && t.charAt(k) != '\n') {
        k++;
      }
      if (k >= t.length() || t.charAt(k) == '\n') {
        return null;
      }
      k += CELL.length();
    }
    int e = k;
    while (e < t.length() && !t.startsWith(CELL, e) && t.charAt(e) != '\n' && e - k <= MAX_ROW) {
      e++;
    }
    while (k < e && t.charAt(k) == ' ') {
      k++;
    }
    while (e > k && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\r')) {
      e--;
    }
    return new Span(k, e);
  }

  /** The last '\n' before {@code k} at most {@link #MAX_ROW} chars back, -1 for the text start, -2 for none. */
  private static int lastNewline(String t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - MAX_ROW); j--) {
      if (t.charAt(j) == '\n') {
        return j;
      }
    }
    return k - MAX_ROW <= 0 ? -1 : -2;
  }

  /** How many {@link #CELL} separators stand in {@code [from, to)}. */
  private static int count(String t, int from, int to) {
    int n = 0;
    for (int k = from; k + CELL.length() <= to; k++) {
      if (t.startsWith(CELL, k)) {
        n++;
      }
    }
    return n;
  }
}
