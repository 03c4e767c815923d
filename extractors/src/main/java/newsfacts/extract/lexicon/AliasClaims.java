package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who owns each normalized alias of one lexicon file. Two entries listing the same alias (after
 * {@link TextNormalizer}) is an error unless exactly one of them lists it in {@code wins}; the loser
 * simply does not match it. In {@code models.jsonl} several entries may share a contextual alias
 * ({@code M1}): context picks the entry at match time.
 */
public final class AliasClaims {
  /**
   * One entry's claim on an alias.
   *
   * @param key the normalized alias
   * @param alias the alias as written in the file
   * @param ownerId the entry's id
   * @param contextual matched only with context
   * @param wins the entry listed the alias in {@code wins}
   * @param origin {@code file:line} of the entry
   */
  public record Claim(String key, String alias, String ownerId, boolean contextual, boolean wins, String origin) {}

  private final boolean shareContextual;
  private final Map<String, List<Claim>> byKey = new LinkedHashMap<>();
  private final List<String> resolutions = new ArrayList<>();

  AliasClaims(boolean shareContextual) {
    this.shareContextual = shareContextual;
  }

  /** Normalized keys of {@code aliases}; fails on the line when one names no alias of the entry. */
  static Set<String> winsKeys(JsonLines.Line line, List<String> wins, List<String> allAliases) {
    Set<String> own = new java.util.HashSet<>();
    allAliases.forEach(a -> own.add(TextNormalizer.key(a)));
    Set<String> out = new java.util.HashSet<>();
    for (String w : wins) {
      String k = TextNormalizer.key(w);
      if (!own.contains(k)) {
        throw line.error("[wins] '" + w + "' is not an alias of this entry");
      }
      out.add(k);
    }
    return out;
  }

  void add(JsonLines.Line line, String ownerId, String alias, boolean contextual, Set<String> winsKeys) {
    String key = TextNormalizer.key(alias);
    if (key.codePointCount(0, key.length()) < 2) {
      throw line.error("alias '" + alias + "' is shorter than 2 chars once normalized ('" + key + "')");
    }
    Claim claim = new Claim(key, alias, ownerId, contextual, winsKeys.contains(key), LexiconFields.origin(line));
    List<Claim> existing = byKey.get(key);
    if (existing == null) {
      byKey.put(key, new ArrayList<>(List.of(claim)));
      return;
    }
    Claim first = existing.get(0);
    if (first.ownerId().equals(ownerId)) {
      if (!first.contextual() && contextual) {
        existing.set(0, claim); // listed in "contextual" too: the name is ambiguous ("Claude")
      }
      return;
    }
    if (shareContextual && contextual && existing.stream().allMatch(Claim::contextual)) {
      existing.add(claim);
      return;
    }
    if (claim.wins() && !first.wins()) {
      resolutions.add(claim.origin() + ": alias '" + alias + "' goes to '" + ownerId + "' (wins) over '"
          + first.ownerId() + "' at " + first.origin());
      byKey.put(key, new ArrayList<>(List.of(claim)));
    } else if (first.wins() && !claim.wins()) {
      resolutions.add(claim.origin() + ": alias '" + alias + "' goes to '" + first.ownerId() + "' (wins) over '"
          + ownerId + "'");
    } else {
      throw line.error("alias '" + alias + "' (normalized '" + key + "') is also an alias of '" + first.ownerId()
          + "' at " + first.origin() + (claim.wins()
              ? "; both entries list it in \"wins\""
              : "; list it in \"wins\" of the entry that should get it"));
    }
  }

  /** Owners by normalized alias: one claim, or several contextual claims sharing it. */
  public Map<String, List<Claim>> byKey() {
    return Collections.unmodifiableMap(byKey);
  }

  /** Duplicates settled by {@code wins}, as printable lines (for the lint). */
  public List<String> resolutions() {
    return List.copyOf(resolutions);
  }

  void remove(String key) {
    byKey.remove(key);
  }
}
