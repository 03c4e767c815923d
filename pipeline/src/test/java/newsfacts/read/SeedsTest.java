package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The repository's seed articles (plain UTF-8 text): titles, the dated first line of 001. */
class SeedsTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  private static Path seeds() {
    String root = System.getProperty("newsfacts.root");
    Assumptions.assumeTrue(root != null, "newsfacts.root is not set");
    Path seeds = Path.of(root, "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds folder");
    return seeds;
  }

  private static Article read(String name) throws ReadException {
    return READER.read(seeds().resolve(name), "seeds/" + name).get(0);
  }

  @Test
  void titlesAreTheFirstHeadingLine() throws Exception {
    // The first line when it is a heading.
    assertEquals("Xi Jinping: 2025 als Jaar van AI- en Chipdoorbraken te Midden van de Technologische Rivaliteit tussen de VS en China",
        read("000_a26ccda08ef6d1bd.txt").title());
    assertEquals("Chinas KI-Ambitionen: WAIC 2025 entschlüsseln", read("002_d47877d5ba6be506.txt").title());
    // A lone leftover word ("Workflow") before the headline is skipped.
    assertEquals("“中国开源AI将主导世界?硅谷和华盛顿惊了”", read("003_8e2cd87e0856a9cc.txt").title());
    // A first line that is a sentence (ends with 。) is a paragraph, not a title.
    assertNull(read("004_c0a82d3aa8ed09d0.txt").title());
  }

  @Test
  void datedFirstLineGivesTheDateAndLeavesTheText() throws Exception {
    Article seed = read("001_5bf1434c953a5fe2.txt");
    // " date 2025-12-14 Согласно ..." : the date is metadata, the rest of the line is the article.
    assertEquals("2025-12-14", seed.published());
    assertTrue(seed.text().startsWith("Согласно данным брокерской фирмы CLSA"), seed.text().substring(0, 40));
    assertNull(seed.title());
  }

  @Test
  void seedsAreUtf8PlainTextWithoutWarnings() throws Exception {
    for (String name : List.of("000_a26ccda08ef6d1bd.txt", "001_5bf1434c953a5fe2.txt", "002_d47877d5ba6be506.txt",
        "003_8e2cd87e0856a9cc.txt", "004_c0a82d3aa8ed09d0.txt")) {
      Article seed = read(name);
      // Plain UTF-8, id = SHA-256 of the file's bytes, source kept as given.
      assertEquals("UTF-8", seed.charset(), name);
      assertEquals("text/plain", seed.contentType(), name);
      assertEquals(List.of(), seed.warnings(), name);
      assertEquals("seeds/" + name, seed.source());
      assertEquals(ArticleReader.sha256(Files.readAllBytes(seeds().resolve(name))), seed.id());
    }
  }
}
