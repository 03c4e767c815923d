package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * Duckling amount-of-money corpus (ru, zh, nl, en). Duckling wants the whole input to be one amount: a case
 * passes when exactly one money fact is found, no digit of the input is left outside it, and its value,
 * currency and bounds match. Generic currencies follow the locale: "Dollar" is USD, or CNY for 元 in
 * Chinese; "Cent" is a hundredth. An "under"/"above" interval is an amount with the atMost/atLeast
 * qualifier; latent and negative lines pass when nothing is found.
 */
class DucklingMoneyConformanceTest {
  private static final Set<String> LANGS = Set.of("ru", "zh", "nl", "en");
  private final MoneyExtractor money = new MoneyExtractor();

  // at least 85% of the Duckling money examples pass
  @Test
  void amountOfMoneyPassesAtLeast85Percent() {
    Conformance.Tally tally = new Conformance.Tally();
    for (JsonNode c : Conformance.lines("conformance/duckling/amount-of-money.jsonl")) {
      String lang = c.path("lang").asText();
      if (!LANGS.contains(lang)) {
        continue;
      }
      String input = c.path("input").asText();
      List<Fact> got = money.extract(Passage.of(input, lang));
      String failure = check(c, lang, input, got);
      tally.add(lang + " " + c.path("kind").asText(), failure == null,
          failure + " in '" + input + "' got " + RecognizersCurrencyConformanceTest.describe(got));
    }
    System.out.println(tally.report("Duckling amount-of-money"));
    tally.failures().forEach(f -> System.out.println("  FAIL " + f));
    assertTrue(tally.rate() >= 0.85, "pass rate " + tally.rate());
  }

  private static String check(JsonNode c, String lang, String input, List<Fact> got) {
    String kind = c.path("kind").asText();
    if (kind.equals("negative") || c.path("latent").asBoolean()) {
      return got.isEmpty() ? null : "expected nothing";
    }
    if (got.size() != 1) {
      return "expected one amount";
    }
    Fact f = got.get(0);
    for (int k = 0; k < input.length(); k++) {
      if ((k < f.start() || k >= f.end()) && Character.isDigit(input.charAt(k))) {
        return "digits left outside the fact";
      }
    }
    String generic = c.path("duckling_currency").asText();
    Set<String> codes = c.path("currency").isNull() ? Conformance.codesFor(generic, lang)
        : Set.of(c.path("currency").asText());
    if (!codes.contains(f.currency())) {
      return "currency " + f.currency() + " not in " + codes;
    }
    double factor = Conformance.unitFactor(generic);
    if (kind.equals("value")) {
      return Conformance.close(f.amount(), c.path("value").asDouble() * factor) ? null : "value";
    }
    String bound = c.path("bound").asText("");
    if (bound.equals("under")) {
      return Conformance.close(f.amount(), c.path("max").asDouble() * factor) && f.qualifier() == Qualifier.AT_MOST
          ? null : "under-bound";
    }
    if (bound.equals("above")) {
      return Conformance.close(f.amount(), c.path("min").asDouble() * factor) && f.qualifier() == Qualifier.AT_LEAST
          ? null : "above-bound";
    }
    boolean ok = Conformance.close(f.amount(), c.path("min").asDouble() * factor) && f.max() != null
        && Conformance.close(f.max(), c.path("max").asDouble() * factor);
    return ok ? null : "interval";
  }
}
