package newsfacts.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import newsfacts.extract.FactType;
import newsfacts.index.FactSchema;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.index.SearchRequest;
import newsfacts.index.SearchResult;

/**
 * The data behind the dashboard tab ({@code GET /api/report}), computed from the index's facets: the
 * corpus in counts (articles, facts per type, articles per language), facts per company, model,
 * currency and language, and the largest money figures by US dollars. Two searches, no scan of the
 * stored facts, so it stays fast on a large index. Key names follow the report JSON of
 * {@code newsfacts report} where they overlap ({@code corpus.factsByType}, {@code money.largest}).
 */
final class Dashboard {
  /** Bars per chart. */
  static final int TOP = 15;
  /** Rows of the largest-money table. */
  static final int LARGEST = 10;

  private Dashboard() {}

  static ObjectNode build(FactSearcher searcher, String query, ObjectMapper json)
      throws IOException, QuerySyntaxException {
    SearchResult facts = searcher.search(new SearchRequest(query, null, null, null, SearchRequest.SortOrder.RELEVANCE,
        1, 0, FactSchema.FACET_DIMS, false));
    SearchResult articles = searcher.search(new SearchRequest("", null, null, null, SearchRequest.SortOrder.RELEVANCE,
        1, 0, List.of(FactSchema.LANG), true));
    SearchResult money = searcher.search(new SearchRequest(query, FactType.MONEY.jsonName(), null, null,
        SearchRequest.SortOrder.USD, LARGEST, 0, List.of(), false));

    ObjectNode out = json.createObjectNode();
    out.put("query", query);
    out.put("source", "facets");
    ObjectNode corpus = out.putObject("corpus");
    corpus.put("articles", articles.total());
    corpus.put("facts", facts.total());
    ArrayNode byType = corpus.putArray("factsByType");
    for (FactType t : FactType.values()) {
      long n = facts.facets().get(FactSchema.TYPE).stream().filter(c -> c.label().equals(t.jsonName()))
          .mapToLong(SearchResult.FacetCount::count).sum();
      byType.addObject().put("label", t.jsonName()).put("count", n);
    }
    counts(corpus.putArray("languages"), articles.facets().get(FactSchema.LANG), Integer.MAX_VALUE);
    ObjectNode facets = out.putObject("facets");
    for (String dim : List.of(FactSchema.COMPANY, FactSchema.MODEL, FactSchema.CURRENCY, FactSchema.LANG)) {
      counts(facets.putArray(dim), facts.facets().get(dim), TOP);
    }
    ArrayNode largest = out.putObject("money").put("figures", money.total()).putArray("largest");
    for (SearchResult.Hit h : money.hits()) {
      JsonNode f = json.readTree(h.json());
      if (!f.has("usd")) {
        break; // sorted by USD, missing last: the rest have no rate either
      }
      ObjectNode row = largest.addObject();
      for (String k : List.of("usd", "amount", "currency", "text", "sentence", "lang", "companies", "source",
          "docId")) {
        if (f.has(k)) {
          row.set(k, f.get(k));
        }
      }
    }
    return out;
  }

  private static void counts(ArrayNode out, List<SearchResult.FacetCount> counts, int top) {
    counts.stream().limit(top).forEach(c -> out.addObject().put("label", c.label()).put("count", c.count()));
  }
}
