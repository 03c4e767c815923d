package newsfacts.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.FactType;
import newsfacts.index.FactSchema;
import newsfacts.index.SearchRequest;

/**
 * The query string of {@code /api/search} turned into a {@link SearchRequest}: every parameter is
 * checked, unknown or repeated ones are rejected, and the first problem is reported by name.
 *
 * <p>{@code type}, {@code lang} and {@code company} map to the request's filters exactly as the CLI's
 * options do; {@code model} and {@code currency} (facet filters the CLI spells inside the query) are
 * added to the query as {@code +model:"…"} and {@code +currency:"…"} clauses.
 */
final class SearchParams {
  /** Most hits per page: a page is for reading, not for exporting. */
  static final int MAX_LIMIT = 100;
  /** Deepest page start: beyond it ranking all hits costs more than anyone reads. */
  static final int MAX_OFFSET = 10_000;
  /** Longest query accepted. */
  static final int MAX_QUERY = 2_000;

  static final Set<String> SEARCH = Set.of("q", "type", "lang", "company", "model", "currency", "sort", "limit",
      "offset", "facets", "articles");
  static final Set<String> REPORT = Set.of("q");

  /** Ids are lower-case slugs (sk-hynix, deepseek-v3.2, gpt-4o_mini); language codes ISO 639. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._+-]{0,79}");
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  private static final Pattern CURRENCY = Pattern.compile("[a-z]{3}");

  private SearchParams() {}

  /** Decodes {@code a=1&b=2} (null or empty: no parameters); a repeated or unknown name is an error. */
  static Map<String, String> decode(String rawQuery, Set<String> allowed) throws BadParameterException {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new BadParameterException(eq < 0 ? pair : pair.substring(0, eq), "malformed percent-encoding");
      }
      if (!allowed.contains(name)) {
        throw new BadParameterException(name, "unknown parameter '" + name + "', expected one of "
            + allowed.stream().sorted().toList());
      }
      if (out.put(name, value) != null) {
        throw new BadParameterException(name, "parameter '" + name + "' given more than once");
      }
    }
    return out;
  }

  /** The {@code q} parameter as given (stripped), for validating it on its own. */
  static String query(Map<String, String> p) {
    return p.getOrDefault("q", "").strip();
  }

  /** The search request the parameters describe. */
  static SearchRequest toRequest(Map<String, String> p) throws BadParameterException {
    boolean articles = bool(p, "articles");
    String type = optional(p, "type");
    if (type != null) {
      try {
        FactType.fromJson(type);
      } catch (IllegalArgumentException e) {
        throw new BadParameterException("type", "type must be one of company, model, money, percent, score; got '"
            + type + "'");
      }
    }
    String lang = matching(p, "lang", LANG, "an ISO 639 code such as ja or ru");
    String company = matching(p, "company", ID, "a company id such as alibaba");
    String model = matching(p, "model", ID, "a model id such as deepseek-r1");
    String currency = matching(p, "currency", CURRENCY, "an ISO 4217 code such as CNY");
    String sort = p.getOrDefault("sort", "relevance");
    SearchRequest.SortOrder order = switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
      case "usd" -> SearchRequest.SortOrder.USD;
      case "published" -> SearchRequest.SortOrder.PUBLISHED;
      default -> throw new BadParameterException("sort",
          "sort must be relevance, usd or published; got '" + sort + "'");
    };
    int limit = integer(p, "limit", 10, 1, MAX_LIMIT);
    int offset = integer(p, "offset", 0, 0, MAX_OFFSET);
    String q = p.getOrDefault("q", "").strip();
    if (q.length() > MAX_QUERY) {
      throw new BadParameterException("q", "q is longer than " + MAX_QUERY + " characters");
    }
    List<String> clauses = new ArrayList<>();
    if (!q.isEmpty()) {
      clauses.add("+(" + q + ")");
    }
    if (model != null) {
      clauses.add("+" + FactSchema.MODEL + ":\"" + model + "\"");
    }
    if (currency != null) {
      clauses.add("+" + FactSchema.CURRENCY + ":\"" + currency + "\"");
    }
    String query = model == null && currency == null ? q : String.join(" ", clauses);
    List<String> facets = articles ? List.of(FactSchema.LANG) : FactSchema.FACET_DIMS;
    if (p.containsKey("facets")) {
      facets = new ArrayList<>();
      for (String f : p.get("facets").split(",")) {
        if (!f.isBlank() && !FactSchema.FACET_DIMS.contains(f.strip())) {
          throw new BadParameterException("facets", "facets takes some of " + FactSchema.FACET_DIMS + "; got '" + f
              + "'");
        }
        if (!f.isBlank()) {
          facets.add(f.strip());
        }
      }
    }
    return new SearchRequest(query, type, lang, company, order, limit, offset, facets, articles);
  }

  private static String optional(Map<String, String> p, String name) {
    String v = p.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String matching(Map<String, String> p, String name, Pattern pattern, String what)
      throws BadParameterException {
    String v = optional(p, name);
    if (v == null) {
      return null;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!pattern.matcher(lower).matches()) {
      throw new BadParameterException(name, name + " must be " + what + "; got '" + v + "'");
    }
    return lower;
  }

  private static boolean bool(Map<String, String> p, String name) throws BadParameterException {
    String v = optional(p, name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new BadParameterException(name, name + " must be true or false; got '" + v + "'");
  }

  static int integer(Map<String, String> p, String name, int dflt, int min, int max) throws BadParameterException {
    String v = optional(p, name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw new BadParameterException(name, name + " must be a whole number from " + min + " to " + max + "; got '"
        + v + "'");
  }
}
