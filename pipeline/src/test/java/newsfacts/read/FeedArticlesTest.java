package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 2.0 and Atom feeds: one article per item or entry. */
class FeedArticlesTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  private static final String RSS = """
      <?xml version="1.0" encoding="windows-1251"?>
      <rss version="2.0"><channel><title>Новости ИИ</title><link>https://example.ru/</link>
      <item><title>Nvidia отчиталась о рекордной выручке</title><link>https://example.ru/nvidia</link>
      <pubDate>Tue, 03 Jan 2006 16:57:00 +0300</pubDate>
      <description>&lt;p&gt;Выручка выросла на 94 %.&lt;/p&gt;&lt;p&gt;Спрос на ускорители сохраняется.&lt;/p&gt;</description></item>
      <item><title>Яндекс представил новую модель</title><link>https://example.ru/yandex</link>
      <description>YandexGPT 5 доступна бизнесу.</description></item>
      </channel></rss>
      """;

  private static final String ATOM = """
      <?xml version="1.0" encoding="EUC-JP"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>AIニュース</title><id>urn:feed</id>
      <updated>2025-01-02T03:04:05Z</updated>
      <entry><title>ソフトバンクがAI投資を拡大</title><id>urn:entry:1</id>
      <published>2025-01-02T03:04:05+09:00</published><updated>2025-01-02T03:04:05+09:00</updated>
      <summary>ソフトバンクは新たに一兆円を投じると発表した。</summary></entry>
      <entry><title>東京エレクトロンの決算</title><id>https://example.jp/tel</id>
      <updated>2025-01-03T00:00:00Z</updated>
      <content type="html">&lt;p&gt;営業利益は前年比で増加した。&lt;/p&gt;</content></entry>
      </feed>
      """;

  private static Path write(Path dir, String name, String text, Charset charset) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, text.strip().getBytes(charset));
    return file;
  }

  // a related-reading line inside an item's CDATA content is dropped, as in a page
  @Test
  void markedParagraphsInsideItemsAreDropped(@TempDir Path dir) throws Exception {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>快讯</title><link>https://example.cn/</link>
        <item><title>摩尔线程发布新卡</title><link>https://example.cn/1</link>
        <description><![CDATA[<p>营收增长至8亿元。</p><p>推荐阅读： 沐曦股份前三季度营收突破12亿元</p>]]></description></item>
        </channel></rss>
        """;
    List<Article> items = READER.read(write(dir, "kx.rss", rss, StandardCharsets.UTF_8), "kx.rss");
    assertEquals("摩尔线程发布新卡\n\n营收增长至8亿元。", items.get(0).text());
  }

  @Test
  void rssItemsAreArticles(@TempDir Path dir) throws Exception {
    List<Article> items = READER.read(write(dir, "news.xml", RSS, Charset.forName("windows-1251")), "news.xml");
    // Two items, in feed order, with title, link, date and the title over the description's paragraphs.
    assertEquals(2, items.size());
    Article first = items.get(0);
    assertEquals("Nvidia отчиталась о рекордной выручке", first.title());
    assertEquals("https://example.ru/nvidia", first.url());
    assertEquals("2006-01-03T13:57:00Z", first.published());
    assertEquals("Nvidia отчиталась о рекордной выручке\n\nВыручка выросла на 94 %.\n\nСпрос на ускорители сохраняется.",
        first.text());
    assertEquals("application/rss+xml", first.contentType());
    assertEquals("windows-1251", first.charset());
    assertEquals("Яндекс представил новую модель\n\nYandexGPT 5 доступна бизнесу.", items.get(1).text());
    assertNull(items.get(1).published());
  }

  @Test
  void atomEntriesWithoutLinkAreKept(@TempDir Path dir) throws Exception {
    List<Article> entries = READER.read(write(dir, "feed.atom", ATOM, Charset.forName("EUC-JP")), "feed.atom");
    // Tika's FeedParser drops entries without <link>; ROME keeps both. An http id stands in for the link.
    assertEquals(2, entries.size());
    assertEquals("ソフトバンクがAI投資を拡大", entries.get(0).title());
    assertNull(entries.get(0).url());
    assertEquals("2025-01-01T18:04:05Z", entries.get(0).published());
    assertEquals("ソフトバンクがAI投資を拡大\n\nソフトバンクは新たに一兆円を投じると発表した。", entries.get(0).text());
    assertEquals("https://example.jp/tel", entries.get(1).url());
    assertEquals("東京エレクトロンの決算\n\n営業利益は前年比で増加した。", entries.get(1).text());
    assertEquals("application/atom+xml", entries.get(1).contentType());
  }

  @Test
  void aBodyThatBeginsWithItsTitleAndAnItemWithoutBodyGetItOnce(@TempDir Path dir) throws Exception {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>t</title><link>https://example.com/</link>
        <item><title>AMD wins a $6 billion order</title><link>https://example.com/a</link>
        <description>AMD wins a $6 billion order. Oracle will deploy 50,000 chips.</description></item>
        <item><title>xAI closes a $20 billion round</title><link>https://example.com/b</link></item>
        </channel></rss>
        """;
    List<Article> items = READER.read(write(dir, "t.xml", rss, StandardCharsets.UTF_8), "t.xml");
    assertEquals("AMD wins a $6 billion order. Oracle will deploy 50,000 chips.", items.get(0).text());
    assertEquals("xAI closes a $20 billion round", items.get(1).text());
    assertEquals(List.of("feed item has no body or summary"), items.get(1).warnings());
  }

  @Test
  void itemIdsDependOnContentNotOnCharset(@TempDir Path dir) throws Exception {
    List<Article> cp1251 = READER.read(write(dir, "a.xml", RSS, Charset.forName("windows-1251")), "a.xml");
    List<Article> utf8 = READER.read(write(dir, "b.xml", RSS.replace("windows-1251", "UTF-8"), StandardCharsets.UTF_8), "b.xml");
    // Same items in another charset: same ids (SHA-256 of link, title and text).
    assertEquals(cp1251.stream().map(Article::id).toList(), utf8.stream().map(Article::id).toList());
  }

  @Test
  void brokenFeedIsAnError(@TempDir Path dir) throws Exception {
    Path file = write(dir, "bad.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>x</tit", StandardCharsets.UTF_8);
    ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class, () -> READER.read(file, "bad.xml"));
    // A truncated feed names itself as such.
    assertEquals(true, e.getMessage().startsWith("not a readable RSS/Atom feed: "), e.getMessage());
  }
}
