package newsfacts.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the {@link FactSchema} fields, with three additions:
 * <ul>
 *   <li>numeric fields take numbers and ranges: {@code usd:[1e11 TO *]}, {@code value:[80 TO 100]};
 *   <li>{@code sentence:} and {@code body:} search every language's field, each with its own analyzer;
 *   <li>text without a field searches the fact text, names and sentences (or an article's title and
 *       body) in every language.
 * </ul>
 * Not thread-safe (like QueryParser): make one per query.
 */
final class FactQueryParser extends QueryParser {
  /** The name of the virtual default field. */
  static final String ALL = "_all";
  private final List<String> defaultFields;

  FactQueryParser(Analyzer analyzer, boolean articles) {
    super(ALL, analyzer);
    this.defaultFields = articles
        ? concat(List.of(FactSchema.TITLE), FactSchema.languageFields(FactSchema.BODY))
        : concat(List.of(FactSchema.TEXT, FactSchema.NAME), FactSchema.languageFields(FactSchema.SENTENCE));
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setAllowLeadingWildcard(false);
  }

  private List<String> expand(String field) {
    if (field == null || field.equals(ALL)) {
      return defaultFields;
    }
    if (FactSchema.LANGUAGE_FIELDS.contains(field)) {
      return FactSchema.languageFields(field);
    }
    return null;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (FactSchema.NUMERIC_FIELDS.contains(field)) {
      return numericRange(field, queryText, queryText, true, true);
    }
    List<String> fields = expand(field);
    if (fields == null) {
      return super.getFieldQuery(field, queryText, quoted);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      Query q = super.getFieldQuery(f, queryText, quoted);
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    List<String> fields = expand(field);
    if (fields == null) {
      return super.getFieldQuery(field, queryText, slop);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      Query q = super.getFieldQuery(f, queryText, slop);
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (FactSchema.NUMERIC_FIELDS.contains(field)) {
      return numericRange(field, part1, part2, startInclusive, endInclusive);
    }
    if (expand(field) != null) {
      throw new ParseException("ranges work on keyword and numeric fields, not on free text ('" + field + "')");
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return multi(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return multi(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return multi(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  private interface PerField {
    Query apply(String field) throws ParseException;
  }

  private Query multi(String field, PerField per) throws ParseException {
    if (FactSchema.NUMERIC_FIELDS.contains(field)) {
      throw new ParseException("field '" + field + "' is numeric: use a number or a range like " + field + ":[1 TO 10]");
    }
    List<String> fields = expand(field);
    if (fields == null) {
      return per.apply(field);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String f : fields) {
      b.add(per.apply(f), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static Query numericRange(String field, String lo, String hi, boolean loIncl, boolean hiIncl)
      throws ParseException {
    double low = bound(field, lo, Double.NEGATIVE_INFINITY);
    double high = bound(field, hi, Double.POSITIVE_INFINITY);
    if (!loIncl) {
      low = Math.nextUp(low);
    }
    if (!hiIncl) {
      high = Math.nextDown(high);
    }
    if (field.equals(FactSchema.FACT_COUNT)) {
      return IntPoint.newRangeQuery(field, (int) Math.ceil(Math.max(low, Integer.MIN_VALUE)),
          (int) Math.floor(Math.min(high, Integer.MAX_VALUE)));
    }
    return DoublePoint.newRangeQuery(field, low, high);
  }

  private static double bound(String field, String s, double open) throws ParseException {
    if (s == null || s.equals("*")) {
      return open;
    }
    try {
      return Double.parseDouble(s.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new ParseException("field '" + field + "' is numeric, but '" + s + "' is not a number");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
