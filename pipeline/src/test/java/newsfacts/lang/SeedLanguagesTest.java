package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repo's seed articles (UTF-8 text, read directly) against the gold languages in shared/gold. */
class SeedLanguagesTest {
  private static LanguageDetector detector;
  private static Path seeds;
  private static Map<String, String> gold;

  @BeforeAll
  static void setUp() throws IOException {
    String root = System.getProperty("newsfacts.root");
    String shared = System.getProperty("newsfacts.shared");
    Assumptions.assumeTrue(root != null && shared != null, "newsfacts.root or newsfacts.shared not set");
    seeds = Path.of(root, "seeds");
    Path goldFile = Path.of(shared, "gold", "seeds.jsonl");
    Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(goldFile), "no seeds or gold");
    gold = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        gold.put(n.get("doc").asText(), n.get("lang").asText());
      }
    }
    detector = new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES);
  }

  @Test
  void everySeedHasItsGoldLanguage() throws IOException {
    assertFalse(gold.isEmpty());
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String text = Files.readString(seeds.resolve(e.getKey()), StandardCharsets.UTF_8);
      assertEquals(e.getValue(), LanguageDetector.documentLanguage(detector.segments(text)), e.getKey());
    }
  }

  @Test
  void seed003HasAChineseHeadlineOverAnEnglishBody() throws IOException {
    String doc = gold.keySet().stream().filter(d -> d.startsWith("003_")).findFirst().orElseThrow();
    String text = Files.readString(seeds.resolve(doc), StandardCharsets.UTF_8);
    List<TextSegment> segments = detector.segments(text);
    TextSegment headline = segmentAt(segments, text.indexOf("中国开源AI"));
    assertEquals("zh", headline.lang());
    assertEquals("“中国开源AI将主导世界?硅谷和华盛顿惊了”", text.substring(headline.start(), headline.end()));
    TextSegment body = segmentAt(segments, text.indexOf("Core Insights"));
    assertEquals("en", body.lang());
    assertEquals(text.strip().length(), body.end() - text.indexOf(text.strip()), "the body runs to the end");
  }

  private static TextSegment segmentAt(List<TextSegment> segments, int offset) {
    TextSegment found = segments.stream().filter(s -> s.contains(offset)).findFirst().orElse(null);
    assertNotNull(found, "no segment at " + offset + " in " + segments);
    return found;
  }
}
