package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random markup and bytes: the reader gives articles or a reason, never an internal parser failure. */
class RandomInputTest {
  private static final List<String> PIECES = List.of("<html>", "<head>", "<title>", "</title>", "<body>", "<div class='nav'>",
      "<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<script>", "</script>", "<!--", "-->", "<rss>", "<item>",
      "<?xml version='1.0'?>", "&amp;", "&#x", ";", "Nvidia ", "芯片", "чипы ", "。", ", ", "\n", "\u0000", "\u00ff", "<br>", "<table><tr><td>");

  @Test
  void randomDocumentsNeverBreakTheReader(@TempDir Path dir) throws Exception {
    ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULT);
    Random random = new Random(20251214);
    for (int doc = 0; doc < 300; doc++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pieces = 1 + random.nextInt(200);
      for (int i = 0; i < pieces; i++) {
        if (random.nextInt(10) == 0) {
          byte[] noise = new byte[1 + random.nextInt(8)];
          random.nextBytes(noise);
          out.writeBytes(noise);
        } else {
          out.writeBytes(PIECES.get(random.nextInt(PIECES.size())).getBytes(StandardCharsets.UTF_8));
        }
      }
      Path file = Files.write(dir.resolve("r" + doc + (random.nextBoolean() ? ".html" : ".txt")), out.toByteArray());
      try {
        for (Article article : reader.read(file, file.toString())) {
          assertNotNull(article.text());
        }
      } catch (ReadException e) {
        // A reason is fine; an internal failure ("parser failed: ...", a RuntimeException) is a bug.
        assertFalse(e.getMessage().startsWith("parser failed"), "doc " + doc + ": " + e.getMessage());
      }
    }
  }
}
