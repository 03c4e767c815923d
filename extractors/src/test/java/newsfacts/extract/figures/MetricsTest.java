package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsfacts.extract.lexicon.LexiconFormatException;
import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
  private static final String HEADER = "# source: test\n# licence: test\n";

  // the packaged lexicon has the intelligence index with its translations
  @Test
  void packagedMetrics() {
    Metrics m = Metrics.load(LexiconSource.packaged());
    Metrics.Metric ii = m.all().stream().filter(x -> x.id().equals("intelligence-index")).findFirst().orElseThrow();
    assertTrue(ii.aliases().containsAll(java.util.List.of("индекс интеллекта", "智能指数",
        "インテリジェンスインデックス", "インテリジェントインデックス", "Smart Index")));
    assertEquals(100, ii.max());
  }

  private static LexiconFormatException failure(Path dir, String content) throws IOException {
    Files.writeString(dir.resolve(Metrics.FILE), content);
    return assertThrows(LexiconFormatException.class, () -> Metrics.load(LexiconSource.withOverrides(dir)));
  }

  // an unknown key (typo) fails with its line
  @Test
  void unknownKeyFails(@TempDir Path dir) throws IOException {
    LexiconFormatException e = failure(dir, HEADER + "{\"id\":\"mmlu\",\"name\":\"MMLU\",\"alias\":[\"x\"]}\n");
    assertEquals(3, e.line());
    assertEquals("unknown keys [alias]", e.reason());
  }

  // one alias cannot name two metrics
  @Test
  void aliasClaimedTwiceFails(@TempDir Path dir) throws IOException {
    LexiconFormatException e = failure(dir, HEADER + "{\"id\":\"a\",\"name\":\"A\",\"aliases\":[\"Arena\"]}\n"
        + "{\"id\":\"b\",\"name\":\"B\",\"aliases\":[\"arena\"]}\n");
    assertEquals(4, e.line());
    assertEquals("[aliases] 'arena' is already an alias of a", e.reason());
  }
}
