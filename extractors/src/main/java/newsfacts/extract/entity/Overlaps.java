package newsfacts.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one overlap policy for company and model mentions: <b>longest match wins, then leftmost</b>; on
 * the same span the stronger evidence wins (a full alias over a contextual one over a derived
 * version), then the alias listed first in the lexicon. A mention that overlaps a kept one is dropped,
 * so "DeepSeek" inside "DeepSeek-V3.2" gives no company fact: the model fact names DeepSeek as its
 * vendor instead. The result has no two overlapping mentions and is sorted by start.
 */
final class Overlaps {
  /** Longer first, then leftmost, then the stronger tier, then lexicon order (one plain method: it sorts every hit). */
  static final Comparator<Candidate> PRIORITY = (a, b) -> {
    int c = Integer.compare(b.length(), a.length());
    if (c == 0) {
      c = Integer.compare(a.start(), b.start());
    }
    if (c == 0) {
      c = Integer.compare(a.tier(), b.tier());
    }
    return c != 0 ? c : Integer.compare(a.order(), b.order());
  };

  private Overlaps() {}

  static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PRIORITY);
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : sorted) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.start());
      if (before != null && before.getValue().end() > c.start()) {
        continue;
      }
      Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.start());
      if (after != null && after.getKey() < c.end()) {
        continue;
      }
      kept.put(c.start(), c);
    }
    return new ArrayList<>(kept.values());
  }
}
