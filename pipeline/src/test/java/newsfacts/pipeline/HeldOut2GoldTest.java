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
 * The whole pipeline over the second held-out set in {@code src/test/resources/heldout2} (six articles, one per
 * language, one HTML page with boilerplate, two legacy charsets) against its gold, {@code heldout2/gold.jsonl},
 * written before the extractors ran on it. The counts asserted are those of the first pass, misses included
 * (docs/heldout.md, "Second held-out set"), so that a later fix shows as a deliberate change of this test.
 */
class HeldOut2GoldTest {
  static final Path ROOT = Path.of(System.getProperty("newsfacts.root", ".."));
  static final Path DIR = ROOT.resolve("pipeline/src/test/resources/heldout2");
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
    System.out.println("held-out 2 vs gold:");
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
  void moneyMissesOnlyAQuarterBillion() {
    // nl "ruim een kwart miljard euro": a quarter as a number word is not read
    assertEquals("68/69 fp=0", counts("money"), score.misses.toString());
  }

  @Test
  void percentagesAreAllFound() {
    assertEquals("55/55 fp=0", counts("percent"), score.misses.toString());
  }

  @Test
  void companiesAtTheFirstPass() {
    // 14 not in the lexicon, Lambda (contextual alias), DeepSeek in ru (gold judgement); fp: Mizuho for Mizuho Capital
    assertEquals("53/69 fp=1", counts("company"), score.misses.toString());
  }

  @Test
  void modelsAtTheFirstPass() {
    // GPT-NL read as the family GPT, Lightblue-8B not in the lexicon
    assertEquals("15/17 fp=1", counts("model"), score.misses.toString());
  }

  @Test
  void scoresAfterTheFixes() {
    // first pass (2b25e48): 2/8 fp=1. Changed on purpose by the score fixes (MT-Bench in metrics.jsonl, a
    // quoted metric and 同じベンチマークで, "model — value балла", "GPT-5's 87.1"); see docs/heldout.md.
    // found: YandexGPT 5 Pro 83, GigaChat 2 MAX 81,5 (MMLU-RU), DeepSeek V3.2 85.0, GPT-5 87.1 (MMLU-Pro),
    // cotomi v2 7.9 (MT-Bench); fp: GPT-NL's 58,4 given to Llama 3.1 70B, Lightblue-8B's 8.2 without a model
    // (Lightblue-8B is not in models.jsonl); missed: GPT-NL 58,4, Llama 3.1 70B 66,1, Lightblue-8B 8.2
    assertEquals("5/8 fp=2", counts("score"), score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(6, score.langTotal);
    assertEquals(6, score.langOk, score.misses.toString());
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
    assertEquals("windows-1251", charsets.get("ru-03-yandexgpt-ceny.txt"));
    assertEquals("GB18030", charsets.get("zh-03-zhongxin-sanjidu.txt"));
    assertEquals(6, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    // money_forbidden: the Ars Pro prices in the header and footer, the "Most read" headlines
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
    assertEquals(4, forbidden);
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
