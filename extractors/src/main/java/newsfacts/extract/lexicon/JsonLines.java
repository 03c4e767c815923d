package newsfacts.extract.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reader for the lexicon JSON Lines format: {@code #} comments, blank lines, one object per line.
 *
 * <p>Readers consume keys as they read them ({@link Line#string}, {@link Line#strings}...) and call
 * {@link Line#done()} at the end, which rejects any key left over, so a typo ({@code "alias"} for
 * {@code "aliases"}) is an error rather than silently ignored.
 */
public final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private JsonLines() {}

  /** One parsed line, with its position for error messages. */
  public static final class Line {
    private final String file;
    private final int number;
    private final String text;
    private final ObjectNode node;

    Line(String file, int number, String text, ObjectNode node) {
      this.file = file;
      this.number = number;
      this.text = text;
      this.node = node;
    }

    public String file() {
      return file;
    }

    public int number() {
      return number;
    }

    public String text() {
      return text;
    }

    /** An error at this line. */
    public LexiconFormatException error(String reason) {
      return new LexiconFormatException(file, number, text, reason);
    }

    /** Removes and returns a required string value. */
    public String string(String key) {
      String v = optString(key);
      if (v == null) {
        throw error("[" + key + "] required property is missing");
      }
      return v;
    }

    /** Removes and returns an optional string value (null when absent). */
    public String optString(String key) {
      JsonNode v = node.remove(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isTextual()) {
        throw error("[" + key + "] property isn't a string, but " + v.getNodeType().name().toLowerCase());
      }
      if (v.asText().isBlank()) {
        throw error("[" + key + "] must not be blank");
      }
      return v.asText();
    }

    /** Removes and returns an optional number (null when absent). */
    public Double optNumber(String key) {
      JsonNode v = node.remove(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isNumber()) {
        throw error("[" + key + "] property isn't a number, but " + v.getNodeType().name().toLowerCase());
      }
      return v.asDouble();
    }

    /** Removes and returns an optional boolean (false when absent). */
    public boolean flag(String key) {
      JsonNode v = node.remove(key);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        throw error("[" + key + "] property isn't a boolean, but " + v.getNodeType().name().toLowerCase());
      }
      return v.asBoolean();
    }

    /** Removes and returns an optional list of non-blank strings (empty when absent). */
    public List<String> strings(String key) {
      JsonNode v = node.remove(key);
      return v == null || v.isNull() ? List.of() : stringList(key, v);
    }

    /** Removes and returns an optional object of string lists, keeping key order (empty when absent). */
    public Map<String, List<String>> stringLists(String key, Set<String> allowedKeys) {
      JsonNode v = node.remove(key);
      if (v == null || v.isNull()) {
        return Map.of();
      }
      if (!v.isObject()) {
        throw error("[" + key + "] property isn't an object, but " + v.getNodeType().name().toLowerCase());
      }
      Map<String, List<String>> out = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!allowedKeys.contains(e.getKey())) {
          throw error("[" + key + "." + e.getKey() + "] unknown key, expected one of " + allowedKeys);
        }
        out.put(e.getKey(), stringList(key + "." + e.getKey(), e.getValue()));
      }
      return out;
    }

    private List<String> stringList(String key, JsonNode v) {
      if (!v.isArray()) {
        throw error("[" + key + "] property isn't a list, but " + v.getNodeType().name().toLowerCase());
      }
      List<String> out = new ArrayList<>(v.size());
      for (JsonNode e : v) {
        if (!e.isTextual() || e.asText().isBlank()) {
          throw error("[" + key + "] must hold non-blank strings, got " + e);
        }
        out.add(e.asText());
      }
      return List.copyOf(out);
    }

    /** Fails when keys are left that no reader consumed. */
    public void done() {
      if (node.size() > 0) {
        List<String> left = new ArrayList<>();
        node.fieldNames().forEachRemaining(left::add);
        throw error("unknown keys " + left);
      }
    }
  }

  /** A header comment value: {@code # key: value}. */
  public record Header(String key, String value) {}

  /** Reads every line of {@code fileName} from {@code source}; comments and blank lines are skipped. */
  public static List<Line> read(LexiconSource source, String fileName) {
    String display = source.displayName(fileName);
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = source.open(fileName)) {
      String raw;
      int n = 0;
      while ((raw = readLine(r, display, n + 1)) != null) {
        n++;
        String t = raw.strip();
        if (n == 1 && t.startsWith("\uFEFF")) {
          t = t.substring(1).strip();
        }
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(t);
        } catch (JsonProcessingException e) {
          throw new LexiconFormatException(display, n, t, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode obj)) {
          throw new LexiconFormatException(display, n, t, "expected a JSON object");
        }
        out.add(new Line(display, n, t, obj));
      }
    } catch (IOException e) {
      throw new LexiconFormatException(display, 0, null, "cannot read: " + e.getMessage());
    }
    return out;
  }

  /** The {@code # key: value} comments of a file's header (the comment lines before the first entry). */
  public static List<Header> headers(LexiconSource source, String fileName) {
    List<Header> out = new ArrayList<>();
    try (BufferedReader r = source.open(fileName)) {
      String raw;
      while ((raw = r.readLine()) != null) {
        String t = raw.strip().replace("\uFEFF", "");
        if (t.isEmpty()) {
          continue;
        }
        if (!t.startsWith("#")) {
          break;
        }
        int colon = t.indexOf(':');
        if (colon > 1) {
          out.add(new Header(t.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT),
              t.substring(colon + 1).strip()));
        }
      }
    } catch (IOException e) {
      throw new LexiconFormatException(source.displayName(fileName), 0, null, "cannot read: " + e.getMessage());
    }
    return out;
  }

  /** Checks that the header names a source and a licence. */
  public static void requireProvenance(LexiconSource source, String fileName, Collection<String> keys) {
    List<Header> hs = headers(source, fileName);
    for (String k : keys) {
      if (hs.stream().noneMatch(h -> h.key().equals(k) && !h.value().isEmpty())) {
        throw new LexiconFormatException(source.displayName(fileName), 1, null,
            "header comment '# " + k + ": ...' is missing");
      }
    }
  }

  private static String readLine(BufferedReader r, String display, int lineNo) throws IOException {
    try {
      return r.readLine();
    } catch (CharacterCodingException e) {
      throw new LexiconFormatException(display, lineNo, null, "not valid UTF-8");
    }
  }
}
