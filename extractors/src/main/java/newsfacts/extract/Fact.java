package newsfacts.extract;

import java.util.List;
import java.util.Objects;

/**
 * One fact found in a document: what kind it is, where it is, what it normalizes to.
 *
 * <p>This is the fact contract of {@code docs/facts.md}: every field maps 1:1 to a JSON key (nulls are
 * left out). Type-specific fields are {@code null} on other types; the compact constructor checks that
 * each type has what it needs. Use the static factories ({@link #company}, {@link #money}...) and the
 * {@code with...} methods to derive linked copies; instances are immutable.
 *
 * @param type the kind of fact
 * @param text the surface form, exactly {@code documentText.substring(start, end)}
 * @param start first char offset into the document's extracted text
 * @param end char offset after the last char
 * @param lang ISO 639-1 language of the segment the fact starts in, or "und"
 * @param sentence the sentence the fact occurs in (set by the pipeline, may be null inside extractors)
 * @param id canonical id: company slug ({@code alibaba}) or model id ({@code qwen3-max})
 * @param name display name of the company or model
 * @param company a model's vendor company id
 * @param known for companies: false for a name the lexicon lacks, read from its form ("Peak Capital"); for models: false when the model is not in the lexicon: a new version of a family it knows, or
 *     a name shaped like a model's that scored a benchmark (the linker's unknown models)
 * @param amount money amount in currency units (a range's lower end)
 * @param currency ISO 4217 code
 * @param max upper end of a range (money, percent), else null
 * @param qualifier how the figure is hedged (approx, atLeast, atMost), or null when exact
 * @param usd amount converted to US dollars with the FX table, or null when no rate is known
 * @param fxDate the date of the FX rate used for {@code usd}
 * @param companies for money: ids of the companies of its sentence, the most likely subject first
 * @param sameAs for money: start offsets of other money facts that state the same amount in another currency
 * @param value percent or score value
 * @param metric score metric slug ({@code intelligence-index})
 * @param model for scores: the model id the score belongs to
 * @param points for percentages: true when the figure is a change in percentage points ({@code 6 procentpunt},
 *     {@code 0,4 Prozentpunkte}, {@code 6.2个百分点}), not a share; else null
 */
public record Fact(
    FactType type,
    String text,
    int start,
    int end,
    String lang,
    String sentence,
    String id,
    String name,
    String company,
    Boolean known,
    Double amount,
    String currency,
    Double max,
    Qualifier qualifier,
    Double usd,
    String fxDate,
    List<String> companies,
    List<Integer> sameAs,
    Double value,
    String metric,
    String model,
    Boolean points) {

  public Fact {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span end must be >= start >= 0, got [" + start + ", " + end + ")");
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "text must be the span's text: span [" + start + ", " + end + ") has length " + (end - start)
              + " but text '" + text + "' has length " + text.length());
    }
    if (lang == null || lang.isEmpty()) {
      throw new IllegalArgumentException("lang must be an ISO 639-1 code or \"und\", got " + lang);
    }
    companies = companies == null ? null : List.copyOf(companies);
    sameAs = sameAs == null ? null : List.copyOf(sameAs);
    switch (type) {
      case COMPANY -> require(id != null && name != null, "a company fact needs id and name", text);
      case MODEL -> require(id != null && name != null, "a model fact needs id and name", text);
      case MONEY -> {
        require(amount != null && currency != null, "a money fact needs amount and currency", text);
        // the messages are built only on failure: a Double.toString per fact was a tenth of the linker's time
        if (!(currency.length() == 3 && upperCase(currency))) {
          require(false, "currency must be an ISO 4217 code, got " + currency, text);
        }
        if (!(Double.isFinite(amount) && amount >= 0)) {
          require(false, "amount must be finite and >= 0, got " + amount, text);
        }
        if (!(max == null || max >= amount)) {
          require(false, "max must be >= amount, got " + amount + ".." + max, text);
        }
      }
      case PERCENT -> {
        require(value != null && Double.isFinite(value), "a percent fact needs a finite value", text);
        if (!(max == null || max >= value)) {
          require(false, "max must be >= value, got " + value + ".." + max, text);
        }
      }
      case SCORE -> require(value != null && metric != null, "a score fact needs value and metric", text);
    }
  }

  /** {@code s.equals(s.toUpperCase(Locale.ROOT))}, without the copy when {@code s} is ASCII capitals (a code). */
  private static boolean upperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return s.equals(s.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return true;
  }

  private static void require(boolean ok, String message, String text) {
    if (!ok) {
      throw new IllegalArgumentException(message + " (text '" + text + "')");
    }
  }

  public static Fact company(String text, int start, String lang, String id, String name) {
    return new Fact(FactType.COMPANY, text, start, start + text.length(), lang, null, id, name, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A company the lexicon does not list ({@code known: false}), named by a form that says "company". */
  public static Fact unknownCompany(String text, int start, String lang, String id, String name) {
    return new Fact(FactType.COMPANY, text, start, start + text.length(), lang, null, id, name, null, Boolean.FALSE,
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static Fact model(String text, int start, String lang, String id, String name, String vendor, boolean known) {
    return new Fact(FactType.MODEL, text, start, start + text.length(), lang, null, id, name, vendor,
        known ? null : Boolean.FALSE, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static Fact money(String text, int start, String lang, double amount, String currency, Double max,
      Qualifier qualifier) {
    return new Fact(FactType.MONEY, text, start, start + text.length(), lang, null, null, null, null, null,
        amount, currency, max, qualifier, null, null, null, null, null, null, null, null);
  }

  public static Fact percent(String text, int start, String lang, double value, Double max, Qualifier qualifier) {
    return new Fact(FactType.PERCENT, text, start, start + text.length(), lang, null, null, null, null, null,
        null, null, max, qualifier, null, null, null, null, value, null, null, null);
  }

  /** The same percentage as a change in percentage points ({@link #points()} true). */
  public Fact asPoints() {
    if (type != FactType.PERCENT) {
      throw new IllegalStateException("only a percentage can be in points, not a " + type.jsonName());
    }
    return new Fact(type, text, start, end, lang, sentence, id, name, company, known, amount, currency, max,
        qualifier, usd, fxDate, companies, sameAs, value, metric, model, Boolean.TRUE);
  }

  public static Fact score(String text, int start, String lang, double value, String metric, String model) {
    return new Fact(FactType.SCORE, text, start, start + text.length(), lang, null, null, null, null, null,
        null, null, null, null, null, null, null, null, value, metric, model, null);
  }

  /** The fact's span. */
  public Span span() {
    return new Span(start, end);
  }

  /** True when a qualifier hedges the figure ("about", "more than"...). */
  public boolean approximate() {
    return qualifier != null;
  }

  public Fact withSentence(String s) {
    return new Fact(type, text, start, end, lang, s, id, name, company, known, amount, currency, max, qualifier,
        usd, fxDate, companies, sameAs, value, metric, model, points);
  }

  public Fact withLang(String l) {
    return new Fact(type, text, start, end, l, sentence, id, name, company, known, amount, currency, max,
        qualifier, usd, fxDate, companies, sameAs, value, metric, model, points);
  }

  public Fact withUsd(Double u, String date) {
    return new Fact(type, text, start, end, lang, sentence, id, name, company, known, amount, currency, max,
        qualifier, u, date, companies, sameAs, value, metric, model, points);
  }

  public Fact withCompanies(List<String> ids) {
    return new Fact(type, text, start, end, lang, sentence, id, name, company, known, amount, currency, max,
        qualifier, usd, fxDate, ids, sameAs, value, metric, model, points);
  }

  public Fact withSameAs(List<Integer> starts) {
    return new Fact(type, text, start, end, lang, sentence, id, name, company, known, amount, currency, max,
        qualifier, usd, fxDate, companies, starts, value, metric, model, points);
  }

  public Fact withModel(String modelId) {
    return new Fact(type, text, start, end, lang, sentence, id, name, company, known, amount, currency, max,
        qualifier, usd, fxDate, companies, sameAs, value, metric, modelId, points);
  }
}
