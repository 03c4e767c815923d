package newsfacts.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores extract output against ../shared/gold/seeds.jsonl with the rules of ../shared/gold/README.md
 * (the same rules as ../shared/tools/score-facts.py): names compared after NFKC, case folding and
 * keeping letters and digits; vendor prefixes before '/' or ':' ignored; money by currency and amount
 * within 0.5%; percentages and scores by value.
 */
final class GoldScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts per fact type and per language. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.2f R=%.2f (tp=%d fp=%d fn=%d)", precision(), recall(), tp, fp, fn);
    }
  }

  final Map<String, Tally> byType = new LinkedHashMap<>();
  /** "type/lang" -> tally. */
  final Map<String, Tally> byTypeAndLang = new LinkedHashMap<>();
  final List<String> misses = new ArrayList<>();
  int langOk;
  int langTotal;

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  static Set<String> nameKeys(JsonNode f) {
    Set<String> keys = new HashSet<>();
    for (String k : List.of("id", "name", "model", "canonical")) {
      String v = f.path(k).asText("");
      if (!v.isEmpty()) {
        keys.add(norm(v));
        for (String sep : List.of("/", ":")) {
          int at = v.lastIndexOf(sep);
          if (at >= 0) {
            keys.add(norm(v.substring(at + 1)));
          }
        }
      }
    }
    keys.remove("");
    return keys;
  }

  static boolean close(double a, double b, double rel) {
    return Math.abs(a - b) <= rel * Math.max(Math.abs(b), 1e-9) + 1e-9;
  }

  private Tally tally(String type, String lang) {
    byTypeAndLang.computeIfAbsent(type + "/" + lang, k -> new Tally());
    return byType.computeIfAbsent(type, k -> new Tally());
  }

  private void count(String type, String lang, int tp, int fp, int fn) {
    Tally t = tally(type, lang);
    t.tp += tp;
    t.fp += fp;
    t.fn += fn;
    Tally l = byTypeAndLang.get(type + "/" + lang);
    l.tp += tp;
    l.fp += fp;
    l.fn += fn;
  }

  private static String fileName(JsonNode o) {
    return Path.of(o.path("source").asText()).getFileName().toString();
  }

  /**
   * Scores {@code outputLines} (extract's JSON Lines) against the gold file. A gold line's {@code doc} is a
   * file name, or for a file of several documents (a feed's items) {@code name#n}, n counting from 1 in
   * output order; a gold without {@code name#1} scores such a file's documents together, as one.
   */
  static GoldScorer score(Path gold, List<String> outputLines) throws IOException {
    List<String> goldLines = Files.readAllLines(gold);
    java.util.Set<String> goldDocs = new java.util.HashSet<>();
    for (String line : goldLines) {
      if (!line.isBlank()) {
        goldDocs.add(JSON.readTree(line).path("doc").asText());
      }
    }
    List<JsonNode> records = new ArrayList<>();
    Map<String, Integer> perFile = new HashMap<>();
    for (String line : outputLines) {
      JsonNode o = JSON.readTree(line);
      records.add(o);
      if (o.path("kind").asText().equals("document")) {
        perFile.merge(fileName(o), 1, Integer::sum);
      }
    }
    Map<String, JsonNode> docs = new HashMap<>();
    Map<String, String> keyOfDocId = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonNode o : records) {
      if (o.path("kind").asText().equals("document")) {
        String file = fileName(o);
        String key = perFile.get(file) > 1 && goldDocs.contains(file + "#1")
            ? file + "#" + seen.merge(file, 1, Integer::sum) : file;
        docs.putIfAbsent(key, o);
        keyOfDocId.put(o.path("id").asText(), key);
      }
    }
    Map<String, List<JsonNode>> facts = new HashMap<>();
    for (JsonNode o : records) {
      if (o.path("kind").asText().equals("fact")) {
        String key = keyOfDocId.getOrDefault(o.path("docId").asText(), fileName(o));
        facts.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      }
    }
    GoldScorer s = new GoldScorer();
    for (String line : goldLines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = JSON.readTree(line);
      String d = g.path("doc").asText();
      String lang = g.path("lang").asText();
      List<JsonNode> fs = facts.getOrDefault(d, List.of());
      s.langTotal++;
      String got = docs.containsKey(d) ? docs.get(d).path("lang").asText() : null;
      if (lang.equals(got)) {
        s.langOk++;
      } else {
        s.misses.add(d + ": lang " + got + " != " + lang);
      }
      s.money(d, lang, g, fs);
      s.percent(d, lang, g, fs);
      s.names(d, lang, "company", g.path("companies"), g.path("companies_optional"), fs);
      s.names(d, lang, "model", g.path("models"), g.path("models_optional"), fs);
      s.scores(d, lang, g, fs);
    }
    return s;
  }

  private static List<JsonNode> ofType(List<JsonNode> fs, String type) {
    return fs.stream().filter(f -> f.path("type").asText().equals(type)).toList();
  }

  private void money(String d, String lang, JsonNode g, List<JsonNode> fs) {
    List<JsonNode> money = ofType(fs, "money");
    Set<Integer> used = new HashSet<>();
    for (JsonNode gm : g.path("money")) {
      List<Double> cands = new ArrayList<>(List.of(gm.path("amount").asDouble()));
      if (gm.has("max")) {
        cands.add(gm.path("max").asDouble());
      }
      Integer hit = null;
      for (int i = 0; i < money.size() && hit == null; i++) {
        JsonNode f = money.get(i);
        if (used.contains(i) || !f.path("currency").asText().equalsIgnoreCase(gm.path("currency").asText())) {
          continue;
        }
        List<Double> vals = new ArrayList<>(List.of(f.path("amount").asDouble()));
        if (f.has("max")) {
          vals.add(f.path("max").asDouble());
        }
        for (double v : vals) {
          for (double c : cands) {
            if (close(v, c, 0.005)) {
              hit = i;
            }
          }
        }
      }
      if (hit == null) {
        count("money", lang, 0, 0, 1);
        misses.add(d + ": missed money " + gm);
      } else {
        used.add(hit);
        count("money", lang, 1, 0, 0);
      }
    }
    for (int i = 0; i < money.size(); i++) {
      if (!used.contains(i)) {
        count("money", lang, 0, 1, 0);
        misses.add(d + ": extra money " + money.get(i).path("text").asText());
      }
    }
  }

  private void percent(String d, String lang, JsonNode g, List<JsonNode> fs) {
    List<JsonNode> pct = ofType(fs, "percent");
    int[] used = new int[pct.size()];
    for (JsonNode gv : g.path("percent")) {
      Integer hit = null;
      for (int i = 0; i < pct.size() && hit == null; i++) {
        JsonNode f = pct.get(i);
        List<Double> vals = new ArrayList<>(List.of(f.path("value").asDouble()));
        if (f.has("max")) {
          vals.add(f.path("max").asDouble());
        }
        if (used[i] < vals.size() && vals.stream().anyMatch(v -> close(v, gv.asDouble(), 0.001))) {
          hit = i;
        }
      }
      if (hit == null) {
        count("percent", lang, 0, 0, 1);
        misses.add(d + ": missed percent " + gv);
      } else {
        used[hit]++;
        count("percent", lang, 1, 0, 0);
      }
    }
    for (int i = 0; i < pct.size(); i++) {
      if (used[i] == 0) {
        count("percent", lang, 0, 1, 0);
        misses.add(d + ": extra percent " + pct.get(i).path("text").asText());
      }
    }
  }

  private static List<Set<String>> aliasSets(JsonNode lists) {
    List<Set<String>> out = new ArrayList<>();
    for (JsonNode al : lists) {
      Set<String> s = new HashSet<>();
      al.forEach(a -> s.add(norm(a.asText())));
      out.add(s);
    }
    return out;
  }

  private void names(String d, String lang, String type, JsonNode goldLists, JsonNode optLists, List<JsonNode> fs) {
    Map<String, Set<String>> got = new LinkedHashMap<>();
    for (JsonNode f : ofType(fs, type)) {
      String ident = norm(f.path("id").asText(f.path("name").asText(f.path("text").asText())));
      got.computeIfAbsent(ident, k -> new HashSet<>()).addAll(nameKeys(f));
    }
    List<Set<String>> opt = aliasSets(optLists);
    Set<String> matched = new HashSet<>();
    for (Set<String> al : aliasSets(goldLists)) {
      List<String> hit = got.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(al::contains))
          .map(Map.Entry::getKey).toList();
      if (hit.isEmpty()) {
        count(type, lang, 0, 0, 1);
        misses.add(d + ": missed " + type + " " + al.stream().sorted().findFirst().orElse("?"));
      } else {
        count(type, lang, 1, 0, 0);
        matched.addAll(hit);
      }
    }
    for (Map.Entry<String, Set<String>> e : got.entrySet()) {
      if (matched.contains(e.getKey()) || opt.stream().anyMatch(al -> e.getValue().stream().anyMatch(al::contains))) {
        continue;
      }
      count(type, lang, 0, 1, 0);
      misses.add(d + ": extra " + type + " " + e.getKey());
    }
  }

  private record Scored(String key, double value) {}

  private void scores(String d, String lang, JsonNode g, List<JsonNode> fs) {
    List<JsonNode> sc = ofType(fs, "score");
    Set<Scored> got = new HashSet<>();
    for (JsonNode f : sc) {
      for (String k : nameKeys(JSON.createObjectNode().put("model", f.path("model").asText("")))) {
        got.add(new Scored(k, f.path("value").asDouble()));
      }
    }
    Set<Scored> matched = new HashSet<>();
    for (JsonNode s : g.path("scores")) {
      Set<String> al = new HashSet<>();
      s.path("model").forEach(a -> al.add(norm(a.asText())));
      double v = s.path("value").asDouble();
      List<Scored> hit = got.stream().filter(x -> al.contains(x.key()) && close(x.value(), v, 0.001)).toList();
      if (hit.isEmpty()) {
        count("score", lang, 0, 0, 1);
        misses.add(d + ": missed score " + al.stream().sorted().findFirst().orElse("?") + "=" + v);
      } else {
        count("score", lang, 1, 0, 0);
        matched.addAll(hit);
      }
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode f : sc) {
      Set<String> keys = nameKeys(JSON.createObjectNode().put("model", f.path("model").asText("")));
      double v = f.path("value").asDouble();
      if (!seen.add(new java.util.TreeSet<>(keys) + "=" + v)) {
        continue;
      }
      if (keys.stream().anyMatch(k -> matched.contains(new Scored(k, v)))) {
        continue;
      }
      boolean optional = false;
      for (JsonNode s : g.path("scores_optional")) {
        Set<String> al = new HashSet<>();
        s.path("model").forEach(a -> al.add(norm(a.asText())));
        if (keys.stream().anyMatch(al::contains) && close(v, s.path("value").asDouble(), 0.001)) {
          optional = true;
        }
      }
      if (!optional) {
        count("score", lang, 0, 1, 0);
        misses.add(d + ": extra score " + f.path("model").asText() + "=" + v);
      }
    }
  }
}
