package newsfacts.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML elements as plain text: one paragraph per block (headings, paragraphs, list items,
 * cells...), paragraphs separated by a blank line, whitespace inside a paragraph collapsed, {@code
 * <br>} kept as a line break. A table row of short, plain cells (a data table: "DeepSeek-V3.2 | 66") is one
 * paragraph, its cells joined by {@value #CELL_SEPARATOR}; the cells of any other row (a layout table, a
 * cell holding paragraphs) stay paragraphs of their own. The walk is iterative ({@link NodeTraversor}), so
 * deeply nested markup cannot overflow the stack.
 */
final class BlockText {
  static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
      "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  /** Between the cells of a data-table row. */
  static final String CELL_SEPARATOR = " | ";
  /** Longest cell (characters) of a row rendered as one line. */
  static final int SHORT_CELL = 60;

  private BlockText() {}

  /** True for a row whose cells are all short and hold no block: rendered as one line. */
  static boolean dataRow(Element tr) {
    int cells = 0;
    for (Element c : tr.children()) {
      String tag = c.normalName();
      if (!tag.equals("td") && !tag.equals("th")) {
        return false;
      }
      cells++;
      if (c.text().length() > SHORT_CELL) {
        return false;
      }
      for (Element d : c.getAllElements()) {
        if (d != c && BLOCKS.contains(d.normalName())) {
          return false;
        }
      }
    }
    return cells >= 2;
  }

  /** The paragraphs of {@code roots}, in document order, each stripped and non-empty. */
  static List<String> paragraphs(List<Element> roots) {
    Collector collector = new Collector();
    for (Element root : roots) {
      NodeTraversor.traverse(collector, root);
      collector.flush();
    }
    return collector.paragraphs;
  }

  /** The paragraphs joined by blank lines. */
  static String text(List<Element> roots) {
    return String.join("\n\n", paragraphs(roots));
  }

  /** Collapses runs of whitespace and no-break spaces to one space; keeps line breaks (from {@code
   * <br>}) and the ideographic space U+3000, which Japanese uses on purpose. Runs of other characters
   * are copied as blocks. */
  static String collapse(CharSequence s) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') {
        trimTrailingSpace(out);
        out.append('\n');
        space = false;
        i++;
      } else if (isSpace(c)) {
        space = true;
        i++;
      } else {
        if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        space = false;
        int end = i + 1;
        while (end < n && s.charAt(end) != '\n' && !isSpace(s.charAt(end))) {
          end++;
        }
        out.append(s, i, end);
        i = end;
      }
    }
    return out.toString().strip();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) && c != '\u3000' || c == '\u00A0';
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static final class Collector implements NodeVisitor {
    final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    /** The data row being rendered as one line, or null. */
    private Element row;
    /** How many {@code <pre>} elements the visit is inside. */
    private int pre;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        // a <pre> keeps its line breaks: its lines may be the rows of a drawn table
        current.append(pre > 0 ? text.getWholeText().replace("\r", "")
            : text.getWholeText().replace('\n', ' ').replace('\r', ' '));
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (row != null && (tag.equals("td") || tag.equals("th"))) {
          if (!current.toString().isBlank()) {
            current.append(CELL_SEPARATOR);
          }
        } else if (tag.equals("br")) {
          current.append('\n');
        } else if (BLOCKS.contains(tag)) {
          flush();
          if (tag.equals("pre")) {
            pre++;
          }
          if (tag.equals("tr") && dataRow(element)) {
            row = element;
          }
        } else if (tag.equals("img") || tag.equals("input")) {
          current.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        if (row != null && element != row) {
          return; // a cell of the data row
        }
        row = null;
        flush();
        if (element.normalName().equals("pre")) {
          pre--;
        }
      }
    }

    void flush() {
      String paragraph = collapse(current.toString()); // a String's runs are appended as array copies
      if (pre > 0) {
        paragraph = TextTables.normalize(paragraph); // "│ T-Pro-2.1 │ 0.774 │" as cells
      }
      current.setLength(0);
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
  }
}
