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
 * ending in {@code а я ь й} are also keyed by their stem so inflected forms ({@code Алибабой}) match,
 * and multi-word Cyrillic names also by the case forms of their first word ({@code Лаборатории Касперского}).
 * Built once from {@link Lexicons}; immutable.
 */
final class EntityDictionary {
  private static final String STEM_VOWELS = "аяьй";

  private final AliasAutomaton automaton;
  private final List<List<Target>> targets;
  private final Map<String, String> familyStem;
  /** Per family, the stems of its sub-brand prefixes by their slug ("devstral" of family mistral). */
  private final Map<String, Map<String, String>> brandStems;
  /** Keys all of whose targets need a word start (most Latin and Cyrillic aliases). */
  private final boolean[] wordStart;

  EntityDictionary(Lexicons lexicons) {
    CommonWords common = CommonWords.load();
    Map<String, List<Target>> byKey = new LinkedHashMap<>();
    int[] order = {0};
    addClaims(byKey, FactType.COMPANY, lexicons.companies().claims(), order, common);
    addClaims(byKey, FactType.MODEL, lexicons.models().claims(), order, common);
    for (ModelFamily f : lexicons.families().entries()) {
      for (String p : f.prefixes()) {
        String key = TextNormalizer.key(p);
        add(byKey, key, FactType.MODEL, f.family(), false, true, order[0]++, common.languageOf(key) != null, null,
            false, false);
      }
    }
    for (CompanyEntry c : lexicons.companies().entries()) {
      for (String ticker : c.tickers()) {
        add(byKey, TextNormalizer.key(ticker), FactType.COMPANY, c.id(), false, false, order[0]++, false, ticker,
            false, false);
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    this.automaton = new AliasAutomaton(keys);
    this.targets = keys.stream().map(k -> List.copyOf(byKey.get(k))).toList();
    this.wordStart = new boolean[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      wordStart[k] = targets.get(k).stream().allMatch(Target::wordStart);
    }
    this.familyStem = stems(lexicons);
    this.brandStems = brandStems(lexicons);
  }

  /** A common word, a dash and a number ("Step-2"): the alias as written, to match only so; else null. */
  private static String wordDashNumber(String alias, CommonWords common) {
    int dash = alias.indexOf('-');
    if (dash < 1 || dash + 1 >= alias.length() || !alias.substring(dash + 1).matches("\\d+(\\.\\d+)?")) {
      return null;
    }
    String word = alias.substring(0, dash);
    return word.chars().allMatch(Character::isLetter) && common.languageOf(TextNormalizer.key(word)) != null
        ? alias : null;
  }

  private static void addClaims(Map<String, List<Target>> byKey, FactType type, AliasClaims claims, int[] order,
      CommonWords common) {
    for (List<AliasClaims.Claim> owners : claims.byKey().values()) {
      for (AliasClaims.Claim c : owners) {
        String exact = wordDashNumber(c.alias(), common);
        if (exact != null) { // "Step-2" as written: "Step 2 of the plan" is no model
          add(byKey, c.key(), type, c.ownerId(), c.contextual(), false, order[0]++, false, exact, false, false);
          continue;
        }
        boolean capitals = Target.capitalsOnly(c.alias());
        // a capitalised contextual alias is a common word in lower case ("Arm", "cloud arm"; "Moonshot", "moonshot")
        char first = c.alias().charAt(0);
        // Latin and Cyrillic capitals: "Arm", "Элемент" (not "элементами")
        boolean capitalStart = c.contextual() && ((first >= 'A' && first <= 'Z') || (first >= 'А' && first <= 'Я')
            || first == 'Ё');
        add(byKey, c.key(), type, c.ownerId(), c.contextual(), false, order[0]++, false, null, capitals, capitalStart);
        for (String form : WordForms.firstWordForms(c.alias())) {
          add(byKey, TextNormalizer.key(form), type, c.ownerId(), c.contextual(), false, order[0]++, false, null, false,
              capitalStart);
        }
      }
    }
  }

  private static void add(Map<String, List<Target>> byKey, String key, FactType type, String id, boolean contextual,
      boolean prefix, int order, boolean glued, String exact, boolean capitals, boolean capitalStart) {
    int first = key.codePointAt(0);
    int last = key.codePointBefore(key.length());
    boolean cyrillic = Scripts.isCyrillic(last) && !prefix;
    boolean stem = cyrillic && STEM_VOWELS.indexOf(last) >= 0 && key.length() >= 4;
    String k = stem ? key.substring(0, key.length() - 1) : key;
    Target t = new Target(type, id, contextual, prefix, Scripts.isWordChar(first), Scripts.isWordChar(last) && !prefix,
        cyrillic, stem, Scripts.isKatakana(first), Scripts.isKatakana(last) && !prefix, order, glued, exact,
        capitals, capitalStart);
    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
  }

  /**
   * What derived ids of each family start with. Normally the family id and a joiner: "" when the family's
   * known ids are written {@code qwen3}, "-" when they are written {@code glm-4.5} (the majority decides;
   * "-" by default). When no known id starts with the family id (family {@code openai-o}, ids {@code o1},
   * {@code o3-mini}), their common start before the first digit ({@code o}).
   */
  private static Map<String, String> stems(Lexicons lexicons) {
    Map<String, int[]> votes = new HashMap<>();
    Map<String, String> common = new HashMap<>();
    for (ModelEntry m : lexicons.models().entries()) {
      String f = m.family();
      common.merge(f, m.id(), EntityDictionary::commonStart);
      if (m.id().length() > f.length() + 1 && m.id().startsWith(f)) {
        int[] v = votes.computeIfAbsent(f, x -> new int[2]);
        v[m.id().charAt(f.length()) == '-' ? 1 : 0]++;
      }
    }
    Map<String, String> out = new HashMap<>();
    for (ModelFamily f : lexicons.families().entries()) {
      int[] v = votes.get(f.family());
      String shared = common.getOrDefault(f.family(), "");
      int digit = 0;
      while (digit < shared.length() && !Character.isDigit(shared.charAt(digit))) {
        digit++;
      }
      if (v == null && digit > 0 && !shared.startsWith(f.family())) {
        out.put(f.family(), shared.substring(0, digit));
      } else {
        out.put(f.family(), f.family() + (v != null && v[0] > v[1] ? "" : "-"));
      }
    }
    return out;
  }

  private static String commonStart(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(0, i);
  }

  AliasAutomaton automaton() {
    return automaton;
  }

  List<Target> targets(int key) {
    return targets.get(key);
  }

  /**
   * True when every target of {@code key} needs a word start: a hit of it inside a word ("ter" in
   * "after") is dropped before any target is looked at.
   */
  boolean needsWordStart(int key) {
    return wordStart[key];
  }

  /** The derived id of version {@code idPart} of {@code family}. */
  String derivedId(String family, String idPart) {
    return familyStem.getOrDefault(family, family + "-") + idPart;
  }

  /**
   * The derived id of version {@code idPart} of {@code family} written after {@code prefix} (the text
   * matched): a sub-brand prefix whose own ids the lexicon has ("Devstral 2" is {@code devstral-2}, not
   * {@code mistral-2}; "Seedream 5.0" {@code seedream-5.0}), else as {@link #derivedId(String, String)}.
   */
  String derivedId(String family, String prefix, String idPart) {
    Map<String, String> brands = brandStems.get(family);
    String stem = brands == null ? null : brands.get(CompanyNames.slug(prefix));
    return stem != null ? stem + idPart : derivedId(family, idPart);
  }

  /**
   * Sub-brand prefixes: a Latin prefix whose slug is not the family id and does not end with it (ChatGPT,
   * ChatGLM name versions of GPT and GLM), and with which some known id of the family starts (devstral,
   * mixtral-8x7b, seedream-3.0, abab6.5). Its joiner is that of those ids, "-" when none has a version.
   */
  private static Map<String, Map<String, String>> brandStems(Lexicons lexicons) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (ModelFamily f : lexicons.families().entries()) {
      for (String prefix : f.prefixes()) {
        String slug = CompanyNames.slug(prefix);
        if (slug.isEmpty() || !slug.chars().allMatch(c -> c < 128) || slug.equals(f.family())
            || slug.endsWith(f.family())) {
          continue;
        }
        String joiner = null;
        for (ModelEntry m : lexicons.models().entries()) {
          if (f.family().equals(m.family()) && m.id().startsWith(slug)) {
            if (m.id().length() > slug.length()) {
              joiner = m.id().charAt(slug.length()) == '-' ? "-" : "";
            } else if (joiner == null) {
              joiner = "-";
            }
          }
        }
        if (joiner != null) {
          out.computeIfAbsent(f.family(), k -> new HashMap<>()).put(slug, slug + joiner);
        }
      }
    }
    return out;
  }
}
