package newsfacts.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsfacts.index.FactSchema;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;

/**
 * Writes the facts matching a query as JSON Lines (the records of docs/facts.md, unchanged) or as CSV
 * with the fixed columns of {@link #COLUMNS}.
 *
 * <p>Rows are ordered by (source, docId, start, end, type, record), a key of the facts themselves, so
 * the same index gives the same bytes however its segments were flushed or merged. CSV follows RFC
 * 4180 (comma, CRLF line ends, fields quoted when they hold a comma, quote or line break; quotes
 * doubled) with a header row. Text cells that begin with {@code = + - @}, a tab or a carriage return
 * get a leading {@code '} so spreadsheets do not evaluate them as formulas; numeric columns are our own
 * numbers and are never prefixed.
 */
public final class FactExport {
  /** Export formats. */
  public enum Format {
    JSONL, CSV
  }

  /** The CSV columns, in order. Kind-specific columns are empty where they do not apply. */
  public static final List<String> COLUMNS = List.of("source", "docId", "type", "start", "end", "lang", "text",
      "id", "name", "company", "known", "amount", "currency", "max", "approximate", "qualifier", "usd", "fxDate",
      "companies", "sameAs", "value", "metric", "model", "sentence");
  private static final List<String> NUMERIC = List.of("start", "end", "amount", "max", "usd", "value");

  private static final ObjectMapper JSON = new ObjectMapper();

  private FactExport() {}

  /** Writes the facts matching {@code query} (blank: all) to {@code out}; returns how many. */
  public static long write(FactSearcher searcher, String query, Format format, Writer out)
      throws IOException, QuerySyntaxException {
    List<Row> rows = rows(searcher, query);
    if (format == Format.CSV) {
      out.write(csvLine(COLUMNS));
    }
    for (Row r : rows) {
      out.write(format == Format.JSONL ? r.json() + "\n" : csvLine(csvCells(JSON.readTree(r.json()))));
    }
    out.flush();
    return rows.size();
  }

  /** A fact record with its sort key. */
  private record Row(String source, String docId, int start, int end, String type, String json) {
    static final Comparator<Row> ORDER = Comparator.comparing(Row::source).thenComparing(Row::docId)
        .thenComparingInt(Row::start).thenComparingInt(Row::end).thenComparing(Row::type)
        .thenComparing(Row::json);
  }

  private static List<Row> rows(FactSearcher searcher, String query) throws IOException, QuerySyntaxException {
    var q = searcher.kindQuery(query, FactSchema.KIND_FACT);
    List<Row> rows = new ArrayList<>();
    searcher.withSnapshot(s -> {
      FactScan.run(s, q, row -> {
        String json = row.json();
        JsonNode n = JSON.readTree(json);
        rows.add(new Row(n.path("source").asText(), n.path("docId").asText(), n.path("start").asInt(),
            n.path("end").asInt(), n.path("type").asText(), json));
      });
      return null;
    });
    rows.sort(Row.ORDER);
    return rows;
  }

  /** The CSV cells of one fact record, in {@link #COLUMNS} order. */
  static List<String> csvCells(JsonNode n) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    for (String col : COLUMNS) {
      JsonNode v = n.get(col);
      String cell;
      if (v == null || v.isNull()) {
        cell = "";
      } else if (v.isArray()) {
        List<String> parts = new ArrayList<>();
        v.forEach(e -> parts.add(e.asText()));
        cell = neutralise(String.join(";", parts));
      } else if (v.isNumber()) {
        cell = NUMERIC.contains(col) ? plain(v) : neutralise(v.asText());
      } else if (v.isBoolean()) {
        cell = Boolean.toString(v.asBoolean());
      } else {
        cell = neutralise(v.asText());
      }
      cells.add(cell);
    }
    return cells;
  }

  /** A JSON number without exponent: 52812345678.9, not 5.28123456789E10. */
  private static String plain(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    return new BigDecimal(v.asText()).stripTrailingZeros().toPlainString();
  }

  /**
   * Prefixes {@code '} to a text cell a spreadsheet would read as a formula (OWASP "CSV injection"):
   * one that starts with {@code = + - @}, a tab or a carriage return.
   */
  static String neutralise(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  /** One RFC 4180 record with its CRLF. */
  static String csvLine(List<String> cells) {
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    return b.append("\r\n").toString();
  }

  /** Parses a format name (jsonl, csv), case-insensitively. */
  public static Format format(String name) {
    try {
      return Format.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format takes jsonl or csv, got '" + name + "'");
    }
  }
}
