package newsfacts.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a point-in-time snapshot of the index (readers never see half an ingest: only commits).
 * Thread-safe; {@link #refresh()} moves to the latest commit.
 */
public final class FactSearcher implements Closeable {
  /** Target length in characters of an article snippet in search results. */
  static final int SNIPPET = 240;
  private final Path path;
  private final Analyzer analyzer = FactSchema.analyzer();
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private DefaultSortedSetDocValuesReaderState facetState;

  private FactSearcher(Path path, DirectoryReader reader) {
    this.path = path;
    setReader(reader);
  }

  /** Opens the latest commit of the index in {@code path}. */
  public static FactSearcher open(Path path) throws IndexException {
    if (!Files.isDirectory(path)) {
      throw new IndexException("no index at " + path + "; run `newsfacts ingest` first", null);
    }
    try {
      return new FactSearcher(path, DirectoryReader.open(FSDirectory.open(path)));
    } catch (IndexNotFoundException e) {
      throw new IndexException("no index at " + path + "; run `newsfacts ingest` first", e);
    } catch (IOException | RuntimeException e) {
      throw FactIndex.translate(path, e);
    }
  }

  /** Moves to the newest commit, if there is one. */
  public synchronized void refresh() throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    if (newer != null) {
      DirectoryReader old = reader;
      setReader(newer);
      old.close();
    }
  }

  private synchronized void setReader(DirectoryReader r) {
    this.reader = r;
    this.searcher = new IndexSearcher(r);
    this.facetState = null;
  }

  /** Counts documents of a kind ("fact", "article", "error"). */
  public synchronized long count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(FactSchema.KIND, kind)));
  }

  /**
   * The stored JSON of every document of a kind, sorted (so the result does not depend on how
   * segments were merged). For checks and exports of modest size.
   */
  public synchronized List<String> allJson(String kind) throws IOException {
    List<String> out = new ArrayList<>();
    Query q = term(FactSchema.KIND, kind);
    int max = Math.max(1, reader.maxDoc());
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc d : searcher.search(q, max).scoreDocs) {
      out.add(stored.document(d.doc, Set.of(FactSchema.JSON)).get(FactSchema.JSON));
    }
    out.sort(null);
    return out;
  }

  /** A read-only computation over one consistent snapshot of the index. */
  @FunctionalInterface
  public interface SnapshotReader<T> {
    T read(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code fn} on the current snapshot (no refresh can swap the reader meanwhile). For
   * aggregations that stream doc values or stored fields, such as reports and exports.
   */
  public synchronized <T> T withSnapshot(SnapshotReader<T> fn) throws IOException {
    return fn.read(searcher);
  }

  /**
   * The documents of one kind matching a query string ({@link #parse}d as {@link #search} does; blank
   * means all of that kind).
   */
  public Query kindQuery(String query, String kind) throws QuerySyntaxException {
    return new BooleanQuery.Builder()
        .add(parse(query, FactSchema.KIND_ARTICLE.equals(kind)), BooleanClause.Occur.MUST)
        .add(term(FactSchema.KIND, kind), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Parses a query string the way {@link #search} does (for callers that validate early). */
  public Query parse(String query, boolean articles) throws QuerySyntaxException {
    return parse(query, articles, true);
  }

  /**
   * Parses a query string; {@code joinSentences} false gives the query the highlighter matches against
   * one fact with its sentence ({@link FactQueryParser}).
   */
  private Query parse(String query, boolean articles, boolean joinSentences) throws QuerySyntaxException {
    if (query == null || query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      return new FactQueryParser(analyzer, articles, joinSentences).parse(query);
    } catch (ParseException | TokenMgrError e) {
      throw new QuerySyntaxException("invalid query: " + firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException("invalid query: " + e.getMessage(), e);
    }
  }

  /** Runs a search. */
  public synchronized SearchResult search(SearchRequest r) throws QuerySyntaxException, IOException {
    Query q = filtered(parse(r.query(), r.articles()), r);
    Query highlighted = r.articles() ? q : filtered(parse(r.query(), false, false), r);
    int n = r.offset() + r.limit();
    // The facet collector records every matching doc; pay for it only when facets are asked for.
    FacetsCollectorManager.FacetsResult fr = r.facets().isEmpty()
        ? new FacetsCollectorManager.FacetsResult(searcher.search(q, n, sort(r.sort()), true), null)
        : FacetsCollectorManager.search(searcher, q, n, sort(r.sort()), true, new FacetsCollectorManager());
    TopDocs top = fr.topDocs();
    List<SearchResult.Hit> hits = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length),
        top.scoreDocs.length);
    String[] highlights = highlight(highlighted, page, r.articles());
    for (int i = 0; i < page.length; i++) {
      String json = stored.document(page[i].doc, Set.of(FactSchema.JSON)).get(FactSchema.JSON);
      hits.add(new SearchResult.Hit(json, highlights[i], Float.isNaN(page[i].score) ? 0f : page[i].score));
    }
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    if (!r.facets().isEmpty()) {
      Facets counts = facetCounts(fr);
      for (String dim : r.facets()) {
        List<SearchResult.FacetCount> list = new ArrayList<>();
        FacetResult res = counts == null ? null : counts.getAllChildren(dim);
        if (res != null) {
          for (LabelAndValue lv : res.labelValues) {
            list.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
          }
        }
        list.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
            .thenComparing(SearchResult.FacetCount::label));
        facets.put(dim, List.copyOf(list));
      }
    }
    // Past a thousand matches Lucene's collectors may stop counting (a sort by usd skips what cannot
    // enter the page): the total is then a lower bound, and one count() makes it exact.
    long total = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value() : searcher.count(q);
    return new SearchResult(total, List.copyOf(hits), facets);
  }

  /** The parsed query restricted to the request's kind of document and its type, language and company filters. */
  private static Query filtered(Query parsed, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(term(FactSchema.KIND, r.articles() ? FactSchema.KIND_ARTICLE : FactSchema.KIND_FACT),
            BooleanClause.Occur.FILTER);
    if (r.type() != null && !r.articles()) {
      b.add(term(FactSchema.TYPE, r.type()), BooleanClause.Occur.FILTER);
    }
    if (r.lang() != null) {
      b.add(term(FactSchema.LANG, r.lang()), BooleanClause.Occur.FILTER);
    }
    if (r.company() != null) {
      b.add(term(FactSchema.COMPANY, r.company()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Facets facetCounts(FacetsCollectorManager.FacetsResult fr) throws IOException {
    try {
      if (facetState == null) {
        facetState = new DefaultSortedSetDocValuesReaderState(reader, FactSchema.facetsConfig());
      }
      return new SortedSetDocValuesFacetCounts(facetState, fr.facetsCollector());
    } catch (IllegalArgumentException e) {
      return null; // an index without any facet field yet (empty, or only errors)
    }
  }

  private String[] highlight(Query q, ScoreDoc[] page, boolean articles) throws IOException {
    String[] out = new String[page.length];
    if (page.length == 0) {
      return out;
    }
    UnifiedHighlighter.Builder hb = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
        .withMaxNoHighlightPassages(articles ? 1 : 0);
    if (articles) {
      // An article body is long and its "sentences" can be whole paragraphs (lists without full
      // stops, CJK without spaces): show passages of about SNIPPET characters around the match,
      // cut at word boundaries, instead of whole sentences.
      hb.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
          BreakIterator.getWordInstance(Locale.ROOT), SNIPPET, 0.5f));
    }
    UnifiedHighlighter hl = articles ? hb.build() : new SentenceHighlighter(hb);
    TopDocs td = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
        org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
    // Each language field is highlighted separately; a passage with a match beats the opening
    // passage of another language's segment (a Chinese title over an English body).
    String[] fallback = new String[page.length];
    for (String field : FactSchema.languageFields(articles ? FactSchema.BODY : FactSchema.SENTENCE)) {
      String[] h = hl.highlight(field, q, td, articles ? 2 : 1);
      for (int i = 0; i < h.length; i++) {
        if (h[i] == null) {
          continue;
        }
        if (out[i] == null && h[i].contains("«")) {
          out[i] = h[i].strip();
        } else if (fallback[i] == null) {
          fallback[i] = h[i].strip();
        }
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = fallback[i];
      }
    }
    return out;
  }

  /**
   * Highlights fact sentences with the sentence of the fact's stored JSON record: the sentence is indexed
   * in {@code sentence_<lang>} of its sentence document but stored only in its facts' records. The query
   * it is given has no sentence joins, so it matches the fact with that sentence as one of its fields.
   */
  private final class SentenceHighlighter extends UnifiedHighlighter {
    SentenceHighlighter(UnifiedHighlighter.Builder b) {
      super(b);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        com.fasterxml.jackson.databind.JsonNode record =
            STORED_JSON.readTree(stored.document(d, Set.of(FactSchema.JSON)).get(FactSchema.JSON));
        String field = FactSchema.languageField(FactSchema.SENTENCE, record.path("lang").asText("und"));
        CharSequence[] values = new CharSequence[fields.length];
        for (int k = 0; k < fields.length; k++) {
          values[k] = fields[k].equals(field) ? record.path("sentence").asText("") : "";
        }
        out.add(values);
      }
      return out;
    }
  }

  /**
   * An article as stored: its document record, its text rebuilt from the per-language body fields (so
   * fact offsets point into it), and its facts' records sorted by offset.
   *
   * @param json the document record
   * @param text the article text; characters between language segments (paragraph breaks, which the
   *     index does not store) come back as {@code '\n'}
   * @param facts the fact records of the article, by start offset
   */
  public record StoredArticle(String json, String text, List<String> facts) {}

  /** The article with document id {@code docId} (first by source if several files share the bytes). */
  public synchronized java.util.Optional<StoredArticle> article(String docId) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(FactSchema.KIND, FactSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(FactSchema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
        .build();
    StoredFields stored = searcher.storedFields();
    org.apache.lucene.document.Document best = null;
    for (ScoreDoc d : searcher.search(q, 16).scoreDocs) {
      org.apache.lucene.document.Document doc = stored.document(d.doc);
      if (best == null || doc.get(FactSchema.SOURCE).compareTo(best.get(FactSchema.SOURCE)) < 0) {
        best = doc;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    String json = best.get(FactSchema.JSON);
    String source = best.get(FactSchema.SOURCE);
    Query fq = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(FactSchema.KIND, FactSchema.KIND_FACT)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(FactSchema.DOC_ID, docId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(FactSchema.SOURCE, source)), BooleanClause.Occur.FILTER)
        .build();
    int n = Math.max(1, searcher.count(fq));
    List<Map.Entry<Integer, String>> facts = new ArrayList<>();
    for (ScoreDoc d : searcher.search(fq, n, new Sort(SortField.FIELD_DOC)).scoreDocs) {
      String f = stored.document(d.doc, Set.of(FactSchema.JSON)).get(FactSchema.JSON);
      facts.add(Map.entry(STORED_JSON.readTree(f).path("start").asInt(), f));
    }
    facts.sort(Map.Entry.comparingByKey());
    return java.util.Optional.of(new StoredArticle(json, articleText(best, json),
        facts.stream().map(Map.Entry::getValue).toList()));
  }

  /**
   * The document records of these article ids (for showing a hit's title and date), keyed by id; ids
   * with no article are left out.
   */
  public synchronized Map<String, String> documents(java.util.Collection<String> docIds) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    if (docIds.isEmpty()) {
      return out;
    }
    BooleanQuery.Builder ids = new BooleanQuery.Builder();
    docIds.stream().distinct().limit(IndexSearcher.getMaxClauseCount() - 1)
        .forEach(id -> ids.add(new TermQuery(new Term(FactSchema.DOC_ID, id)), BooleanClause.Occur.SHOULD));
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(FactSchema.KIND, FactSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
        .add(ids.build(), BooleanClause.Occur.MUST)
        .build();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc d : searcher.search(q, Math.max(1, docIds.size() * 2), new Sort(SortField.FIELD_DOC)).scoreDocs) {
      org.apache.lucene.document.Document doc = stored.document(d.doc, Set.of(FactSchema.DOC_ID, FactSchema.JSON));
      out.putIfAbsent(doc.get(FactSchema.DOC_ID), doc.get(FactSchema.JSON));
    }
    return out;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper STORED_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** Undoes {@link FactSchema#articleDocument}'s split of the text into per-language body fields. */
  private static String articleText(org.apache.lucene.document.Document doc, String json) throws IOException {
    com.fasterxml.jackson.databind.JsonNode record = STORED_JSON.readTree(json);
    StringBuilder text = new StringBuilder();
    Map<String, Integer> cursor = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode s : record.path("segments")) {
      int start = s.path("start").asInt();
      int end = s.path("end").asInt();
      String field = FactSchema.languageField(FactSchema.BODY, s.path("lang").asText("und"));
      String body = doc.get(field);
      int at = cursor.getOrDefault(field, 0);
      if (body == null || start < text.length() || at + end - start > body.length()) {
        break; // not a record this index wrote; return what is consistent
      }
      text.append("\n".repeat(start - text.length())).append(body, at, at + end - start);
      cursor.put(field, at + end - start + 2); // each segment is followed by "\n\n"
    }
    int chars = record.path("chars").asInt(text.length());
    if (chars > text.length()) {
      text.append("\n".repeat(chars - text.length()));
    }
    return text.toString();
  }

  private static Sort sort(SearchRequest.SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
      case USD -> {
        SortField f = new SortField(FactSchema.USD, SortField.Type.DOUBLE, true);
        f.setMissingValue(Double.NEGATIVE_INFINITY);
        yield new Sort(f, SortField.FIELD_DOC);
      }
      case PUBLISHED -> {
        SortField f = new SortField(FactSchema.PUBLISHED, SortField.Type.STRING, true);
        f.setMissingValue(SortField.STRING_FIRST);
        yield new Sort(f, SortField.FIELD_DOC);
      }
    };
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value.toLowerCase(Locale.ROOT)));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.replace("Cannot parse '", "cannot parse '");
  }

  @Override
  public synchronized void close() throws IOException {
    reader.close();
  }

  /** The index folder. */
  public Path path() {
    return path;
  }

  /** A match-everything query (for callers that iterate the whole index). */
  static Query all() {
    return new MatchAllDocsQuery();
  }
}
