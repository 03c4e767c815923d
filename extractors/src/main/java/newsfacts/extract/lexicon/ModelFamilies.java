package newsfacts.extract.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The families of {@code model-families.jsonl}: prefixes that unlisted versions follow. */
public final class ModelFamilies {
  public static final String FILE = "model-families.jsonl";

  private final Map<String, ModelFamily> byId;

  private ModelFamilies(Map<String, ModelFamily> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** Loads and checks the file; a prefix listed by two families is an error. */
  public static ModelFamilies load(LexiconSource source) {
    JsonLines.requireProvenance(source, FILE, List.of("source", "licence"));
    Map<String, ModelFamily> byId = new LinkedHashMap<>();
    Map<String, ModelFamily> byPrefix = new HashMap<>();
    LoadErrors errors = new LoadErrors();
    for (JsonLines.Line line : JsonLines.read(source, FILE)) {
      errors.collect(() -> readEntry(line, byId, byPrefix));
    }
    errors.throwIfAny();
    return new ModelFamilies(byId);
  }

  /** Reads one entry into the maps; a bad line throws. */
  private static void readEntry(JsonLines.Line line, Map<String, ModelFamily> byId,
      Map<String, ModelFamily> byPrefix) {
    String family = LexiconFields.id(line, "family", LexiconFields.MODEL_ID);
    String name = line.string("name");
    String vendor = LexiconFields.id(line, "vendor", LexiconFields.COMPANY_ID);
    List<String> prefixes = line.strings("prefixes");
    line.optString("note");
    line.done();
    if (prefixes.isEmpty()) {
      throw line.error("[prefixes] must list at least one prefix");
    }
    ModelFamily f = new ModelFamily(family, name, vendor, prefixes, LexiconFields.origin(line));
    ModelFamily before = byId.putIfAbsent(family, f);
    if (before != null) {
      throw line.error("[family] '" + family + "' is already used at " + before.origin());
    }
    for (String p : prefixes) {
      String key = TextNormalizer.key(p);
      if (key.length() < 2) {
        throw line.error("prefix '" + p + "' is shorter than 2 chars once normalized");
      }
      ModelFamily other = byPrefix.putIfAbsent(key, f);
      if (other != null && other != f) {
        throw line.error("prefix '" + p + "' is also a prefix of family '" + other.family() + "' at "
            + other.origin());
      }
    }
  }

  public List<ModelFamily> entries() {
    return List.copyOf(byId.values());
  }

  /** The family with {@code id}, or null. */
  public ModelFamily get(String id) {
    return byId.get(id);
  }
}
