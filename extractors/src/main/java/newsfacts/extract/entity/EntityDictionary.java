package newsfacts.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsfacts.extract.FactType;
import newsfacts.extract.lexicon.AliasClaims;
import newsfacts.extract.lexicon.CompanyEntry;
import newsfacts.extract.lexicon.Lexicons;
import newsfacts.extract.lexicon.ModelEntry;
import newsfacts.extract.lexicon.ModelFamily;
import newsfacts.extract.lexicon.TextNormalizer;

/**
 * Every alias key of the lexicons in one automaton, with what each key stands for. Cyrillic aliases
 * ending in {@code а я ь й} are also keyed by their stem so inflected forms ({@code Алибабой}) match.
 * Built once from {@link Lexicons}; immutable.
 */
final class EntityDictionary {
  private static final String STEM_VOWELS = "аяьй";

  private final AliasAutomaton automaton;
  private final List<List<Target>> targets;
  private final Map<String, String> familyJoiner;

  EntityDictionary(Lexicons lexicons) {
    Map<String, List<Target>> byKey = new LinkedHashMap<>();
    int[] order = {0};
    addClaims(byKey, FactType.COMPANY, lexicons.companies().claims(), order);
    addClaims(byKey, FactType.MODEL, lexicons.models().claims(), order);
    for (ModelFamily f : lexicons.families().entries()) {
      for (String p : f.prefixes()) {
        add(byKey, TextNormalizer.key(p), FactType.MODEL, f.family(), false, true, order[0]++, null);
      }
    }
    for (CompanyEntry c : lexicons.companies().entries()) {
      for (String ticker : c.tickers()) {
        add(byKey, TextNormalizer.key(ticker), FactType.COMPANY, c.id(), false, false, order[0]++, ticker);
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    this.automaton = new AliasAutomaton(keys);
    this.targets = keys.stream().map(k -> List.copyOf(byKey.get(k))).toList();
    this.familyJoiner = joiners(lexicons);
  }

  private static void addClaims(Map<String, List<Target>> byKey, FactType type, AliasClaims claims, int[] order) {
    for (List<AliasClaims.Claim> owners : claims.byKey().values()) {
      for (AliasClaims.Claim c : owners) {
        add(byKey, c.key(), type, c.ownerId(), c.contextual(), false, order[0]++, null);
      }
    }
  }

  private static void add(Map<String, List<Target>> byKey, String key, FactType type, String id, boolean contextual,
      boolean prefix, int order, String exact) {
    int first = key.codePointAt(0);
    int last = key.codePointBefore(key.length());
    boolean cyrillic = Scripts.isCyrillic(last) && !prefix;
    boolean stem = cyrillic && STEM_VOWELS.indexOf(last) >= 0 && key.length() >= 4;
    String k = stem ? key.substring(0, key.length() - 1) : key;
    Target t = new Target(type, id, contextual, prefix, Scripts.isWordChar(first), Scripts.isWordChar(last) && !prefix,
        cyrillic, stem, Scripts.isKatakana(first), Scripts.isKatakana(last) && !prefix, order, exact);
    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
  }

  /**
   * How derived ids join the family id and the version: "" when the family's known ids are written
   * {@code qwen3}, "-" when they are written {@code glm-4.5} (the majority decides; "-" by default).
   */
  private static Map<String, String> joiners(Lexicons lexicons) {
    Map<String, int[]> votes = new HashMap<>();
    for (ModelEntry m : lexicons.models().entries()) {
      String f = m.family();
      if (m.id().length() > f.length() + 1 && m.id().startsWith(f)) {
        int[] v = votes.computeIfAbsent(f, x -> new int[2]);
        v[m.id().charAt(f.length()) == '-' ? 1 : 0]++;
      }
    }
    Map<String, String> out = new HashMap<>();
    votes.forEach((f, v) -> out.put(f, v[0] > v[1] ? "" : "-"));
    return out;
  }

  AliasAutomaton automaton() {
    return automaton;
  }

  List<Target> targets(int key) {
    return targets.get(key);
  }

  /** The derived id of version {@code idPart} of {@code family}. */
  String derivedId(String family, String idPart) {
    return family + familyJoiner.getOrDefault(family, "-") + idPart;
  }
}
