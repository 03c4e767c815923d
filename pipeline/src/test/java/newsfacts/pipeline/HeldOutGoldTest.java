package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsfacts.read.SourceWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the twelve held-out articles in {@code src/test/resources/heldout} (two per language,
 * plain text, HTML pages with boilerplate, legacy charsets) against their gold, {@code heldout/gold.jsonl}:
 * the exact counts per fact type, so that any change of the output shows (docs/heldout.md has the misses).
 */
class HeldOutGoldTest {
  static final Path ROOT = Path.of(System.getProperty("newsfacts.root", ".."));
  static final Path DIR = ROOT.resolve("pipeline/src/test/resources/heldout");
  static final Path GOLD = DIR.resolve("gold.jsonl");
  static List<String> lines;
  static Map<String, String> texts;
  static GoldScorer score;

  @BeforeAll
  static void extract() throws Exception {
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    lines = new ArrayList<>();
    texts = new HashMap<>();
    for (SourceWalker.Source s : SourceWalker.walk(List.of(DIR))) {
      if (s.path().getFileName().toString().equals("gold.jsonl")) {
        continue;
      }
      FileOutcome r = nf.process(s.path(), s.source());
      lines.addAll(Records.lines(r));
      texts.put(s.source(), r.documents().get(0).article().text());
    }
    score = GoldScorer.score(GOLD, lines);
    System.out.println("held-out vs gold:");
    score.byType.forEach((t, v) -> System.out.printf("  %-8s %s%n", t, v));
    score.byTypeAndLang.forEach((t, v) -> System.out.printf("    %-10s %s%n", t, v));
    System.out.printf("  lang     %d/%d%n", score.langOk, score.langTotal);
    score.misses.forEach(m -> System.out.println("    " + m));
  }

  /** "found/expected fp=N" of a type: true positives, gold entries, false positives. */
  static String counts(String type) {
    GoldScorer.Tally t = score.byType.get(type);
    return t.tp + "/" + (t.tp + t.fn) + " fp=" + t.fp;
  }

  @Test
  void moneyAndPercentagesAreAllFound() {
    assertEquals("148/148 fp=0", counts("money"), score.misses.toString());
    assertEquals("68/68 fp=0", counts("percent"), score.misses.toString());
  }

  @Test
  void companiesMissOnlyTheSixLeftOutOfTheLexicon() {
    // Hangzhou City Investment, Huafa, Shanghai SDIC, SB OpenAI Japan, Factorial Funds, Stockmark (docs/heldout.md)
    assertEquals("153/159 fp=0", counts("company"), score.misses.toString());
  }

  @Test
  void modelsAndScoresAreAllFound() {
    assertEquals("46/46 fp=0", counts("model"), score.misses.toString());
    assertEquals("27/27 fp=0", counts("score"), score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(12, score.langTotal);
    assertEquals(12, score.langOk, score.misses.toString());
  }

  @Test
  void legacyCharsetsAreDecodedWithTheirCharset() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> charsets = new TreeMap<>();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      if (n.path("kind").asText().equals("document")) {
        charsets.put(Path.of(n.path("source").asText()).getFileName().toString(), n.path("charset").asText());
      }
    }
    assertEquals("windows-1251", charsets.get("ru-01-sber-gigachat.txt"));
    assertEquals("windows-1252", charsets.get("de-02-infineon-dresden.txt"));
    assertEquals("GB18030", charsets.get("zh-02-moer-xiancheng-ipo.txt"));
    assertEquals("windows-31j", charsets.get("ja-01-softbank-openai.txt")); // Shift_JIS, read as its superset
    assertEquals("EUC-JP", charsets.get("ja-02-sakana-ai.html"));
    assertEquals(12, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    // money_forbidden: subscription prices, exchange rates in site headers, headlines of other articles
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> money = new HashMap<>();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      if (n.path("type").asText().equals("money")) {
        money.computeIfAbsent(Path.of(n.path("source").asText()).getFileName().toString(), k -> new ArrayList<>())
            .add(n);
      }
    }
    int forbidden = 0;
    for (String line : Files.readAllLines(GOLD)) {
      JsonNode g = json.readTree(line);
      for (JsonNode f : g.path("money_forbidden")) {
        forbidden++;
        for (JsonNode m : money.getOrDefault(g.path("doc").asText(), List.of())) {
          assertFalse(m.path("currency").asText().equals(f.path("currency").asText())
              && GoldScorer.close(m.path("amount").asDouble(), f.path("amount").asDouble(), 0.005),
              g.path("doc").asText() + ": boilerplate figure reported: " + m);
        }
      }
    }
    assertEquals(19, forbidden);
  }

  @Test
  void factTextIsTheTextAtItsOffsets() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      if (n.path("kind").asText().equals("fact")) {
        String text = texts.get(n.path("source").asText());
        assertEquals(n.path("text").asText(), text.substring(n.path("start").asInt(), n.path("end").asInt()));
      }
    }
  }
}
