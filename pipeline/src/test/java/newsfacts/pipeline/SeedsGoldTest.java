package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.read.SourceWalker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the five seed articles against ../shared/gold/seeds.jsonl: languages, money,
 * percentages, companies, models and scores, plus the JSON Schema of every record.
 */
class SeedsGoldTest {
  static final Path ROOT = Path.of(System.getProperty("newsfacts.root", ".."));
  static final Path GOLD = Path.of(System.getProperty("newsfacts.shared", "../../shared"), "gold", "seeds.jsonl");
  static List<String> lines;
  static GoldScorer score;

  @BeforeAll
  static void extract() throws Exception {
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    lines = new ArrayList<>();
    for (SourceWalker.Source s : SourceWalker.walk(List.of(ROOT.resolve("seeds")))) {
      lines.addAll(Records.lines(nf.process(s.path(), s.source())));
    }
    if (Files.isRegularFile(GOLD)) {
      score = GoldScorer.score(GOLD, lines);
      System.out.println("seeds vs gold:");
      score.byType.forEach((t, v) -> System.out.printf("  %-8s %s%n", t, v));
      score.byTypeAndLang.forEach((t, v) -> System.out.printf("    %-10s %s%n", t, v));
      System.out.printf("  lang     %d/%d%n", score.langOk, score.langTotal);
      score.misses.forEach(m -> System.out.println("    " + m));
    }
  }

  static GoldScorer.Tally tally(String type) {
    Assumptions.assumeTrue(score != null, "gold file absent: " + GOLD);
    return score.byType.get(type);
  }

  @Test
  void everyRecordMatchesTheSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(ROOT.resolve("docs/facts.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    ObjectMapper json = new ObjectMapper();
    assertEquals(5, lines.stream().filter(l -> l.startsWith("{\"kind\":\"document\"")).count());
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      Set<ValidationMessage> errors = schema.validate(n);
      assertTrue(errors.isEmpty(), line + " -> " + errors);
    }
  }

  @Test
  void factTextIsTheTextAtItsOffsets() throws Exception {
    // offsets point into the extracted text, which for these UTF-8 .txt seeds is the file minus edge whitespace
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new java.util.HashMap<>();
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    for (SourceWalker.Source s : SourceWalker.walk(List.of(ROOT.resolve("seeds")))) {
      texts.put(s.source(), nf.process(s.path(), s.source()).documents().get(0).article().text());
    }
    int facts = 0;
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      if (n.path("kind").asText().equals("fact")) {
        String text = texts.get(n.path("source").asText());
        assertEquals(n.path("text").asText(), text.substring(n.path("start").asInt(), n.path("end").asInt()));
        facts++;
      }
    }
    assertTrue(facts > 100, "facts: " + facts);
  }

  @Test
  void everyDocumentLanguageIsRight() {
    Assumptions.assumeTrue(score != null, "gold file absent: " + GOLD);
    assertEquals(5, score.langOk, score.misses.toString());
  }

  @Test
  void everyMoneyFigureAndPercentageIsFound() {
    assertEquals(1.0, tally("money").recall(), score.misses.toString());
    assertEquals(1.0, tally("percent").recall(), score.misses.toString());
  }

  @Test
  void companiesAndModelsAtRecallOfAtLeast80Percent() {
    assertTrue(tally("company").recall() >= 0.8, "company " + tally("company"));
    assertTrue(tally("model").recall() >= 0.8, "model " + tally("model"));
  }
}
