package newsfacts.extract.entity;

import newsfacts.extract.FactType;
import newsfacts.extract.Span;

/**
 * A possible company or model mention before context checks and the overlap policy.
 *
 * @param type COMPANY or MODEL
 * @param id company or model id
 * @param vendor a model's vendor company id (null for companies)
 * @param known false for a version derived from a family
 * @param start original start offset
 * @param end original end offset
 * @param contextual needs context to be kept
 * @param tier the strength of the evidence, lower wins on equal spans (see {@link Overlaps})
 * @param order lexicon order of the alias, the last tie-break
 * @param derivedName display name of a derived version, else null
 */
record Candidate(FactType type, String id, String vendor, boolean known, int start, int end, boolean contextual,
    int tier, int order, String derivedName) {

  /** A full (non-contextual) alias of the lexicon. */
  static final int TIER_FULL = 0;
  /** A contextual alias with its vendor nearby. */
  static final int TIER_VENDOR = 1;
  /** A contextual alias of an entity mentioned earlier in the document. */
  static final int TIER_EARLIER = 2;
  /** A contextual alias next to a model or company word. */
  static final int TIER_WORD = 3;
  /** A family prefix followed by a version. */
  static final int TIER_DERIVED = 4;

  int length() {
    return end - start;
  }

  Span span() {
    return new Span(start, end);
  }

  Candidate withTier(int t) {
    return new Candidate(type, id, vendor, known, start, end, contextual, t, order, derivedName);
  }
}
