package newsfacts.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.lexicon.AliasClaims;
import newsfacts.extract.lexicon.CompanyEntry;
import newsfacts.extract.lexicon.LexiconFormatException;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import newsfacts.extract.lexicon.ModelFamily;
import newsfacts.extract.lexicon.TextNormalizer;

/**
 * Checks the entity lexicons beyond what the loader enforces ({@code ./newsfacts lexicon check}):
 * <ul>
 *   <li>ERROR: the lexicons do not load: every bad line of the first bad file ({@code file:line: reason: text});
 *   <li>ERROR: a full (non-contextual) alias is a common word of one of the six languages: it would match
 *       everywhere, so move it to {@code contextual};
 *   <li>WARNING: a family prefix is a common word (it only matches with a version, but check it);
 *   <li>WARNING: an alias listed both as a company and as a model, and who gets it;
 *   <li>WARNING: a company from CN, HK, TW, JP, KR or RU without any non-Latin alias;
 *   <li>WARNING: a file without entries (it loads, but matches nothing);
 *   <li>INFO: duplicates settled by {@code wins}; contextual aliases shared by several models.
 * </ul>
 * Thread-safe; build once.
 */
public final class LexiconLint {
  /** Countries whose press writes company names in a non-Latin script. */
  static final Set<String> NON_LATIN_COUNTRIES = Set.of("CN", "HK", "TW", "JP", "KR", "RU");

  /**
   * The lint's findings.
   *
   * @param lines printable lines, one per finding, each starting with ERROR, WARNING or INFO
   * @param errors how many lines are errors (the command fails when this is not 0)
   * @param warnings how many lines are warnings
   */
  public record Report(List<String> lines, int errors, int warnings) {
    public Report {
      lines = List.copyOf(lines);
    }
  }

  private final CommonWords commonWords = CommonWords.load();

  /** Lints the lexicons of {@code source}. */
  public Report check(LexiconSource source) {
    Lexicons lexicons;
    try {
      lexicons = Lexicons.load(source);
    } catch (LexiconFormatException e) {
      List<String> lines = Lexicons.errors(e).stream().map(x -> "ERROR " + x.getMessage()).toList();
      return new Report(lines, lines.size(), 0);
    }
    return check(lexicons);
  }

  /** Lints already loaded lexicons. */
  public Report check(Lexicons lexicons) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> infos = new ArrayList<>();
    if (lexicons.companies().entries().isEmpty()) {
      warnings.add("WARNING companies.jsonl has no entries: no company will be found");
    }
    if (lexicons.models().entries().isEmpty()) {
      warnings.add("WARNING models.jsonl has no entries: only versions of families will be found");
    }
    commonWordAliases("company", lexicons.companies().claims(), errors);
    commonWordAliases("model", lexicons.models().claims(), errors);
    for (ModelFamily f : lexicons.families().entries()) {
      for (String p : f.prefixes()) {
        String lang = commonWords.languageOf(TextNormalizer.key(p));
        if (lang != null) {
          warnings.add("WARNING " + f.origin() + ": prefix '" + p + "' of family '" + f.family()
              + "' is a common " + lang + " word (it matches only with a version)");
        }
      }
    }
    lexicons.shadowed().forEach(s -> warnings.add("WARNING " + s));
    for (CompanyEntry c : lexicons.companies().entries()) {
      if (NON_LATIN_COUNTRIES.contains(c.country()) && !c.hasNonLatinAlias()) {
        warnings.add("WARNING " + c.origin() + ": company '" + c.id() + "' (" + c.country()
            + ") has no non-Latin alias; add its name as the local press writes it");
      }
    }
    for (CompanyEntry c : lexicons.companies().entries()) {
      for (String a : c.aliases().getOrDefault("latin", List.of())) {
        if (a.codePoints().anyMatch(cp -> Character.isLetter(cp)
            && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN)) {
          warnings.add("WARNING " + c.origin() + ": company '" + c.id() + "' has a latin alias in another script ('"
              + a + "'); put it under its script's key");
        }
      }
    }
    lexicons.companies().claims().resolutions().forEach(s -> infos.add("INFO " + s));
    lexicons.models().claims().resolutions().forEach(s -> infos.add("INFO " + s));
    for (Map.Entry<String, List<AliasClaims.Claim>> e : lexicons.models().claims().byKey().entrySet()) {
      if (e.getValue().size() > 1) {
        infos.add("INFO " + e.getValue().get(0).origin() + ": contextual alias '" + e.getValue().get(0).alias()
            + "' is shared by " + e.getValue().stream().map(AliasClaims.Claim::ownerId).toList()
            + "; the vendor named nearby decides");
      }
    }
    List<String> lines = new ArrayList<>(errors);
    lines.addAll(warnings);
    lines.addAll(infos);
    return new Report(lines, errors.size(), warnings.size());
  }

  private void commonWordAliases(String what, AliasClaims claims, List<String> out) {
    for (List<AliasClaims.Claim> owners : claims.byKey().values()) {
      AliasClaims.Claim c = owners.get(0);
      String lang = c.contextual() ? null : commonWords.languageOf(c.key());
      if (lang != null) {
        out.add("ERROR " + c.origin() + ": alias '" + c.alias() + "' of " + what + " '" + c.ownerId()
            + "' is a common " + lang + " word; move it to \"contextual\"");
      }
    }
  }
}
