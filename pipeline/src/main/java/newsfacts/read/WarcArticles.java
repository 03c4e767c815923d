package newsfacts.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WARC.gz files with jwarc: every HTTP response record whose payload is HTML or
 * plain text is an article, with the record's target URI and WARC-Date. The file is streamed, not
 * loaded; each payload is bounded by {@code maxBytes} and parsed under its own time limit, so one bad
 * record costs one article (kept with empty text and a warning), never the rest of the file.
 */
final class WarcArticles {
  private final TextArticles text;
  private final long maxBytes;
  private final Duration timeout;

  WarcArticles(TextArticles text, long maxBytes, Duration timeout) {
    this.text = text;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  List<Article> read(Path file, String source) throws ReadException {
    List<Article> articles = new ArrayList<>();
    int records = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        records++;
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        Article article = article(response, source);
        if (article != null) {
          articles.add(article);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (articles.isEmpty()) {
        throw new ReadException("not a readable WARC file after " + records + " records: " + e.getMessage(), e);
      }
      Article last = articles.remove(articles.size() - 1);
      List<String> warnings = new ArrayList<>(last.warnings());
      warnings.add("WARC file is damaged after this record: " + e.getMessage());
      articles.add(new Article(last.source(), last.id(), last.text(), last.title(), last.published(), last.url(),
          last.charset(), last.contentType(), warnings));
    }
    if (articles.isEmpty()) {
      throw new ReadException("WARC file has no HTML or text response records (" + records + " records)");
    }
    return articles;
  }

  private Article article(WarcResponse response, String source) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return null; // not an HTTP response (DNS, gemini...)
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) {
      return null;
    }
    byte[] payload;
    try (InputStream in = http.bodyDecoded().stream()) {
      payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    }
    String url = response.target();
    String date = Dates.iso(response.date());
    String charset = type.parameters().get("charset");
    String id = ArticleReader.sha256(payload);
    if (payload.length > maxBytes) {
      return failed(source, id, url, date, base, "payload is over the limit of " + maxBytes + " bytes (maxBytes)");
    }
    if (payload.length == 0) {
      return failed(source, id, url, date, base, "empty payload");
    }
    try {
      return TimeLimiter.call(() -> html
          ? text.html(source, id, payload, charset, url, date)
          : text.plain(source, id, payload, charset, url, date), timeout);
    } catch (ReadException e) {
      return failed(source, id, url, date, base, e.getMessage());
    }
  }

  private static Article failed(String source, String id, String url, String date, String type, String reason) {
    return new Article(source, id, "", null, date, url, null, type, List.of("record not read: " + reason));
  }
}
