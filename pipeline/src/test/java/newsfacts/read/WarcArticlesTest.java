package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC and WARC.gz: each HTML or text HTTP response is an article with its target URI and date. */
class WarcArticlesTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  private static final String PAGE = "<html><head><title>Сбер запустил GigaChat 2 | Example</title></head><body>"
      + "<nav><a href='/'>Главная</a></nav><article><h1>Сбер запустил GigaChat 2</h1>"
      + "<p>Сбербанк представил новую версию языковой модели GigaChat, которая, по словам компании, превосходит прежнюю.</p>"
      + "</article><footer>Все права защищены</footer></body></html>";

  static Path warc(Path dir, String name, WarcCompression compression) throws Exception {
    Path file = dir.resolve(name);
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      writer.write(response("https://example.ru/giga", "text/html; charset=windows-1251",
          PAGE.getBytes(Charset.forName("windows-1251")), "2025-03-01T10:00:00Z"));
      writer.write(response("https://example.ru/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          "2025-03-01T10:00:01Z"));
      writer.write(response("https://example.ru/note.txt", "text/plain",
          "Intel cuts 15 % of jobs\n\nThe chipmaker announced layoffs.".getBytes(StandardCharsets.UTF_8),
          "2025-03-01T10:00:02Z"));
    }
    return file;
  }

  private static WarcResponse response(String uri, String type, byte[] body, String date) throws Exception {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse(date)).body(http).build();
  }

  @Test
  void gzippedWarcGivesOneArticlePerHtmlOrTextResponse(@TempDir Path dir) throws Exception {
    List<Article> articles = READER.read(warc(dir, "crawl.warc.gz", WarcCompression.GZIP), "crawl.warc.gz");
    // The PNG response is skipped; the HTML payload is decoded with the HTTP charset, boilerplate dropped.
    assertEquals(2, articles.size());
    Article page = articles.get(0);
    assertEquals("https://example.ru/giga", page.url());
    assertEquals("2025-03-01T10:00:00Z", page.published());
    assertEquals("Сбер запустил GigaChat 2", page.title());
    assertEquals("Сбер запустил GigaChat 2\n\nСбербанк представил новую версию языковой модели GigaChat, которая, "
        + "по словам компании, превосходит прежнюю.", page.text());
    assertEquals("windows-1251", page.charset());
    assertEquals(ArticleReader.sha256(PAGE.getBytes(Charset.forName("windows-1251"))), page.id());
    Article note = articles.get(1);
    assertEquals("Intel cuts 15 % of jobs", note.title());
    assertEquals("text/plain", note.contentType());
    assertEquals("https://example.ru/note.txt", note.url());
  }

  @Test
  void plainWarcReadsTheSame(@TempDir Path dir) throws Exception {
    List<Article> gz = READER.read(warc(dir, "a.warc.gz", WarcCompression.GZIP), "a");
    List<Article> plain = READER.read(warc(dir, "b.warc", WarcCompression.NONE), "b");
    // Compression does not change the articles.
    assertEquals(gz.stream().map(Article::text).toList(), plain.stream().map(Article::text).toList());
    assertEquals(gz.stream().map(Article::id).toList(), plain.stream().map(Article::id).toList());
  }
}
