package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The companies of {@code companies.jsonl}, loaded strictly (format: {@code lexicons/README.md}). */
public final class CompanyLexicon {
  public static final String FILE = "companies.jsonl";

  private final Map<String, CompanyEntry> byId;
  private final AliasClaims claims;

  private CompanyLexicon(Map<String, CompanyEntry> byId, AliasClaims claims) {
    this.byId = Collections.unmodifiableMap(byId);
    this.claims = claims;
  }

  /** Loads and checks the file; a bad line fails with {@code file:line: reason: text}, after all lines are read. */
  public static CompanyLexicon load(LexiconSource source) {
    JsonLines.requireProvenance(source, FILE, List.of("source", "licence"));
    Map<String, CompanyEntry> byId = new LinkedHashMap<>();
    AliasClaims claims = new AliasClaims(false);
    LoadErrors errors = new LoadErrors();
    for (JsonLines.Line line : JsonLines.read(source, FILE)) {
      errors.collect(() -> readEntry(line, byId, claims));
    }
    errors.throwIfAny();
    return new CompanyLexicon(byId, claims);
  }

  /** Reads one entry into the maps; a bad line throws. */
  private static void readEntry(JsonLines.Line line, Map<String, CompanyEntry> byId, AliasClaims claims) {
    String id = LexiconFields.id(line, "id", LexiconFields.COMPANY_ID);
    String name = line.string("name");
    String country = line.string("country");
    if (!LexiconFields.COUNTRY.matcher(country).matches()) {
      throw line.error("[country] must be an ISO 3166-1 alpha-2 code, got '" + country + "'");
    }
    Map<String, List<String>> aliases = line.stringLists("aliases", LexiconFields.SCRIPT_SET);
    List<String> former = line.strings("former");
    List<String> tickers = line.strings("tickers");
    List<String> contextual = line.strings("contextual");
    List<String> wins = line.strings("wins");
    line.optString("note");
    line.done();
    CompanyEntry e = new CompanyEntry(id, name, country, aliases, former, tickers, contextual, wins,
        LexiconFields.origin(line));
    CompanyEntry before = byId.putIfAbsent(id, e);
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

  public List<CompanyEntry> entries() {
    return List.copyOf(byId.values());
  }

  /** The entry with {@code id}, or null. */
  public CompanyEntry get(String id) {
    return byId.get(id);
  }

  /** Alias ownership after {@code wins} (and after models took the aliases they win, see {@link Lexicons}). */
  public AliasClaims claims() {
    return claims;
  }
}
