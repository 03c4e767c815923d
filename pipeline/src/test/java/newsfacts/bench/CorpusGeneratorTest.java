package newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is deterministic and spans the six languages, both formats and legacy charsets. */
class CorpusGeneratorTest {
  @TempDir
  Path tmp;

  static List<Path> files(Path dir) throws Exception {
    try (var w = Files.walk(dir)) {
      return w.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void sameSeedSameBytes() throws Exception {
    Path seeds = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");
    long a = CorpusGenerator.generate(50, tmp.resolve("a"), 7, LexiconSource.packaged(), seeds);
    long b = CorpusGenerator.generate(50, tmp.resolve("b"), 7, LexiconSource.packaged(), seeds);
    assertEquals(a, b);
    List<Path> fa = files(tmp.resolve("a"));
    List<Path> fb = files(tmp.resolve("b"));
    assertEquals(50, fa.size());
    for (int i = 0; i < fa.size(); i++) {
      assertEquals(tmp.resolve("a").relativize(fa.get(i)), tmp.resolve("b").relativize(fb.get(i)));
      assertArrayEquals(Files.readAllBytes(fa.get(i)), Files.readAllBytes(fb.get(i)));
    }
    // six language folders, both formats, and some files that are not valid UTF-8 (legacy charsets)
    assertEquals(List.of("de", "en", "ja", "nl", "ru", "zh"),
        Files.list(tmp.resolve("a")).map(p -> p.getFileName().toString()).sorted().toList());
    assertTrue(fa.stream().anyMatch(p -> p.toString().endsWith(".html")));
    assertTrue(fa.stream().anyMatch(p -> p.toString().endsWith(".txt")));
    long notUtf8 = fa.stream().filter(p -> !isUtf8(p)).count();
    assertTrue(notUtf8 > 0, "legacy-charset files: " + notUtf8);
    // every 25th article is a long one (about 50 KB of text; a PDF compresses it, to about 4x a 5 KB article's)
    Path longOne = fa.stream().filter(p -> p.getFileName().toString().startsWith("000024")).findFirst().orElseThrow();
    assertTrue(Files.size(longOne) > (longOne.toString().endsWith(".pdf") ? 12_000 : 30_000), longOne + " "
        + Files.size(longOne));
  }

  @Test
  void theFactShareSetsHowManySentencesAreFactTemplates() throws Exception {
    Path seeds = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");
    LexiconSource lex = LexiconSource.packaged();
    // at share 1 the body holds template sentences only; at share 0 only lines of the English seed
    CorpusGenerator.generate(60, tmp.resolve("all"), 3, lex, seeds, 1.0);
    CorpusGenerator.generate(60, tmp.resolve("none"), 3, lex, seeds, 0.0);
    List<String> seedLines = Files.readAllLines(seeds.resolve("003_8e2cd87e0856a9cc.txt")).stream()
        .map(String::strip).filter(l -> l.length() > 60).toList();
    String all = body(firstText(tmp.resolve("all/en")));
    String none = body(firstText(tmp.resolve("none/en")));
    String rest = none;
    for (String l : seedLines) {
      rest = rest.replace(l, "");
    }
    assertTrue(rest.isBlank(), "not from the seed: " + rest.strip());
    assertTrue(seedLines.stream().noneMatch(all::contains), all);
    assertTrue(all.contains("Analysts expect") || all.contains("said on Tuesday") || all.contains("shares fell")
        || all.contains("according to people familiar"), all);
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(1, tmp.resolve("x"), 3, lex, seeds, 1.5));
  }

  @Test
  void feedsAndPdfsReadBackAsTheirArticles() throws Exception {
    Path seeds = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");
    // PDFs are 3% of the Latin-script articles and fall back to text when a name has a char the PDF font lacks:
    // more seeds until every kind is there, so a lexicon change cannot leave the check with no PDF to read
    List<Path> all = new java.util.ArrayList<>();
    for (int seed = 11; seed < 21 && !List.of(".rss", ".atom", ".pdf").stream()
        .allMatch(ext -> all.stream().anyMatch(p -> p.toString().endsWith(ext))); seed++) {
      CorpusGenerator.generate(300, tmp.resolve("c" + seed), seed, LexiconSource.packaged(), seeds);
      all.addAll(files(tmp.resolve("c" + seed)));
    }
    newsfacts.pipeline.NewsFacts nf = newsfacts.pipeline.NewsFacts.create(newsfacts.pipeline.NewsFacts.Options.defaults());
    for (String ext : List.of(".rss", ".atom", ".pdf")) {
      List<Path> some = all.stream().filter(p -> p.toString().endsWith(ext)).toList();
      assertTrue(!some.isEmpty(), ext);
      for (Path f : some) {
        newsfacts.pipeline.FileOutcome o = nf.process(f, f.toString());
        assertEquals(null, o.error(), f.toString());
        // a feed holds FEED_ITEMS articles, a PDF one; each has a title and facts of its own
        assertEquals(ext.equals(".pdf") ? 1 : CorpusGenerator.FEED_ITEMS, o.documents().size(), f.toString());
        for (newsfacts.pipeline.ExtractedDocument d : o.documents()) {
          assertTrue(d.article().title() != null && !d.article().title().isBlank(), f.toString());
          assertTrue(!d.facts().isEmpty(), f.toString());
        }
      }
    }
    // PDFs only for the languages whose text the standard PDF fonts show
    assertTrue(all.stream().filter(p -> p.toString().endsWith(".pdf"))
        .allMatch(p -> List.of("en", "de", "nl").contains(p.getParent().getFileName().toString())));
  }

  /** The first plain-text article in {@code dir}. */
  private static String firstText(Path dir) throws Exception {
    Path f = files(dir).stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
    return new String(Files.readAllBytes(f), isUtf8(f) ? java.nio.charset.StandardCharsets.UTF_8
        : java.nio.charset.Charset.forName("windows-1252"));
  }

  /** A plain-text article without its title line. */
  private static String body(String article) {
    return article.substring(article.indexOf("\n\n") + 2);
  }

  static boolean isUtf8(Path p) {
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)));
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
