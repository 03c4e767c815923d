package newsfacts.index;

import java.util.List;
import java.util.Objects;

/**
 * What to search for.
 *
 * @param query Lucene query syntax over the {@link FactSchema} fields; blank means everything
 * @param type only facts of this type (json name), or null
 * @param lang only facts/articles in this language, or null
 * @param company only facts filed under this company id, or null
 * @param sort result order
 * @param limit the most hits returned (>= 1)
 * @param offset hits to skip, for paging (>= 0)
 * @param facets facet dimensions to count (from {@link FactSchema#FACET_DIMS}); empty for none
 * @param articles search article documents instead of facts
 */
public record SearchRequest(String query, String type, String lang, String company, SortOrder sort, int limit,
    int offset, List<String> facets, boolean articles) {

  /** Result orders. */
  public enum SortOrder {
    RELEVANCE, USD, PUBLISHED
  }

  public SearchRequest {
    query = query == null ? "" : query;
    Objects.requireNonNull(sort, "sort");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    facets = List.copyOf(facets);
    for (String f : facets) {
      if (!FactSchema.FACET_DIMS.contains(f)) {
        throw new IllegalArgumentException("unknown facet '" + f + "', expected some of " + FactSchema.FACET_DIMS);
      }
    }
  }

  /** All facts matching {@code query}, by relevance, first {@code limit}. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, SortOrder.RELEVANCE, limit, 0, List.of(), false);
  }
}
