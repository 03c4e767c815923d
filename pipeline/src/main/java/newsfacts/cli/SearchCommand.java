package newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.index.SearchRequest;
import newsfacts.index.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacts search}: Lucene query syntax over the fact fields. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the index. QUERY is Lucene query syntax over the fact fields",
        "(type, id, name, company, model, metric, currency, lang, source, docId, published, text, sentence,",
        "amount, usd, value) plus free text searched in every language, e.g.",
        "  'company:alibaba AND type:money'   'usd:[1e11 TO *]'   'sentence:модели'   '推論モデル'"})
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query (default: everything).")
  String query;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "newsfacts-index",
      description = "Index folder (default: ./${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits skipped, for paging.")
  int offset;

  @Option(names = "--json", description = "Print the matching records as JSON Lines (the same records as extract).")
  boolean json;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only facts of this type: company, model, money, percent, score.")
  String type;

  @Option(names = "--lang", paramLabel = "CODE", description = "Only facts (or articles) in this language.")
  String lang;

  @Option(names = "--company", paramLabel = "ID", description = "Only facts filed under this company id.")
  String company;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, usd or published (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--facets", paramLabel = "DIMS", split = ",",
      description = "Count hits per value of these fields: type,company,model,currency,lang.")
  List<String> facets;

  @Option(names = "--articles", description = "Search articles instead of facts.")
  boolean articles;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest req;
    try {
      SearchRequest.SortOrder order = SearchRequest.SortOrder.valueOf(sort.toUpperCase(Locale.ROOT));
      if (type != null) {
        newsfacts.extract.FactType.fromJson(type);
      }
      req = new SearchRequest(query, type, lang, company, order, limit, offset,
          facets == null ? List.of() : facets, articles);
    } catch (IllegalArgumentException e) {
      err.println("newsfacts search: " + (e.getMessage().startsWith("No enum constant")
          ? "--sort takes relevance, usd or published, got '" + sort + "'" : e.getMessage()));
      return Main.EXIT_USAGE;
    }
    SearchResult r;
    try (FactSearcher s = FactSearcher.open(index)) {
      r = s.search(req);
    } catch (QuerySyntaxException e) {
      err.println("newsfacts search: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    if (json) {
      for (SearchResult.Hit h : r.hits()) {
        out.println(h.json());
      }
    } else {
      printHuman(out, r);
    }
    out.flush();
    return 0;
  }

  private void printHuman(PrintWriter out, SearchResult r) throws Exception {
    out.printf("%d %s match%s%n", r.total(), articles ? "articles" : "facts",
        r.hits().size() < r.total() ? " (showing " + (offset + 1) + "-" + (offset + r.hits().size()) + ")" : "");
    int i = offset;
    for (SearchResult.Hit h : r.hits()) {
      JsonNode n = JSON.readTree(h.json());
      i++;
      if (articles) {
        out.printf("%n%d. [%s] %s%n   %s%n", i, n.path("lang").asText(), n.path("title").asText("(no title)"),
            n.path("source").asText());
      } else {
        out.printf("%n%d. %-7s %s%s  [%s]%n   %s @%d%n", i, n.path("type").asText(), n.path("text").asText(),
            describe(n), n.path("lang").asText(), n.path("source").asText(), n.path("start").asInt());
      }
      String sentence = h.highlight() != null ? h.highlight() : markFact(n);
      if (sentence != null && !sentence.isBlank()) {
        out.printf("   %s%n", sentence.replace('\n', ' '));
      }
    }
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      StringBuilder b = new StringBuilder();
      for (SearchResult.FacetCount c : e.getValue()) {
        b.append(b.isEmpty() ? "" : ", ").append(c.label()).append(' ').append(c.count());
      }
      out.printf("%nfacet %s: %s", e.getKey(), b.isEmpty() ? "(none)" : b);
    }
    if (!r.facets().isEmpty()) {
      out.println();
    }
  }

  /** The normalized value after the surface text: "= 380000000000 CNY (≈ 52.8 bn USD)". */
  static String describe(JsonNode n) {
    return switch (n.path("type").asText()) {
      case "company" -> " = " + n.path("id").asText() + (n.path("known").asBoolean(true) ? "" : " [not in the lexicon]");
      case "model" -> " = " + n.path("id").asText()
          + (n.has("company") ? " (" + n.path("company").asText() + ")" : "")
          + (n.path("known").asBoolean(true) ? "" : " [not in the lexicon]");
      case "money" -> " = " + plain(n.path("amount").asDouble())
          + (n.has("max") ? "-" + plain(n.path("max").asDouble()) : "") + " " + n.path("currency").asText()
          + (n.has("usd") ? String.format(Locale.ROOT, " (≈ %s USD)", human(n.path("usd").asDouble())) : "")
          + (n.path("approximate").asBoolean() ? " ~" : "");
      case "percent" -> " = " + plain(n.path("value").asDouble())
          + (n.has("max") ? "-" + plain(n.path("max").asDouble()) : "") + "%";
      case "score" -> " = " + plain(n.path("value").asDouble()) + " " + n.path("metric").asText()
          + (n.has("model") ? " for " + n.path("model").asText() : "");
      default -> "";
    };
  }

  private static String markFact(JsonNode n) {
    String s = n.path("sentence").asText(null);
    String t = n.path("text").asText();
    if (s == null) {
      return null;
    }
    int at = s.indexOf(t);
    return at < 0 ? s : s.substring(0, at) + "«" + t + "»" + s.substring(at + t.length());
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e18 ? Long.toString((long) v)
        : new java.math.BigDecimal(v).round(java.math.MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  private static String human(double usd) {
    double a = Math.abs(usd);
    if (a >= 1e12) {
      return String.format(Locale.ROOT, "%.2f tn", usd / 1e12);
    }
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f bn", usd / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.2f m", usd / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f", usd);
  }
}
