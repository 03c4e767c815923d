package newsfacts.extract.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import newsfacts.extract.lexicon.JsonLines;
import newsfacts.extract.lexicon.LexiconFormatException;
import newsfacts.extract.lexicon.LexiconSource;

/**
 * The dated FX table of {@code fx-rates.tsv}: {@code currency<TAB>units per 1 USD}, one currency a line,
 * with {@code # source:}, {@code # licence:} and {@code # date:} header comments. Every converted amount
 * carries that date ({@link #date()}). Loading is strict: a bad code, a non-positive rate, a duplicate, a
 * missing header or a USD row other than 1 fails with {@code file:line}.
 */
public final class FxRates {
  public static final String FILE = "fx-rates.tsv";
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private final Map<String, Double> perUsd;
  private final String date;

  private FxRates(Map<String, Double> perUsd, String date) {
    this.perUsd = Map.copyOf(perUsd);
    this.date = date;
  }

  /** Reads {@value #FILE} from {@code source}. */
  public static FxRates load(LexiconSource source) {
    String display = source.displayName(FILE);
    JsonLines.requireProvenance(source, FILE, List.of("source", "licence", "date"));
    String date = JsonLines.headers(source, FILE).stream().filter(h -> h.key().equals("date"))
        .map(JsonLines.Header::value).findFirst().orElseThrow();
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new LexiconFormatException(display, 1, "# date: " + date, "date must be YYYY-MM-DD");
    }
    Map<String, Double> rates = new HashMap<>();
    try (BufferedReader r = source.open(FILE)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip().replace("\uFEFF", "");
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] c = t.split("\t", -1);
        if (c.length != 2) {
          throw new LexiconFormatException(display, n, t, "expected currency<TAB>units per USD, got " + c.length
              + " columns");
        }
        if (!CODE.matcher(c[0]).matches()) {
          throw new LexiconFormatException(display, n, t, "currency must be an ISO 4217 code, got '" + c[0] + "'");
        }
        double v;
        try {
          v = Double.parseDouble(c[1]);
        } catch (NumberFormatException e) {
          throw new LexiconFormatException(display, n, t, "rate is not a number: '" + c[1] + "'");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
          throw new LexiconFormatException(display, n, t, "rate must be a positive number, got " + c[1]);
        }
        if (c[0].equals("USD") && v != 1) {
          throw new LexiconFormatException(display, n, t, "USD must be 1 (rates are units per 1 USD)");
        }
        if (rates.put(c[0], v) != null) {
          throw new LexiconFormatException(display, n, t, "duplicate currency " + c[0]);
        }
      }
    } catch (CharacterCodingException e) {
      throw new LexiconFormatException(display, 0, null, "not valid UTF-8");
    } catch (IOException e) {
      throw new LexiconFormatException(display, 0, null, "cannot read: " + e.getMessage());
    }
    if (!rates.containsKey("USD")) {
      throw new LexiconFormatException(display, 0, null, "the USD row (1) is missing");
    }
    return new FxRates(rates, date);
  }

  /** A table from values in code (tests). */
  public static FxRates of(Map<String, Double> perUsd, String date) {
    return new FxRates(perUsd, date);
  }

  /** The day the rates are of, {@code YYYY-MM-DD}. */
  public String date() {
    return date;
  }

  /** True when {@code currency} has a rate. */
  public boolean knows(String currency) {
    return perUsd.containsKey(currency);
  }

  /** {@code amount} of {@code currency} in US dollars, or empty when the currency has no rate. */
  public OptionalDouble toUsd(double amount, String currency) {
    Double r = perUsd.get(currency);
    return r == null ? OptionalDouble.empty() : OptionalDouble.of(amount / r);
  }
}
