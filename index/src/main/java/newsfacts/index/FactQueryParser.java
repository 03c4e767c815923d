package newsfacts.index;

import java.util.ArrayList;
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
 * Sentences are indexed on sentence documents, the block-join parents of their facts, so in a fact
 * search each clause on the sentence fields becomes "facts whose sentence matches" ({@link
 * FactSchema#sentenceMatches}), one join per clause: a fact has one sentence, so the clauses combine
 * with AND, OR and NOT exactly as if the sentence were a field of the fact. Without joins (for the
 * highlighter, which matches the query against one fact and its sentence) the sentence fields are
 * plain clauses.
 * Not thread-safe (like QueryParser): make one per query.
 */
final class FactQueryParser extends QueryParser {
  /** The name of the virtual default field. */
  static final String ALL = "_all";
  private final boolean articles;
  private final boolean joinSentences;

  /**
   * @param articles parse for article documents (title and body) instead of facts
   * @param joinSentences in a fact search, turn sentence clauses into their facts (searching); false
   *     leaves them on the sentence fields (highlighting a fact's sentence)
   */
  FactQueryParser(Analyzer analyzer, boolean articles, boolean joinSentences) {
    super(ALL, analyzer);
    this.articles = articles;
    this.joinSentences = joinSentences && !articles;
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setAllowLeadingWildcard(false);
  }

  /** The fields a virtual field searches directly (not through a sentence join), or null for a real field. */
  private List<String> direct(String field) {
    if (field == null || field.equals(ALL)) {
      return articles ? concat(List.of(FactSchema.TITLE), FactSchema.languageFields(FactSchema.BODY))
          : joinSentences ? List.of(FactSchema.TEXT, FactSchema.NAME)
          : concat(List.of(FactSchema.TEXT, FactSchema.NAME), FactSchema.languageFields(FactSchema.SENTENCE));
    }
    if (field.equals(FactSchema.SENTENCE)) {
      return joinSentences ? List.of() : FactSchema.languageFields(FactSchema.SENTENCE);
    }
    if (FactSchema.LANGUAGE_FIELDS.contains(field)) {
      return FactSchema.languageFields(field);
    }
    return null;
  }

  /** True when {@code field} searches the sentence fields through a join. */
  private boolean joined(String field) {
    return joinSentences && (field == null || field.equals(ALL) || field.equals(FactSchema.SENTENCE));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (FactSchema.NUMERIC_FIELDS.contains(field)) {
      return numericRange(field, queryText, queryText, true, true);
    }
    if (direct(field) == null) {
      return super.getFieldQuery(field, queryText, quoted);
    }
    return expanded(field, f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (direct(field) == null) {
      return super.getFieldQuery(field, queryText, slop);
    }
    return expanded(field, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (FactSchema.NUMERIC_FIELDS.contains(field)) {
      return numericRange(field, part1, part2, startInclusive, endInclusive);
    }
    if (direct(field) != null) {
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

  /** A query on one real field; null when the text analyzes to nothing. */
  private interface PerField {
    Query apply(String field) throws ParseException;
  }

  private Query multi(String field, PerField per) throws ParseException {
    if (FactSchema.NUMERIC_FIELDS.contains(field)) {
      throw new ParseException("field '" + field + "' is numeric: use a number or a range like " + field + ":[1 TO 10]");
    }
    if (direct(field) == null) {
      return per.apply(field);
    }
    return expanded(field, per);
  }

  /**
   * A virtual field's query: one clause per field it searches directly, plus, in a fact search, one
   * sentence join over the per-language sentence fields; null when no field gives a clause.
   */
  private Query expanded(String field, PerField per) throws ParseException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = add(b, direct(field), per);
    if (joined(field)) {
      BooleanQuery.Builder sentences = new BooleanQuery.Builder();
      if (add(sentences, FactSchema.languageFields(FactSchema.SENTENCE), per) > 0) {
        Query join = FactSchema.sentenceMatches(sentences.build());
        if (n == 0 && field != null && field.equals(FactSchema.SENTENCE)) {
          return join;
        }
        b.add(join, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /** Adds each field's clause as SHOULD; returns how many were added. */
  private static int add(BooleanQuery.Builder b, List<String> fields, PerField per) throws ParseException {
    int n = 0;
    for (String f : fields) {
      Query q = per.apply(f);
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n;
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
    ArrayList<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
