package newsfacts.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import newsfacts.index.FactSchema;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Streams the documents matching a query with their facet labels read from doc values, and their
 * stored JSON only on demand: a report over a million facts touches stored fields only for the few
 * types it needs whole (money, scores), and reads everything else column-wise.
 *
 * <p>Facet labels live in one sorted-set doc values field ({@link FacetsConfig#DEFAULT_INDEX_FIELD_NAME})
 * as {@code dim U+001F label}; each segment's ordinals are decoded once, on first use. Not
 * thread-safe: the visitor is called from the searching thread, one document at a time (FactSearcher's
 * IndexSearcher has no executor).
 */
final class FactScan {
  /** One matching document, valid only during the {@link Visitor#visit} call. */
  static final class Row {
    String type;
    String lang;
    String currency;
    String model;
    final List<String> companies = new ArrayList<>(4);
    private StoredFields stored;
    private int doc;
    private NumericDocValues usd;
    private NumericDocValues amount;

    /** The stored JSON record of the document. */
    String json() throws IOException {
      return stored.document(doc, Set.of(FactSchema.JSON)).get(FactSchema.JSON);
    }

    /** The USD value from doc values, or NaN. */
    double usd() throws IOException {
      return usd.advanceExact(doc) ? Double.longBitsToDouble(usd.longValue()) : Double.NaN;
    }

    /** The money amount from doc values, or NaN. */
    double amount() throws IOException {
      return amount.advanceExact(doc) ? Double.longBitsToDouble(amount.longValue()) : Double.NaN;
    }
  }

  /** Called once per matching document. */
  @FunctionalInterface
  interface Visitor {
    void visit(Row row) throws IOException;
  }

  private FactScan() {}

  /** Visits every live document matching {@code q}. */
  static void run(IndexSearcher searcher, Query q, Visitor visitor) throws IOException {
    Row row = new Row();
    searcher.search(q, new CollectorManager<Collector, Void>() {
      @Override
      public Collector newCollector() {
        return new RowCollector(row, visitor);
      }

      @Override
      public Void reduce(Collection<Collector> collectors) {
        return null;
      }
    });
  }

  private static final class RowCollector implements Collector {
    private final Row row;
    private final Visitor visitor;

    RowCollector(Row row, Visitor visitor) {
      this.row = row;
      this.visitor = visitor;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      SortedSetDocValues facets = DocValues.getSortedSet(ctx.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      NumericDocValues usd = DocValues.getNumeric(ctx.reader(), FactSchema.USD);
      NumericDocValues amount = DocValues.getNumeric(ctx.reader(), FactSchema.AMOUNT);
      StoredFields stored = ctx.reader().storedFields();
      String[][] labels = new String[(int) Math.min(Integer.MAX_VALUE, facets.getValueCount())][];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          row.type = null;
          row.lang = null;
          row.currency = null;
          row.model = null;
          row.companies.clear();
          row.stored = stored;
          row.doc = doc;
          row.usd = usd;
          row.amount = amount;
          if (facets.advanceExact(doc)) {
            for (int i = 0; i < facets.docValueCount(); i++) {
              int ord = (int) facets.nextOrd();
              String[] dimLabel = labels[ord];
              if (dimLabel == null) {
                dimLabel = labels[ord] = split(facets.lookupOrd(ord));
              }
              put(row, dimLabel);
            }
          }
          visitor.visit(row);
        }
      };
    }
  }

  private static String[] split(BytesRef b) {
    String s = b.utf8ToString();
    int sep = s.indexOf(FacetsConfig.DELIM_CHAR);
    return sep < 0 ? new String[] {s, ""} : new String[] {s.substring(0, sep), s.substring(sep + 1)};
  }

  private static void put(Row row, String[] dimLabel) {
    String label = dimLabel[1];
    switch (dimLabel[0]) {
      case FactSchema.TYPE -> row.type = label;
      case FactSchema.LANG -> row.lang = label;
      case FactSchema.CURRENCY -> row.currency = label;
      case FactSchema.MODEL -> row.model = label;
      case FactSchema.COMPANY -> row.companies.add(label);
      default -> { }
    }
  }
}
