package newsfacts.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import newsfacts.report.Report.Count;

/**
 * The report as one JSON object (docs/report.schema.json): the same sections as the Markdown and HTML
 * reports, as data. Keys are written in a fixed order, money in whole US dollars.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /** The report as pretty-printed JSON, ending with a newline. */
  public static String render(Report r) {
    StringWriter w = new StringWriter(16_384);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("query", r.query());
      corpus(g, r.corpus());
      money(g, r.money());
      models(g, r.models());
      companies(g, r.companies());
      quality(g, r.quality());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().replace("\r\n", "\n") + "\n";
  }

  private static void corpus(JsonGenerator g, Report.Corpus c) throws IOException {
    g.writeObjectFieldStart("corpus");
    g.writeNumberField("articles", c.articles());
    g.writeNumberField("facts", c.facts());
    counts(g, "factsByType", c.factsByType());
    counts(g, "languages", c.languages());
    counts(g, "sites", c.sites());
    counts(g, "months", c.months());
    counts(g, "charsets", c.charsets());
    g.writeArrayFieldStart("failures");
    for (Report.Failure f : c.failures()) {
      g.writeStartObject();
      g.writeStringField("source", f.source());
      g.writeStringField("reason", f.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, Report.Money m) throws IOException {
    g.writeObjectFieldStart("money");
    g.writeNumberField("figures", m.figures());
    g.writeNumberField("usd", m.usd());
    g.writeArrayFieldStart("companies");
    for (Report.CompanyTotal c : m.companies()) {
      g.writeStartObject();
      g.writeStringField("company", c.company());
      g.writeStringField("name", c.name());
      g.writeNumberField("figures", c.figures());
      g.writeNumberField("usd", c.usd());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("currencies");
    for (Report.CurrencyTotal c : m.currencies()) {
      g.writeStartObject();
      g.writeStringField("currency", c.currency());
      g.writeNumberField("figures", c.figures());
      g.writeNumberField("amount", c.amount());
      g.writeNumberField("usd", c.usd());
      g.writeNumberField("withoutUsd", c.withoutUsd());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("largest");
    for (Report.Figure f : m.largest()) {
      g.writeStartObject();
      g.writeNumberField("usd", f.usd());
      num(g, "amount", f.amount());
      g.writeStringField("currency", f.currency());
      g.writeStringField("text", f.text());
      opt(g, "sentence", f.sentence());
      g.writeStringField("lang", f.lang());
      strings(g, "companies", f.companies());
      g.writeStringField("source", f.source());
      opt(g, "published", f.published());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void models(JsonGenerator g, Report.Models m) throws IOException {
    g.writeObjectFieldStart("models");
    g.writeNumberField("scores", m.scores());
    g.writeArrayFieldStart("leaderboards");
    for (Report.Leaderboard b : m.leaderboards()) {
      g.writeStartObject();
      g.writeStringField("metric", b.metric());
      g.writeArrayFieldStart("entries");
      for (Report.Entry e : b.entries()) {
        g.writeStartObject();
        g.writeStringField("model", e.model());
        num(g, "value", e.value());
        g.writeStringField("text", e.text());
        opt(g, "published", e.published());
        g.writeStringField("source", e.source());
        g.writeStringField("lang", e.lang());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("vendors");
    for (Report.Vendor v : m.vendors()) {
      g.writeStartObject();
      g.writeStringField("company", v.company());
      g.writeStringField("name", v.name());
      g.writeNumberField("mentions", v.mentions());
      g.writeNumberField("models", v.models());
      counts(g, "top", v.top());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void companies(JsonGenerator g, Report.Companies c) throws IOException {
    g.writeObjectFieldStart("companies");
    strings(g, "languages", c.languages());
    g.writeObjectFieldStart("totals");
    for (int i = 0; i < c.languages().size(); i++) {
      g.writeNumberField(c.languages().get(i), c.totals().get(i));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("rows");
    for (Report.CompanyRow row : c.rows()) {
      g.writeStartObject();
      g.writeStringField("company", row.company());
      g.writeStringField("name", row.name());
      g.writeNumberField("total", row.total());
      g.writeObjectFieldStart("perLanguage");
      for (int i = 0; i < c.languages().size(); i++) {
        g.writeNumberField(c.languages().get(i), row.perLanguage().get(i));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void quality(JsonGenerator g, Report.Quality q) throws IOException {
    g.writeObjectFieldStart("quality");
    g.writeArrayFieldStart("unknownModels");
    for (Report.UnknownModel m : q.unknownModels()) {
      g.writeStartObject();
      g.writeStringField("model", m.model());
      opt(g, "name", m.name());
      opt(g, "vendor", m.vendor());
      g.writeNumberField("mentions", m.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warned");
    for (Report.Warned w : q.warned()) {
      g.writeStartObject();
      g.writeStringField("source", w.source());
      opt(g, "title", w.title());
      strings(g, "warnings", w.warnings());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String key, List<Count> counts) throws IOException {
    g.writeArrayFieldStart(key);
    for (Count c : counts) {
      g.writeStartObject();
      g.writeStringField("label", c.label());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void opt(JsonGenerator g, String key, String v) throws IOException {
    if (v != null) {
      g.writeStringField(key, v);
    }
  }

  /** Whole values without a fraction, as in the fact records. */
  private static void num(JsonGenerator g, String key, double v) throws IOException {
    g.writeFieldName(key);
    if (v == Math.rint(v) && Math.abs(v) < 1e18) {
      g.writeNumber((long) v);
    } else {
      g.writeNumber(v);
    }
  }
}
