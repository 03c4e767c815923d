package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entity lexicons, loaded and cross-checked together: every model's vendor and family exist, every
 * family's vendor exists. An alias listed both as a company and as a model goes to the company (a name
 * alone, "DeepSeek", is read as the company) unless the model entry lists it in {@code wins}.
 * Immutable once loaded.
 */
public final class Lexicons {
  private final CompanyLexicon companies;
  private final ModelLexicon models;
  private final ModelFamilies families;
  private final List<String> shadowed;

  private Lexicons(CompanyLexicon companies, ModelLexicon models, ModelFamilies families, List<String> shadowed) {
    this.companies = companies;
    this.models = models;
    this.families = families;
    this.shadowed = List.copyOf(shadowed);
  }

  /** Every error of a failed load: {@code e} and the ones it carries, in file order. */
  public static java.util.List<LexiconFormatException> errors(LexiconFormatException e) {
    return LoadErrors.all(e);
  }

  /**
   * Loads {@code companies.jsonl}, {@code models.jsonl} and {@code model-families.jsonl} from {@code source}.
   * A bad file fails with its first error; the file's other errors (or the other failed cross-checks)
   * come attached as suppressed exceptions: {@link #errors} lists them all.
   */
  public static Lexicons load(LexiconSource source) {
    CompanyLexicon companies = CompanyLexicon.load(source);
    ModelLexicon models = ModelLexicon.load(source);
    ModelFamilies families = ModelFamilies.load(source);
    LoadErrors errors = new LoadErrors();
    for (ModelFamily f : families.entries()) {
      errors.collect(() -> {
        if (companies.get(f.vendor()) == null) {
          throw LexiconFields.errorAt(f.origin(), "[vendor] '" + f.vendor() + "' is not a company id in "
              + CompanyLexicon.FILE);
        }
      });
    }
    for (ModelEntry m : models.entries()) {
      errors.collect(() -> {
        if (companies.get(m.vendor()) == null) {
          throw LexiconFields.errorAt(m.origin(), "[vendor] '" + m.vendor() + "' is not a company id in "
              + CompanyLexicon.FILE);
        }
      });
      errors.collect(() -> {
        if (families.get(m.family()) == null) {
          throw LexiconFields.errorAt(m.origin(), "[family] '" + m.family() + "' is not a family in "
              + ModelFamilies.FILE);
        }
      });
    }
    errors.throwIfAny();
    List<String> shadowed = new ArrayList<>();
    for (Map.Entry<String, List<AliasClaims.Claim>> e : List.copyOf(models.claims().byKey().entrySet())) {
      List<AliasClaims.Claim> company = companies.claims().byKey().get(e.getKey());
      if (company == null) {
        continue;
      }
      AliasClaims.Claim m = e.getValue().get(0);
      AliasClaims.Claim c = company.get(0);
      if (m.wins()) {
        companies.claims().remove(e.getKey());
        shadowed.add(m.origin() + ": alias '" + m.alias() + "' goes to model '" + m.ownerId() + "' (wins) over company '"
            + c.ownerId() + "' at " + c.origin());
      } else {
        models.claims().remove(e.getKey());
        shadowed.add(m.origin() + ": alias '" + m.alias() + "' of model '" + m.ownerId() + "' is read as company '"
            + c.ownerId() + "' (" + c.origin() + "); add it to the model's \"wins\" to change that");
      }
    }
    return new Lexicons(companies, models, families, shadowed);
  }

  public CompanyLexicon companies() {
    return companies;
  }

  public ModelLexicon models() {
    return models;
  }

  public ModelFamilies families() {
    return families;
  }

  /** Aliases listed as both a company and a model, and who got them (for the lint). */
  public List<String> shadowed() {
    return shadowed;
  }
}
