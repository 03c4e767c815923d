package newsfacts.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.FactJson;
import newsfacts.extract.TextSegment;
import newsfacts.read.Article;

/**
 * The JSON Lines records of the fact contract (docs/facts.md): a document record per article, then its
 * facts; an error record per file that could not be read. Key order is fixed, so output is
 * byte-for-byte deterministic.
 */
public final class Records {
  private static final JsonFactory JSON = new JsonFactory();

  private Records() {}

  /** The lines for one file: per document its record then its facts; or one error record. */
  public static List<String> lines(FileOutcome o) {
    List<String> out = new ArrayList<>();
    if (o.failed()) {
      out.add(error(o.source(), o.error()));
      return out;
    }
    for (ExtractedDocument d : o.documents()) {
      out.add(document(d));
      for (Fact f : d.facts()) {
        out.add(FactJson.write(f, d.article().source(), d.article().id()));
      }
    }
    return out;
  }

  /** A document record. */
  public static String document(ExtractedDocument d) {
    Article a = d.article();
    StringWriter w = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("kind", "document");
      g.writeStringField("source", a.source());
      g.writeStringField("id", a.id());
      g.writeStringField("lang", d.lang());
      opt(g, "title", a.title());
      opt(g, "published", a.published());
      opt(g, "url", a.url());
      opt(g, "charset", a.charset());
      g.writeStringField("contentType", a.contentType());
      g.writeNumberField("chars", a.text().length());
      g.writeArrayFieldStart("segments");
      for (TextSegment s : d.passage().segments()) {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("lang", s.lang());
        g.writeNumberField("confidence", Math.round(s.confidence() * 1000) / 1000.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("facts", d.facts().size());
      g.writeArrayFieldStart("warnings");
      for (String warning : a.warnings()) {
        g.writeString(warning);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** An error record: the file and why it could not be read. */
  public static String error(String source, String reason) {
    StringWriter w = new StringWriter(128);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("kind", "error");
      g.writeStringField("source", source);
      g.writeStringField("reason", reason);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void opt(JsonGenerator g, String k, String v) throws IOException {
    if (v != null) {
      g.writeStringField(k, v);
    }
  }
}
