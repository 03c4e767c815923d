package newsfacts.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import newsfacts.extract.FactType;
import newsfacts.index.FactSchema;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.report.Report.Count;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Computes a {@link Report} from an index in one pass over the matching facts.
 *
 * <p>Company and model facts (most of an index) are counted from facet doc values alone; only money
 * and score facts are read whole from their stored JSON, plus the article and error records. Sums are
 * of whole units in {@code long}s, so totals do not depend on the order segments are visited in, and
 * every list is sorted with a full tie-break: the same index gives the same report, byte for byte.
 */
public final class ReportBuilder {
  /** Rows kept per list: sites, companies, vendors, unknown models. */
  public static final int TOP = 25;
  /** Largest money figures listed. */
  public static final int LARGEST = 10;
  /** Models per leaderboard. */
  public static final int LEADERBOARD = 20;
  /** Failures and documents with warnings listed. */
  public static final int PROBLEMS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportBuilder() {}

  /** The report over the facts matching {@code query} (blank: all facts). */
  public static Report build(FactSearcher searcher, String query) throws IOException, QuerySyntaxException {
    return build(searcher, query, id -> null);
  }

  /**
   * The report over the facts matching {@code query}, naming companies with {@code companyNames}
   * (usually the company lexicon) first: a vendor of a model may never be mentioned as a company in
   * the index. Ids it returns null for are named from their first company fact, else shown as the id.
   */
  public static Report build(FactSearcher searcher, String query, Function<String, String> companyNames)
      throws IOException, QuerySyntaxException {
    Query facts = searcher.kindQuery(query, FactSchema.KIND_FACT);
    Query articles = searcher.kindQuery("", FactSchema.KIND_ARTICLE);
    Query errors = searcher.kindQuery("", FactSchema.KIND_ERROR);
    return searcher.withSnapshot(s -> new Pass(s, companyNames).run(query == null ? "" : query.strip(), facts, articles, errors));
  }

  /** The state of one report computation. */
  private static final class Pass {
    private final IndexSearcher searcher;
    private final Function<String, String> lexiconNames;
    private final Map<String, String> publishedByDoc = new HashMap<>();
    // corpus
    private final Map<String, Long> langs = new HashMap<>();
    private final Map<String, Long> sites = new HashMap<>();
    private final Map<String, Long> months = new HashMap<>();
    private final Map<String, Long> charsets = new HashMap<>();
    private final List<Report.Failure> failures = new ArrayList<>();
    private final List<Report.Warned> warned = new ArrayList<>();
    private final long[] byType = new long[FactType.values().length];
    private long articleCount;
    private long factCount;
    // money
    private final Map<String, long[]> moneyByCompany = new HashMap<>(); // figures, usd
    private final Map<String, long[]> moneyByCurrency = new HashMap<>(); // figures, amount, usd, withoutUsd
    private final List<Report.Figure> figures = new ArrayList<>();
    private final List<Long> figureOrder = new ArrayList<>();
    private long moneyFigures;
    private long floor = Long.MIN_VALUE;
    private long moneyUsd;
    // models and scores
    private final Map<String, Map<String, Long>> modelsByVendor = new HashMap<>();
    private final Map<String, Map<String, Scored>> latest = new TreeMap<>();
    private long scores;
    // companies
    private final Map<String, Map<String, Long>> companyLang = new HashMap<>();

    Pass(IndexSearcher searcher, Function<String, String> lexiconNames) {
      this.searcher = searcher;
      this.lexiconNames = lexiconNames;
    }

    Report run(String query, Query facts, Query articles, Query errors) throws IOException {
      FactScan.run(searcher, articles, row -> article(JSON.readTree(row.json())));
      FactScan.run(searcher, errors, row -> {
        JsonNode n = JSON.readTree(row.json());
        failures.add(new Report.Failure(n.path("source").asText(), n.path("reason").asText()));
      });
      FactScan.run(searcher, facts, this::fact);
      return new Report(query, corpus(), money(), models(), companies(), quality());
    }

    private void article(JsonNode n) {
      articleCount++;
      String source = n.path("source").asText();
      publishedByDoc.put(n.path("id").asText(), text(n, "published"));
      inc(langs, n.path("lang").asText("und"));
      inc(sites, site(text(n, "url"), source));
      String published = text(n, "published");
      inc(months, published != null && published.length() >= 7 ? published.substring(0, 7) : "unknown");
      inc(charsets, n.path("charset").asText("(none)"));
      if (n.path("warnings").size() > 0) {
        List<String> w = new ArrayList<>();
        n.path("warnings").forEach(e -> w.add(e.asText()));
        warned.add(new Report.Warned(source, text(n, "title"), List.copyOf(w)));
      }
    }

    private void fact(FactScan.Row row) throws IOException {
      factCount++;
      FactType type = FactType.fromJson(row.type);
      byType[type.ordinal()]++;
      switch (type) {
        case COMPANY -> {
          for (String c : row.companies) {
            inc(companyLang.computeIfAbsent(c, k -> new HashMap<>()), row.lang);
          }
        }
        case MODEL -> {
          String vendor = row.companies.isEmpty() ? "" : row.companies.get(0);
          inc(modelsByVendor.computeIfAbsent(vendor, k -> new HashMap<>()), row.model);
        }
        case MONEY -> money(row);
        case SCORE -> score(JSON.readTree(row.json()));
        case PERCENT -> { }
      }
    }

    /**
     * Totals come from doc values; the stored record is parsed only when it has {@code sameAs} (to skip a
     * restatement) or when the figure may enter the largest ones.
     */
    private void money(FactScan.Row row) throws IOException {
      String json = row.json();
      JsonNode n = null;
      if (json.contains("\"sameAs\":")) {
        n = JSON.readTree(json);
        int start = n.path("start").asInt();
        for (JsonNode same : n.path("sameAs")) {
          if (same.asInt() < start) {
            return; // restates an earlier figure of the same sentence in another currency: counted there
          }
        }
      }
      moneyFigures++;
      double usdValue = row.usd();
      boolean hasUsd = !Double.isNaN(usdValue);
      long usd = hasUsd ? Math.round(usdValue) : 0;
      moneyUsd += usd;
      long[] c = moneyByCurrency.computeIfAbsent(row.currency, k -> new long[4]);
      c[0]++;
      c[1] += Math.round(row.amount());
      c[2] += usd;
      c[3] += hasUsd ? 0 : 1;
      for (String company : row.companies) {
        long[] t = moneyByCompany.computeIfAbsent(company, k -> new long[2]);
        t[0]++;
        t[1] += usd;
      }
      if (hasUsd && usd >= floor) {
        if (n == null) {
          n = JSON.readTree(json);
        }
        List<String> companies = new ArrayList<>();
        n.path("companies").forEach(e -> companies.add(e.asText()));
        figures.add(new Report.Figure(usd, n.path("amount").asDouble(), row.currency, n.path("text").asText(),
            text(n, "sentence"), n.path("lang").asText(), List.copyOf(companies), n.path("source").asText(),
            publishedByDoc.get(n.path("docId").asText())));
        figureOrder.add(n.path("start").asLong());
        if (figures.size() > 4 * LARGEST) {
          trimFigures();
        }
      }
    }

    /** Keeps the {@link #LARGEST} largest figures (with their offsets, for the tie-break). */
    private void trimFigures() {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        idx.add(i);
      }
      idx.sort(figureComparator());
      List<Report.Figure> keptF = new ArrayList<>();
      List<Long> keptO = new ArrayList<>();
      for (int i : idx.subList(0, Math.min(LARGEST, idx.size()))) {
        keptF.add(figures.get(i));
        keptO.add(figureOrder.get(i));
      }
      figures.clear();
      figures.addAll(keptF);
      figureOrder.clear();
      figureOrder.addAll(keptO);
      if (figures.size() == LARGEST) {
        floor = figures.get(LARGEST - 1).usd(); // a smaller figure can no longer make the list
      }
    }

    private Comparator<Integer> figureComparator() {
      return Comparator.<Integer>comparingLong(i -> -figures.get(i).usd())
          .thenComparing(i -> figures.get(i).source())
          .thenComparingLong(figureOrder::get);
    }

    private void score(JsonNode n) {
      scores++;
      String model = text(n, "model");
      if (model == null) {
        return; // a score no model was linked to cannot go on a leaderboard
      }
      Scored s = new Scored(n.path("value").asDouble(), n.path("text").asText(),
          publishedByDoc.get(n.path("docId").asText()), n.path("source").asText(), n.path("start").asInt(),
          n.path("lang").asText());
      latest.computeIfAbsent(n.path("metric").asText(), k -> new HashMap<>()).merge(model, s,
          (a, b) -> Scored.LATEST.compare(a, b) >= 0 ? a : b);
    }

    private Report.Corpus corpus() {
      List<Count> types = new ArrayList<>();
      for (FactType t : FactType.values()) {
        types.add(new Count(t.jsonName(), byType[t.ordinal()]));
      }
      List<Count> monthList = new ArrayList<>();
      new TreeMap<>(months).forEach((k, v) -> monthList.add(new Count(k, v)));
      failures.sort(Comparator.comparing(Report.Failure::source).thenComparing(Report.Failure::reason));
      return new Report.Corpus(articleCount, factCount, List.copyOf(types), counts(langs, Integer.MAX_VALUE),
          counts(sites, TOP), List.copyOf(monthList), counts(charsets, Integer.MAX_VALUE),
          List.copyOf(failures.subList(0, Math.min(PROBLEMS, failures.size()))));
    }

    private Report.Money money() throws IOException {
      List<Report.CompanyTotal> companies = new ArrayList<>();
      for (Map.Entry<String, long[]> e : moneyByCompany.entrySet()) {
        companies.add(new Report.CompanyTotal(e.getKey(), null, e.getValue()[0], e.getValue()[1]));
      }
      companies.sort(Comparator.comparingLong(Report.CompanyTotal::usd).reversed()
          .thenComparing(Comparator.comparingLong(Report.CompanyTotal::figures).reversed())
          .thenComparing(Report.CompanyTotal::company));
      List<Report.CompanyTotal> named = new ArrayList<>();
      for (Report.CompanyTotal c : companies.subList(0, Math.min(TOP, companies.size()))) {
        named.add(new Report.CompanyTotal(c.company(), companyName(c.company()), c.figures(), c.usd()));
      }
      List<Report.CurrencyTotal> currencies = new ArrayList<>();
      for (Map.Entry<String, long[]> e : moneyByCurrency.entrySet()) {
        long[] v = e.getValue();
        currencies.add(new Report.CurrencyTotal(e.getKey(), v[0], v[1], v[2], v[3]));
      }
      currencies.sort(Comparator.comparingLong(Report.CurrencyTotal::usd).reversed()
          .thenComparing(Comparator.comparingLong(Report.CurrencyTotal::figures).reversed())
          .thenComparing(Report.CurrencyTotal::currency));
      trimFigures();
      return new Report.Money(moneyFigures, moneyUsd, List.copyOf(named), List.copyOf(currencies),
          List.copyOf(figures));
    }

    private Report.Models models() throws IOException {
      List<Report.Leaderboard> boards = new ArrayList<>();
      for (Map.Entry<String, Map<String, Scored>> e : latest.entrySet()) {
        List<Map.Entry<String, Scored>> rows = new ArrayList<>(e.getValue().entrySet());
        rows.sort(Comparator.<Map.Entry<String, Scored>>comparingDouble(r -> -r.getValue().value())
            .thenComparing(Map.Entry::getKey));
        List<Report.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Scored> r : rows.subList(0, Math.min(LEADERBOARD, rows.size()))) {
          Scored s = r.getValue();
          entries.add(new Report.Entry(r.getKey(), s.value(), s.text(), s.published(), s.source(), s.lang()));
        }
        boards.add(new Report.Leaderboard(e.getKey(), List.copyOf(entries)));
      }
      List<Report.Vendor> vendors = new ArrayList<>();
      for (Map.Entry<String, Map<String, Long>> e : modelsByVendor.entrySet()) {
        long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
        String vendor = e.getKey().isEmpty() ? null : e.getKey();
        vendors.add(new Report.Vendor(vendor, null, total, e.getValue().size(), counts(e.getValue(), 5)));
      }
      vendors.sort(Comparator.comparingLong(Report.Vendor::mentions).reversed()
          .thenComparing(v -> v.company() == null ? "\uffff" : v.company()));
      List<Report.Vendor> named = new ArrayList<>();
      for (Report.Vendor v : vendors.subList(0, Math.min(TOP, vendors.size()))) {
        named.add(new Report.Vendor(v.company(), v.company() == null ? null : companyName(v.company()),
            v.mentions(), v.models(), v.top()));
      }
      return new Report.Models(scores, List.copyOf(boards), List.copyOf(named));
    }

    private Report.Companies companies() throws IOException {
      Map<String, Long> langTotals = new HashMap<>();
      Map<String, Long> companyTotals = new HashMap<>();
      for (Map.Entry<String, Map<String, Long>> e : companyLang.entrySet()) {
        for (Map.Entry<String, Long> l : e.getValue().entrySet()) {
          langTotals.merge(l.getKey(), l.getValue(), Long::sum);
          companyTotals.merge(e.getKey(), l.getValue(), Long::sum);
        }
      }
      List<Count> byLang = counts(langTotals, Integer.MAX_VALUE);
      List<String> languages = byLang.stream().map(Count::label).toList();
      List<Report.CompanyRow> rows = new ArrayList<>();
      for (Count c : counts(companyTotals, TOP)) {
        Map<String, Long> per = companyLang.get(c.label());
        List<Long> cells = languages.stream().map(l -> per.getOrDefault(l, 0L)).toList();
        rows.add(new Report.CompanyRow(c.label(), companyName(c.label()), c.count(), cells));
      }
      return new Report.Companies(languages, byLang.stream().map(Count::count).toList(), List.copyOf(rows));
    }

    private Report.Quality quality() throws IOException {
      Map<String, Long> mentions = new HashMap<>();
      for (Map<String, Long> m : modelsByVendor.values()) {
        m.forEach((model, n) -> mentions.merge(model, n, Long::sum));
      }
      List<Report.UnknownModel> unknown = new ArrayList<>();
      for (Count c : counts(mentions, Integer.MAX_VALUE)) {
        JsonNode n = first(FactSchema.MODEL, c.label(), FactType.MODEL);
        if (n != null && n.has("known") && !n.path("known").asBoolean()) {
          unknown.add(new Report.UnknownModel(c.label(), text(n, "name"), text(n, "company"), c.count()));
          if (unknown.size() == TOP) {
            break;
          }
        }
      }
      warned.sort(Comparator.comparing(Report.Warned::source));
      return new Report.Quality(List.copyOf(unknown), List.copyOf(warned.subList(0, Math.min(PROBLEMS, warned.size()))));
    }

    private final Map<String, String> names = new HashMap<>();

    /** The display name of a company: the lexicon's, else the first company fact's, else the id. */
    private String companyName(String id) throws IOException {
      String name = names.get(id);
      if (name == null) {
        name = lexiconNames.apply(id);
        if (name == null) {
          JsonNode n = first(FactSchema.ID, id, FactType.COMPANY);
          name = n == null ? id : n.path("name").asText(id);
        }
        names.put(id, name);
      }
      return name;
    }

    /** The stored JSON of the first fact (in index order) of a type with a field value, or null. */
    private JsonNode first(String field, String value, FactType type) throws IOException {
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(field, value.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(FactSchema.TYPE, type.jsonName())), BooleanClause.Occur.FILTER)
          .build();
      TopDocs td = searcher.search(q, 1, new Sort(SortField.FIELD_DOC));
      if (td.scoreDocs.length == 0) {
        return null;
      }
      StoredFields stored = searcher.storedFields();
      ScoreDoc d = td.scoreDocs[0];
      return JSON.readTree(stored.document(d.doc, Set.of(FactSchema.JSON)).get(FactSchema.JSON));
    }
  }

  /** A score as a leaderboard candidate. */
  private record Scored(double value, String text, String published, String source, int start, String lang) {
    /** Later publication wins; undated loses to dated; then the later source, then the later offset. */
    static final Comparator<Scored> LATEST = Comparator
        .comparing(Scored::published, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
        .thenComparing(Scored::source)
        .thenComparingInt(Scored::start);
  }

  /** The site of an article: its URL host, else the folder of its source file. */
  static String site(String url, String source) {
    if (url != null) {
      try {
        String host = URI.create(url).getHost();
        if (host != null) {
          return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall back to the file's folder
      }
    }
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? "." : source.substring(0, slash);
  }

  /** Counts sorted most first, ties by label, cut to {@code limit}. */
  static List<Count> counts(Map<String, Long> m, int limit) {
    List<Count> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Count(k, v)));
    out.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private static void inc(Map<String, Long> m, String key) {
    m.merge(key == null ? "und" : key, 1L, Long::sum);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }
}
