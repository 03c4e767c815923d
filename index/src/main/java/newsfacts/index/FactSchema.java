package newsfacts.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.Fact;
import newsfacts.extract.FactJson;
import newsfacts.extract.TextSegment;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every field of the newsfacts index: its name, how it is indexed, and why. Nothing else in the code
 * base spells a field name.
 *
 * <p>The index holds four kinds of Lucene document, told apart by {@link #KIND}: one per fact, one per
 * run of facts sharing a sentence, one per article, one per file that could not be read. All documents
 * of one source file carry its {@link #SOURCE}, so a changed file is replaced atomically with
 * {@code updateDocuments(new Term(SOURCE, path), docs)}, which also keeps them in one block in this
 * order: per article, its article document, then for each run of its facts that share a sentence
 * those facts followed by their sentence document.
 *
 * <p>A sentence is indexed once, on its sentence document, not on each of its facts (a sentence has
 * 4.7 facts on average, and its text was most of a fact document's indexing cost). The sentence
 * document is the block-join parent of the facts just before it: {@link #sentenceMatches} turns a
 * query on the sentence fields into the facts of the matching sentences.
 */
public final class FactSchema {
  private FactSchema() {}

  // ---- identity and bookkeeping (exact keywords: case-sensitive paths and hashes) ----

  /** "fact", "sentence", "article" or "error". Keyword: a filter on every query. */
  public static final String KIND = "kind";
  /** The path as given at ingest. Keyword (exact, case-sensitive): the delete/replace key of a file. */
  public static final String SOURCE = "source";
  /** SHA-256 of the file's raw bytes. Keyword: "unchanged since last ingest" is a term lookup. */
  public static final String FILE_ID = "fileId";
  /**
   * The version of the analysis chains and field layout. Bump it whenever either changes: an ingest
   * treats files indexed under another version as changed and indexes them again, so an index is
   * brought up to date by the next ingest, file by file, with no separate migration step (history:
   * 1 first release; 2 Dutch stems undoubled, "modellen" meets "model"; 3 lean fact documents: no
   * stored keywords or sentence, no facet drill-down terms, sentences cut from their paragraph's analysis;
   * 4 each sentence indexed once, on a sentence document that is the block-join parent of its facts;
   * 5 percentages in percentage points carry {@link #POINTS}).
   */
  public static final String SCHEMA_VERSION = "5";
  /** On article documents: the {@link #SCHEMA_VERSION} they were indexed under. Exact, not stored. */
  public static final String SCHEMA = "schema";
  /** SHA-256 of the article's raw bytes (the document id of the fact contract). Keyword. */
  public static final String DOC_ID = "docId";

  // ---- fact fields ----

  /** Fact type (company, model, money, percent, score). Lower-cased keyword + facet dimension. */
  public static final String TYPE = "type";
  /** Canonical id of a company or model fact. Lower-cased keyword. */
  public static final String ID = "id";
  /** Display name. Tokenized (standard analyzer) so "name:alibaba" finds "Alibaba Group". */
  public static final String NAME = "name";
  /**
   * Company ids: a company fact's own id, a model's vendor, the companies linked to a money figure.
   * Multi-valued lower-cased keyword + facet dimension: "every money figure Alibaba announced".
   */
  public static final String COMPANY = "company";
  /** Model id of a model fact or of the model a score belongs to. Lower-cased keyword + facet. */
  public static final String MODEL = "model";
  /** Score metric slug. Lower-cased keyword. */
  public static final String METRIC = "metric";
  /** ISO 4217 currency of a money fact. Lower-cased keyword (so "currency:cny" works too) + facet. */
  public static final String CURRENCY = "currency";
  /** Money amount in currency units. Double point for ranges, doc values for sorting, stored. */
  public static final String AMOUNT = "amount";
  /** Money amount in US dollars. Double point ("usd:[1e11 TO *]"), doc values (--sort usd), stored. */
  public static final String USD = "usd";
  /** Percent or score value. Double point ("value:[80 TO 100]"), doc values, stored. */
  public static final String VALUE = "value";
  /**
   * "true" on a percentage that is a change in percentage points ("6 procentpunt"), absent on shares:
   * {@code type:percent -points:true} are the shares. Keyword.
   */
  public static final String POINTS = "points";
  /** ISO 639-1 code of the fact's segment (or the article's language). Lower-cased keyword + facet. */
  public static final String LANG = "lang";
  /** Publication date (ISO 8601) of the article. Keyword: ISO strings range-query and sort lexically. */
  public static final String PUBLISHED = "published";
  /** The fact's surface text. Tokenized with the standard analyzer (works for every script). */
  public static final String TEXT = "text";
  /**
   * The sentence of a run of facts, indexed in {@code sentence_<lang>} with that language's analyzer
   * ("модели" finds "моделей") on the run's sentence document. Queries on {@code sentence:} search every
   * language's field and return the facts of the matching sentences ({@link #sentenceMatches}).
   */
  public static final String SENTENCE = "sentence";
  /** The fact's JSON record exactly as {@code extract} prints it. Stored only. */
  public static final String JSON = "json";

  // ---- article fields ----

  /** Article title. Tokenized with the standard analyzer and stored. */
  public static final String TITLE = "title";
  /** Article URL. Keyword, stored. */
  public static final String URL = "url";
  /** Charset the article was decoded with. Keyword. */
  public static final String CHARSET = "charset";
  /** Article text, indexed per segment language in {@code body_<lang>}; queries on body: use all. */
  public static final String BODY = "body";
  /** Number of facts found in the article. Int point + stored. */
  public static final String FACT_COUNT = "facts";
  /** The reason a file could not be read (error documents). Stored, tokenized. */
  public static final String REASON = "reason";

  public static final String KIND_FACT = "fact";
  public static final String KIND_SENTENCE = "sentence";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_ERROR = "error";

  /** Fields holding a number: the query parser turns their terms and ranges into point queries. */
  public static final Set<String> NUMERIC_FIELDS = Set.of(AMOUNT, USD, VALUE, FACT_COUNT);
  /** Fields with a facet dimension (Lucene's facet module, sorted-set doc values). */
  public static final List<String> FACET_DIMS = List.of(TYPE, COMPANY, MODEL, CURRENCY, LANG);
  /** Per-language text fields and the prefix of each. */
  public static final List<String> LANGUAGE_FIELDS = List.of(SENTENCE, BODY);

  private static final Map<String, Analyzer> BY_LANG = LanguageAnalyzers.byLanguage();
  /**
   * The block-join parents: every document that is not a fact. A sentence document's children are the
   * facts between it and the document before it that is not a fact; article and error documents are
   * parents too, so they fence each file's block (their "children", facts of an index written before
   * sentence documents existed, are never joined to: only sentence documents are).
   */
  private static final BitSetProducer PARENTS = new QueryBitSetProducer(new BooleanQuery.Builder()
      .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
      .add(new TermQuery(new Term(KIND, KIND_FACT)), BooleanClause.Occur.MUST_NOT)
      .build());

  /** Languages with their own analyzer; any other language code is indexed as "und". */
  public static Set<String> languages() {
    return BY_LANG.keySet();
  }

  /** The per-language field for a virtual language field: {@code sentence_ja}. */
  public static String languageField(String base, String lang) {
    return base + "_" + (BY_LANG.containsKey(lang) ? lang : "und");
  }

  /** Every per-language field of a virtual field, in a stable order. */
  public static List<String> languageFields(String base) {
    List<String> out = new ArrayList<>();
    for (String l : BY_LANG.keySet().stream().sorted().toList()) {
      out.add(base + "_" + l);
    }
    return out;
  }

  /** The analyzer for every field: per-language fields by language, keywords lower-cased or exact. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (String base : LANGUAGE_FIELDS) {
      for (Map.Entry<String, Analyzer> e : BY_LANG.entrySet()) {
        perField.put(base + "_" + e.getKey(), e.getValue());
      }
    }
    Analyzer lower = new LanguageAnalyzers.LowerKeyword();
    for (String f : List.of(KIND, TYPE, ID, COMPANY, MODEL, METRIC, CURRENCY, LANG, CHARSET, POINTS)) {
      perField.put(f, lower);
    }
    Analyzer exact = new KeywordAnalyzer();
    for (String f : List.of(SOURCE, FILE_ID, DOC_ID, PUBLISHED, URL)) {
      perField.put(f, exact);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  /**
   * The facts whose sentence matches {@code sentenceQuery} (a query on {@code sentence_<lang>} fields),
   * each scored as its sentence document.
   */
  public static Query sentenceMatches(Query sentenceQuery) {
    Query sentences = new BooleanQuery.Builder()
        .add(sentenceQuery, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, KIND_SENTENCE)), BooleanClause.Occur.FILTER)
        .build();
    return new ToChildBlockJoinQuery(sentences, PARENTS);
  }

  /** The configuration {@link #facet} writes by (its index field per dimension). */
  private static final FacetsConfig FACETS = facetsConfig();

  /** The facet configuration: company is multi-valued (money facts link several companies). */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(COMPANY, true);
    for (String dim : FACET_DIMS) {
      // filters use the keyword fields; drill-down terms would index every value a second time
      c.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return c;
  }

  /**
   * A fact as a Lucene document. Lean, because there are dozens per article and indexing them is most
   * of an ingest's cost: every field is indexed for search, filters, sorting or facets, and only one is
   * stored, the JSON record: every reader returns it, and the highlighter takes the sentence from it.
   * Not on facts: the file id (articles carry it for the unchanged-file check) and the sentence (its
   * sentence document, which follows the fact in the index, carries it).
   */
  public static Document factDocument(Fact f, String source, String docId, String published) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_FACT, Field.Store.NO));
    d.add(new StringField(SOURCE, source, Field.Store.NO));
    d.add(new StringField(DOC_ID, docId, Field.Store.NO));
    facetKeyword(d, TYPE, f.type().jsonName());
    facetKeyword(d, LANG, f.lang());
    if (f.id() != null) {
      d.add(new StringField(ID, f.id().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    if (f.name() != null) {
      d.add(new TextField(NAME, f.name(), Field.Store.NO));
    }
    for (String c : companiesOf(f)) {
      facetKeyword(d, COMPANY, c);
    }
    String model = f.type() == newsfacts.extract.FactType.MODEL ? f.id() : f.model();
    if (model != null) {
      facetKeyword(d, MODEL, model);
    }
    if (f.metric() != null) {
      d.add(new StringField(METRIC, f.metric().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    if (f.currency() != null) {
      facetKeyword(d, CURRENCY, f.currency());
    }
    number(d, AMOUNT, f.amount(), Field.Store.NO);
    number(d, USD, f.usd(), Field.Store.NO);
    number(d, VALUE, f.value(), Field.Store.NO);
    if (Boolean.TRUE.equals(f.points())) {
      d.add(new StringField(POINTS, "true", Field.Store.NO));
    }
    published(d, published, Field.Store.NO);
    d.add(new TextField(TEXT, f.text(), Field.Store.NO));
    d.add(new StoredField(JSON, FactJson.write(f, source, docId)));
    return d;
  }

  /**
   * The sentence document that follows a run of facts sharing {@code sentence} (in {@code lang}'s
   * field), their block-join parent. Nothing stored: the facts' records hold the sentence. A run of facts
   * without a sentence gets one too, without the sentence field, so that it is fenced off from the next
   * sentence's facts.
   */
  public static Document sentenceDocument(String source, String lang, String sentence) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_SENTENCE, Field.Store.NO));
    d.add(new StringField(SOURCE, source, Field.Store.NO));
    if (sentence != null) {
      d.add(new TextField(languageField(SENTENCE, lang), sentence, Field.Store.NO));
    }
    return d;
  }

  /** True when two facts of one article share their sentence document (same sentence, same field). */
  static boolean sameSentence(Fact a, Fact b) {
    return java.util.Objects.equals(a.sentence(), b.sentence())
        && languageField(SENTENCE, a.lang()).equals(languageField(SENTENCE, b.lang()));
  }

  /** A lower-cased keyword to filter on and the same value as a facet label. */
  private static void facetKeyword(Document d, String field, String value) {
    d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    facet(d, field, value);
  }

  /**
   * A facet label, written as {@link FacetsConfig#build} writes a
   * {@link org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField} of a
   * flat dimension configured as in {@link #facetsConfig} (one sorted-set value {@code dim U+001F label}
   * in the default facet field, no drill-down terms), without build's copy of the whole document:
   * {@code build} was a third of the cost of making a fact document.
   */
  private static void facet(Document d, String dim, String label) {
    d.add(new SortedSetDocValuesField(FACETS.getDimConfig(dim).indexFieldName,
        new BytesRef(FacetsConfig.pathToString(dim, label))));
  }

  /** An article as a Lucene document: metadata, its text per segment language, the document record. */
  public static Document articleDocument(String source, String fileId, String docId, String lang, String title,
      String url, String published, String charset, String text, List<TextSegment> segments, int factCount,
      String json) {
    Document d = new Document();
    keyword(d, KIND, KIND_ARTICLE);
    exact(d, SOURCE, source);
    exact(d, FILE_ID, fileId);
    exact(d, DOC_ID, docId);
    d.add(new org.apache.lucene.document.StringField(SCHEMA, SCHEMA_VERSION, Field.Store.NO));
    keyword(d, LANG, lang);
    facet(d, LANG, lang);
    if (title != null) {
      d.add(new TextField(TITLE, title, Field.Store.YES));
    }
    if (url != null) {
      exact(d, URL, url);
    }
    if (charset != null) {
      keyword(d, CHARSET, charset);
    }
    published(d, published, Field.Store.YES);
    for (Map.Entry<String, List<TextSegment>> e : bodySegments(segments).entrySet()) {
      d.add(new TextField(e.getKey(), body(text, e.getValue()), Field.Store.YES));
    }
    d.add(new IntPoint(FACT_COUNT, factCount));
    d.add(new StoredField(FACT_COUNT, factCount));
    d.add(new StoredField(JSON, json));
    return d;
  }

  /** The segments indexed in each {@code body_<lang>} field, by field name (sorted), in text order. */
  static Map<String, List<TextSegment>> bodySegments(List<TextSegment> segments) {
    Map<String, List<TextSegment>> out = new java.util.TreeMap<>();
    for (TextSegment s : segments) {
      out.computeIfAbsent(languageField(BODY, s.lang()), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  /** The value of one body field: its segments' text, each followed by a blank line ({@link #BODY_SEPARATOR}). */
  static String body(String text, List<TextSegment> segments) {
    StringBuilder b = new StringBuilder();
    for (TextSegment s : segments) {
      b.append(text, s.start(), s.end()).append(BODY_SEPARATOR);
    }
    return b.toString();
  }

  /** What follows each segment in a body field: paragraphs of one language stay apart. */
  static final String BODY_SEPARATOR = "\n\n";

  /** A file that could not be read: kept so reports list failures and re-ingest retries it. */
  public static Document errorDocument(String source, String fileId, String reason, String json) {
    Document d = new Document();
    keyword(d, KIND, KIND_ERROR);
    exact(d, SOURCE, source);
    exact(d, FILE_ID, fileId);
    d.add(new TextField(REASON, reason, Field.Store.YES));
    d.add(new StoredField(JSON, json));
    return d;
  }

  /** The company ids a fact is filed under. */
  static List<String> companiesOf(Fact f) {
    List<String> out = new ArrayList<>();
    switch (f.type()) {
      case COMPANY -> out.add(f.id());
      case MODEL -> {
        if (f.company() != null) {
          out.add(f.company());
        }
      }
      default -> {
        if (f.companies() != null) {
          out.addAll(f.companies());
        }
      }
    }
    return out.stream().distinct().toList();
  }

  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.YES));
  }

  private static void exact(Document d, String field, String value) {
    d.add(new StringField(field, value, Field.Store.YES));
  }

  private static void number(Document d, String field, Double v, Field.Store store) {
    if (v != null) {
      d.add(new DoublePoint(field, v));
      d.add(new DoubleDocValuesField(field, v));
      if (store == Field.Store.YES) {
        d.add(new StoredField(field, v));
      }
    }
  }

  private static void published(Document d, String published, Field.Store store) {
    if (published != null) {
      d.add(new StringField(PUBLISHED, published, store));
      d.add(new SortedDocValuesField(PUBLISHED, new BytesRef(published)));
    }
  }
}
