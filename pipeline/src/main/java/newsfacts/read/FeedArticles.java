package newsfacts.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds with ROME: every item or entry is its own article (title,
 * link, date, body). ROME is used rather than Tika's FeedParser, which drops Atom entries without a
 * {@code <link>}. The bytes are decoded by {@link CharsetSniffer} (XML declaration, with the browser
 * supersets of {@link Charsets}) and handed to ROME as characters.
 *
 * <p>An item's text is its title, a blank line, then its body: the title is the item's headline, read for
 * facts like the headline of a page or of a plain-text article ("xAI closes $20 billion round"). A body
 * that already begins with the title does not get it twice.
 *
 * <p>An item's id is the SHA-256 of its link, title and body (UTF-8, newline-separated): ROME does
 * not expose an item's raw bytes, and this keeps ids stable across re-reads and charsets.
 */
final class FeedArticles {
  private final CharsetSniffer sniffer = new CharsetSniffer();
  private final int maxChars;

  FeedArticles(int maxChars) {
    this.maxChars = maxChars;
  }

  List<Article> read(String source, byte[] bytes) throws ReadException {
    CharsetSniffer.Decoded read = sniffer.decode(bytes, null);
    CharsetSniffer.Choice choice = read.choice();
    String xml = read.text();
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(true);
      feed = input.build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      throw new ReadException("not a readable RSS/Atom feed: " + e.getMessage(), e);
    }
    String contentType = feed.getFeedType() != null && feed.getFeedType().startsWith("atom")
        ? "application/atom+xml" : "application/rss+xml";
    List<Article> articles = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String title = entry.getTitle() == null ? null : BlockText.collapse(entry.getTitle().replace('\n', ' '));
      String body = body(entry);
      if ((title == null || title.isEmpty()) && body.isEmpty()) {
        continue;
      }
      List<String> warnings = new ArrayList<>();
      if (body.isEmpty()) {
        warnings.add("feed item has no body or summary");
      }
      String link = link(entry);
      String published = Dates.iso(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
      String id = ArticleReader.sha256((link + "\n" + title + "\n" + body).getBytes(StandardCharsets.UTF_8));
      String text = title == null || title.isEmpty() || body.startsWith(title) ? body
          : body.isEmpty() ? title : title + "\n\n" + body;
      if (text.length() > maxChars) {
        text = text.substring(0, maxChars);
        warnings.add("text cut at " + maxChars + " characters (maxChars)");
      }
      warnings.addAll(TextArticles.textWarnings(text));
      articles.add(new Article(source, id, text, title == null || title.isEmpty() ? null : title, published, link,
          choice.charset().name(), contentType, warnings));
    }
    if (articles.isEmpty()) {
      throw new ReadException("feed has no items");
    }
    return articles;
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    String uri = entry.getUri();
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
  }

  private static String body(SyndEntry entry) {
    String best = "";
    for (SyndContent content : entry.getContents()) {
      String text = toText(content);
      if (text.length() > best.length()) {
        best = text;
      }
    }
    if (best.isEmpty() && entry.getDescription() != null) {
      best = toText(entry.getDescription());
    }
    return best;
  }

  private static String toText(SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return "";
    }
    String type = content.getType() == null ? "" : content.getType();
    if (type.contains("html") || value.indexOf('<') >= 0 || value.indexOf('&') >= 0) {
      var body = Jsoup.parseBodyFragment(value).body();
      body.select("script, style, rt, rp").remove();
      return MarkedBlocks.drop(BlockText.text(List.of(body))); // "推荐阅读：…" inside an item's content
    }
    return MarkedBlocks.drop(PlainText.normalize(value).strip());
  }
}
