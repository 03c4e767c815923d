package newsfacts.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the JSON form of a fact (see docs/facts.md). One place owns the key names and their
 * order, so {@code extract}, the index's stored record and the exports agree byte for byte.
 */
public final class FactJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FactJson() {}

  /** One JSON line (no newline) for {@code fact} found in the document {@code docId} read from {@code source}. */
  public static String write(Fact fact, String source, String docId) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("kind", "fact");
      g.writeStringField("source", source);
      g.writeStringField("docId", docId);
      g.writeStringField("type", fact.type().jsonName());
      g.writeStringField("text", fact.text());
      g.writeNumberField("start", fact.start());
      g.writeNumberField("end", fact.end());
      g.writeStringField("lang", fact.lang());
      str(g, "sentence", fact.sentence());
      str(g, "id", fact.id());
      str(g, "name", fact.name());
      str(g, "company", fact.company());
      if (fact.known() != null) {
        g.writeBooleanField("known", fact.known());
      }
      num(g, "amount", fact.amount());
      str(g, "currency", fact.currency());
      num(g, "max", fact.max());
      if (fact.type() == FactType.MONEY || fact.type() == FactType.PERCENT) {
        g.writeBooleanField("approximate", fact.approximate());
      }
      str(g, "qualifier", fact.qualifier() == null ? null : fact.qualifier().jsonName());
      num(g, "usd", fact.usd());
      str(g, "fxDate", fact.fxDate());
      if (fact.companies() != null) {
        g.writeArrayFieldStart("companies");
        for (String c : fact.companies()) {
          g.writeString(c);
        }
        g.writeEndArray();
      }
      if (fact.sameAs() != null) {
        g.writeArrayFieldStart("sameAs");
        for (Integer s : fact.sameAs()) {
          g.writeNumber(s);
        }
        g.writeEndArray();
      }
      num(g, "value", fact.value());
      if (fact.points() != null) {
        g.writeBooleanField("points", fact.points());
      }
      str(g, "metric", fact.metric());
      str(g, "model", fact.model());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Parses a fact line written by {@link #write}; the envelope (source, docId) is ignored. */
  public static Fact read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON fact: " + e.getMessage(), e);
    }
    if (!"fact".equals(text(n, "kind"))) {
      throw new IllegalArgumentException("not a fact record (kind=" + text(n, "kind") + ")");
    }
    return new Fact(
        FactType.fromJson(text(n, "type")),
        text(n, "text"),
        n.path("start").asInt(),
        n.path("end").asInt(),
        text(n, "lang"),
        text(n, "sentence"),
        text(n, "id"),
        text(n, "name"),
        text(n, "company"),
        n.has("known") ? n.get("known").asBoolean() : null,
        dbl(n, "amount"),
        text(n, "currency"),
        dbl(n, "max"),
        n.has("qualifier") ? Qualifier.fromJson(n.get("qualifier").asText()) : null,
        dbl(n, "usd"),
        text(n, "fxDate"),
        strings(n, "companies"),
        ints(n, "sameAs"),
        dbl(n, "value"),
        text(n, "metric"),
        text(n, "model"),
        n.has("points") && n.get("points").asBoolean() ? Boolean.TRUE : null);
  }

  /** Writes a number without a trailing ".0" for integral values (600000000000, not 6.0E11). */
  static void num(JsonGenerator g, String key, Double v) throws IOException {
    if (v == null) {
      return;
    }
    g.writeFieldName(key);
    if (v == Math.rint(v) && Math.abs(v) < 1e18) {
      g.writeNumber(v.longValue());
    } else {
      g.writeNumber(v);
    }
  }

  private static void str(JsonGenerator g, String key, String v) throws IOException {
    if (v != null) {
      g.writeStringField(key, v);
    }
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double dbl(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static List<String> strings(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    v.forEach(e -> out.add(e.asText()));
    return out;
  }

  private static List<Integer> ints(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isArray()) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    v.forEach(e -> out.add(e.asInt()));
    return out;
  }
}
