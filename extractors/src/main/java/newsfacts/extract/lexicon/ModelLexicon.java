package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The models of {@code models.jsonl}, loaded strictly (format: {@code lexicons/README.md}). */
public final class ModelLexicon {
  public static final String FILE = "models.jsonl";

  private final Map<String, ModelEntry> byId;
  private final AliasClaims claims;

  private ModelLexicon(Map<String, ModelEntry> byId, AliasClaims claims) {
    this.byId = Collections.unmodifiableMap(byId);
    this.claims = claims;
  }

  /** Loads and checks the file; a bad line fails with {@code file:line: reason: text}, after all lines are read. */
  public static ModelLexicon load(LexiconSource source) {
    JsonLines.requireProvenance(source, FILE, List.of("source", "licence"));
    Map<String, ModelEntry> byId = new LinkedHashMap<>();
    AliasClaims claims = new AliasClaims(true);
    LoadErrors errors = new LoadErrors();
    for (JsonLines.Line line : JsonLines.read(source, FILE)) {
      errors.collect(() -> readEntry(line, byId, claims));
    }
    errors.throwIfAny();
    return new ModelLexicon(byId, claims);
  }

  /** Reads one entry into the maps; a bad line throws. */
  private static void readEntry(JsonLines.Line line, Map<String, ModelEntry> byId, AliasClaims claims) {
    String id = LexiconFields.id(line, "id", LexiconFields.MODEL_ID);
    String name = line.string("name");
    String vendor = LexiconFields.id(line, "vendor", LexiconFields.COMPANY_ID);
    String family = LexiconFields.id(line, "family", LexiconFields.MODEL_ID);
    List<String> aliases = line.strings("aliases");
    List<String> contextual = line.strings("contextual");
    List<String> wins = line.strings("wins");
    line.optString("note");
    line.done();
    ModelEntry e = new ModelEntry(id, name, vendor, family, aliases, contextual, wins, LexiconFields.origin(line));
    ModelEntry before = byId.putIfAbsent(id, e);
    if (before != null) {
      throw line.error("[id] '" + id + "' is already used at " + before.origin());
    }
    List<String> all = new ArrayList<>(e.fullAliases());
    all.addAll(contextual);
    Set<String> winsKeys = AliasClaims.winsKeys(line, wins, all);
    for (String a : e.fullAliases()) {
      claims.add(line, id, a, false, winsKeys);
    }
    for (String a : contextual) {
      claims.add(line, id, a, true, winsKeys);
    }
  }

  public List<ModelEntry> entries() {
    return List.copyOf(byId.values());
  }

  /** The entry with {@code id}, or null. */
  public ModelEntry get(String id) {
    return byId.get(id);
  }

  /** Alias ownership after {@code wins}. */
  public AliasClaims claims() {
    return claims;
  }
}
