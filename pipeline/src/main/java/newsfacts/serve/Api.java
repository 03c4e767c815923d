package newsfacts.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsfacts.index.FactSearcher;
import newsfacts.index.QuerySyntaxException;
import newsfacts.index.SearchRequest;
import newsfacts.index.SearchResult;

/**
 * The JSON API over one {@link FactSearcher}: {@code /api/search}, {@code /api/articles/{id}},
 * {@code /api/report}. Pure request-to-response (no HTTP types). Thread-safe: each request borrows
 * its own searcher from the pool.
 */
final class Api {
  /** An answer: status and JSON body. */
  record Response(int status, JsonNode body) {}

  /** Article ids are SHA-256 hex in the pipeline; tests and other tools may use short slugs. */
  private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private final SearcherPool searchers;
  private final ObjectMapper json = new ObjectMapper();

  Api(SearcherPool searchers) {
    this.searchers = searchers;
  }

  /** Answers {@code GET path?rawQuery}. */
  Response get(String path, String rawQuery) throws IOException {
    return searchers.with(s -> get(s, path, rawQuery));
  }

  private Response get(FactSearcher searcher, String path, String rawQuery) throws IOException {
    try {
      if (path.equals("/api/search")) {
        return search(searcher, SearchParams.decode(rawQuery, SearchParams.SEARCH));
      }
      if (path.equals("/api/report")) {
        Map<String, String> p = SearchParams.decode(rawQuery, SearchParams.REPORT);
        String q = validQuery(searcher, SearchParams.query(p), false);
        return new Response(200, Dashboard.build(searcher, q, json));
      }
      if (path.startsWith("/api/articles/")) {
        SearchParams.decode(rawQuery, java.util.Set.of());
        return article(searcher, path.substring("/api/articles/".length()));
      }
      return error(404, null, "no such API path: " + path);
    } catch (BadParameterException e) {
      return error(400, e.parameter(), e.getMessage());
    } catch (QuerySyntaxException e) {
      return error(400, "q", e.getMessage());
    }
  }

  private Response search(FactSearcher searcher, Map<String, String> p)
      throws BadParameterException, IOException, QuerySyntaxException {
    SearchRequest req = SearchParams.toRequest(p);
    validQuery(searcher, SearchParams.query(p), req.articles());
    SearchResult r = searcher.search(req);
    ObjectNode out = json.createObjectNode();
    out.put("total", r.total());
    out.put("offset", req.offset());
    out.put("limit", req.limit());
    List<JsonNode> records = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      records.add(json.readTree(h.json()));
    }
    Map<String, String> docs = req.articles() ? Map.of()
        : searcher.documents(records.stream().map(n -> n.path("docId").asText()).toList());
    ArrayNode hits = out.putArray("hits");
    for (int i = 0; i < records.size(); i++) {
      JsonNode rec = records.get(i);
      ObjectNode hit = hits.addObject();
      if (req.articles()) {
        hit.set("article", rec);
        hit.set("snippet", Marks.snippet(r.hits().get(i).highlight(), null, null));
      } else {
        hit.set("fact", rec);
        String doc = docs.get(rec.path("docId").asText());
        if (doc != null) {
          hit.set("article", summary(json.readTree(doc)));
        }
        hit.set("snippet", Marks.snippet(r.hits().get(i).highlight(), rec.path("sentence").asText(null),
            rec.path("text").asText()));
      }
    }
    ObjectNode facets = out.putObject("facets");
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      ArrayNode counts = facets.putArray(e.getKey());
      e.getValue().forEach(c -> counts.addObject().put("label", c.label()).put("count", c.count()));
    }
    return new Response(200, out);
  }

  private static String validQuery(FactSearcher searcher, String q, boolean articles) throws QuerySyntaxException {
    searcher.parse(q, articles);
    return q;
  }

  private Response article(FactSearcher searcher, String id) throws IOException {
    if (!ARTICLE_ID.matcher(id).matches()) {
      return error(404, null, "no article with id '" + id + "'");
    }
    Optional<FactSearcher.StoredArticle> a = searcher.article(id);
    if (a.isEmpty()) {
      return error(404, null, "no article with id '" + id + "'");
    }
    ObjectNode out = json.createObjectNode();
    out.set("document", json.readTree(a.get().json()));
    out.put("text", a.get().text());
    List<JsonNode> facts = new ArrayList<>();
    for (String f : a.get().facts()) {
      facts.add(json.readTree(f));
    }
    out.putArray("facts").addAll(facts);
    out.set("parts", Marks.parts(a.get().text(), facts));
    return new Response(200, out);
  }

  private ObjectNode summary(JsonNode doc) {
    ObjectNode s = json.createObjectNode();
    for (String k : List.of("id", "title", "published", "url", "lang")) {
      if (doc.has(k)) {
        s.set(k, doc.get(k));
      }
    }
    return s;
  }

  /** A JSON error: {@code {"error": message, "parameter": name}} (parameter only for 400s). */
  Response error(int status, String parameter, String message) {
    ObjectNode e = json.createObjectNode().put("error", message);
    if (parameter != null) {
      e.put("parameter", parameter);
    }
    return new Response(status, e);
  }

  ObjectMapper mapper() {
    return json;
  }
}
