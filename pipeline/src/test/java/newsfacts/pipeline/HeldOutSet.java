package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsfacts.read.SourceWalker;

/**
 * A held-out set under {@code src/test/resources/DIR}: its articles run through the whole pipeline once,
 * scored against the {@code gold.jsonl} beside them. Shared by {@link HeldOutGoldTest}, {@link HeldOut2GoldTest},
 * {@link HeldOut3GoldTest} to {@link HeldOut8GoldTest}.
 */
final class HeldOutSet {
  private static final Path ROOT = Path.of(System.getProperty("newsfacts.root", ".."));
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path gold;
  /** The JSON Lines of {@code extract} over the set. */
  final List<String> lines = new ArrayList<>();
  /** Each document's extracted text, by its id. */
  final Map<String, String> texts = new HashMap<>();
  final GoldScorer score;

  private HeldOutSet(String name) throws IOException {
    Path dir = ROOT.resolve("pipeline/src/test/resources").resolve(name);
    gold = dir.resolve("gold.jsonl");
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    for (SourceWalker.Source s : SourceWalker.walk(List.of(dir))) {
      if (s.path().equals(gold)) {
        continue;
      }
      FileOutcome r = nf.process(s.path(), s.source());
      lines.addAll(Records.lines(r));
      for (ExtractedDocument d : r.documents()) {
        texts.put(d.article().id(), d.article().text());
      }
    }
    score = GoldScorer.score(gold, lines);
    System.out.println(name + " vs gold:");
    score.byType.forEach((t, v) -> System.out.printf("  %-8s %s%n", t, v));
    score.byTypeAndLang.forEach((t, v) -> System.out.printf("    %-10s %s%n", t, v));
    System.out.printf("  lang     %d/%d%n", score.langOk, score.langTotal);
    score.misses.forEach(m -> System.out.println("    " + m));
  }

  /** Extracts and scores the set in {@code src/test/resources/<name>}. */
  static HeldOutSet load(String name) throws IOException {
    return new HeldOutSet(name);
  }

  /** "found/expected fp=N" of a type: true positives, gold entries, false positives. */
  String counts(String type) {
    GoldScorer.Tally t = score.byType.get(type);
    return t.tp + "/" + (t.tp + t.fn) + " fp=" + t.fp;
  }

  /** The texts of the facts {@code keep} accepts, sorted. */
  List<String> factsWhere(java.util.function.Predicate<newsfacts.extract.Fact> keep) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("{\"kind\":\"fact\"")) {
        newsfacts.extract.Fact f = newsfacts.extract.FactJson.read(l);
        if (keep.test(f)) {
          out.add(f.text());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The charset each document was read with, by file name. */
  Map<String, String> charsets() {
    Map<String, String> out = new TreeMap<>();
    for (JsonNode n : records()) {
      if (n.path("kind").asText().equals("document")) {
        out.put(fileName(n), n.path("charset").asText());
      }
    }
    return out;
  }

  /**
   * The money facts that match a {@code money_forbidden} entry of the gold (same file, currency and amount
   * within 0.5%), as "file: record" lines; and, first, how many forbidden entries the gold has.
   */
  List<String> forbiddenMoneyReported(int[] forbiddenCount) throws IOException {
    Map<String, List<JsonNode>> money = new HashMap<>();
    for (JsonNode n : records()) {
      if (n.path("type").asText().equals("money")) {
        money.computeIfAbsent(fileName(n), k -> new ArrayList<>()).add(n);
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold)) {
      JsonNode g = JSON.readTree(line);
      for (JsonNode f : g.path("money_forbidden")) {
        forbiddenCount[0]++;
        for (JsonNode m : money.getOrDefault(g.path("doc").asText().split("#")[0], List.of())) {
          if (m.path("currency").asText().equals(f.path("currency").asText())
              && GoldScorer.close(m.path("amount").asDouble(), f.path("amount").asDouble(), 0.005)) {
            out.add(g.path("doc").asText() + ": " + m);
          }
        }
      }
    }
    return out;
  }

  /** {@link #forbiddenMoneyReported} as sorted "file:\"text\"" lines, the form the tests compare. */
  List<String> forbiddenMoneyTexts(int[] forbiddenCount) throws IOException {
    return forbiddenMoneyReported(forbiddenCount).stream()
        .map(r -> r.substring(0, r.indexOf(':')) + ":" + r.replaceAll(".*\"text\":(\"[^\"]*\").*", "$1")).sorted()
        .toList();
  }

  /** Asserts that every fact's text is the document text at its offsets. */
  void assertFactTextsAtTheirOffsets() {
    for (JsonNode n : records()) {
      if (n.path("kind").asText().equals("fact")) {
        String text = texts.get(n.path("docId").asText());
        assertEquals(n.path("text").asText(), text.substring(n.path("start").asInt(), n.path("end").asInt()), n.toString());
      }
    }
  }

  private List<JsonNode> records() {
    List<JsonNode> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static String fileName(JsonNode n) {
    return Path.of(n.path("source").asText()).getFileName().toString();
  }
}
