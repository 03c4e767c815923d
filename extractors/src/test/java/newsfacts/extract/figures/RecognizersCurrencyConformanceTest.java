package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import org.junit.jupiter.api.Test;

/**
 * Recognizers-Text currency specs (zh, ja, de, nl, en), the cases .NET itself passes. A case passes when each
 * expected amount is found (value within 0.5%, a compatible currency, an overlapping span) and nothing else
 * is reported. Expected results without a value (a bare "dollar") are out of scope: newsfacts reports amounts.
 */
class RecognizersCurrencyConformanceTest {
  private static final Set<String> LANGS = Set.of("zh", "ja", "de", "nl", "en");
  private final MoneyExtractor money = new MoneyExtractor();

  // at least 90% of the .NET-verified currency cases pass
  @Test
  void currencyCasesPassAtLeast90Percent() {
    Conformance.Tally tally = new Conformance.Tally();
    for (JsonNode c : Conformance.lines("conformance/recognizers-text/derived/cases.jsonl")) {
      String lang = c.path("lang").asText();
      if (!c.path("model").asText().equals("CurrencyModel") || !c.path("dotnet_verified").asBoolean()
          || !LANGS.contains(lang)) {
        continue;
      }
      String input = c.path("input").asText();
      List<Fact> got = new ArrayList<>(money.extract(Passage.of(input, lang)));
      String failure = check(c, lang, got);
      tally.add(lang, failure == null, failure + " in '" + input + "'");
    }
    System.out.println(tally.report("Recognizers-Text CurrencyModel (dotnet_verified)"));
    tally.failures().forEach(f -> System.out.println("  FAIL " + f));
    assertTrue(tally.rate() >= 0.90, "pass rate " + tally.rate());
  }

  /** Null when the case passes, else why not. */
  private static String check(JsonNode c, String lang, List<Fact> got) {
    for (JsonNode e : c.path("expected")) {
      if (!e.has("value_normalized") || e.path("value_normalized").isNull()) {
        continue;
      }
      String unit = e.path("unit").asText();
      double want = Double.parseDouble(e.path("value_normalized").asText()) * Conformance.unitFactor(unit);
      Set<String> codes = e.has("iso_currency") ? Set.of(e.path("iso_currency").asText())
          : Conformance.codesFor(unit, lang);
      Fact hit = null;
      for (Fact f : got) {
        boolean spanOk = !e.has("start")
            || (f.start() <= e.path("end_inclusive").asInt() && f.end() > e.path("start").asInt());
        if (spanOk && codes.contains(f.currency()) && Conformance.close(f.amount(), want)) {
          hit = f;
          break;
        }
      }
      if (hit == null) {
        return "missed " + e.path("text").asText() + " = " + want + " " + codes + ", got " + describe(got);
      }
      got.remove(hit);
    }
    return got.isEmpty() ? null : "extra " + describe(got);
  }

  static String describe(List<Fact> facts) {
    StringBuilder sb = new StringBuilder("[");
    for (Fact f : facts) {
      sb.append(f.text()).append("=").append(f.amount()).append(' ').append(f.currency());
      if (f.max() != null) {
        sb.append("..").append(f.max());
      }
      sb.append("; ");
    }
    return sb.append(']').toString();
  }
}
