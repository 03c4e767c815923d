package newsfacts.index;

import java.util.List;
import java.util.Map;

/**
 * @param total how many documents match
 * @param hits the requested page of hits
 * @param facets per requested dimension, labels with counts, largest first (ties by label)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  /**
   * @param json the stored JSON record (a fact, or an article's document record)
   * @param highlight the sentence (or article passage) with matches wrapped in «», or null
   * @param score relevance score
   */
  public record Hit(String json, String highlight, float score) {}

  public record FacetCount(String label, long count) {}
}
