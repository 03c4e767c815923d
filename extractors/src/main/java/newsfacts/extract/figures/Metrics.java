package newsfacts.extract.figures;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.extract.lexicon.JsonLines;
import newsfacts.extract.lexicon.LexiconFormatException;
import newsfacts.extract.lexicon.LexiconSource;

/**
 * The benchmark metrics of {@code metrics.jsonl}: one JSON object a line,
 * {@code {"id":"intelligence-index","name":"...","aliases":["Intelligence Index","智能指数"],"max":100}}.
 * {@code id} is a slug, {@code aliases} the surface forms (the name is matched too), {@code max} the highest
 * valid value (a larger number next to the name is not a score), {@code note} free text. Strict: unknown
 * keys, a bad id or an alias claimed by two metrics fail with {@code file:line}.
 */
public final class Metrics {
  public static final String FILE = "metrics.jsonl";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * One metric.
   *
   * @param id slug used in {@code Fact.metric}
   * @param name display name
   * @param aliases surface forms, the name included
   * @param max highest valid value
   */
  public record Metric(String id, String name, List<String> aliases, double max) {
    public Metric {
      aliases = List.copyOf(aliases);
    }
  }

  private final List<Metric> all;

  private Metrics(List<Metric> all) {
    this.all = List.copyOf(all);
  }

  /** Reads {@value #FILE} from {@code source}. */
  public static Metrics load(LexiconSource source) {
    JsonLines.requireProvenance(source, FILE, List.of("source", "licence"));
    List<Metric> out = new ArrayList<>();
    Map<String, String> aliasOwner = new HashMap<>();
    Set<String> ids = new java.util.HashSet<>();
    for (JsonLines.Line line : JsonLines.read(source, FILE)) {
      String id = line.string("id");
      if (!SLUG.matcher(id).matches()) {
        throw line.error("[id] must be a lower-case slug [a-z0-9][a-z0-9-]*, got '" + id + "'");
      }
      if (!ids.add(id)) {
        throw line.error("[id] duplicate id '" + id + "'");
      }
      String name = line.string("name");
      List<String> aliases = new ArrayList<>(line.strings("aliases"));
      Double max = line.optNumber("max");
      line.optString("note");
      line.done();
      if (max != null && !(max > 0)) {
        throw line.error("[max] must be > 0, got " + max);
      }
      if (!aliases.contains(name)) {
        aliases.add(0, name);
      }
      for (String a : aliases) {
        String key = key(a);
        String owner = aliasOwner.putIfAbsent(key, id);
        if (owner != null) {
          throw line.error("[aliases] '" + a + "' is already an alias of " + (owner.equals(id) ? "this metric" : owner));
        }
      }
      out.add(new Metric(id, name, aliases, max == null ? 100 : max));
    }
    if (out.isEmpty()) {
      throw new LexiconFormatException(source.displayName(FILE), 0, null, "no metrics defined");
    }
    return new Metrics(out);
  }

  /** Metrics from values in code (tests). */
  public static Metrics of(List<Metric> metrics) {
    return new Metrics(metrics);
  }

  public List<Metric> all() {
    return all;
  }

  /** The matching key of an alias: NFKC, lower case. */
  static String key(String alias) {
    return Normalizer.normalize(alias, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
