package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boilerplate removal on a page with every usual kind of clutter around a short article. */
class MainTextTest {
  private static final String PAGE = """
      <html><head><title>Intel wins EU subsidy | Tech Daily</title>
      <meta property="article:published_time" content="2024-05-06T07:08:09Z"></head>
      <body>
      <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies and continue?</div>
      <header><nav class="main-menu"><a href="/">Home</a> <a href="/chips">Chips</a></nav></header>
      <div class="page">
        <div class="article-body">
          <h1>Intel wins EU subsidy</h1>
          <p>Intel will receive 9.9 billion euros from Germany for its Magdeburg plant, the economy ministry said on Monday.</p>
          <p>The company plans to invest about 30 billion euros in total, the largest foreign investment in German history.</p>
        </div>
        <aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Nvidia shares jump 20 % after record quarter</a></li>
          <li><a href="/b">AMD buys Xilinx for $35 billion in an all-stock deal</a></li></ol></aside>
        <div class="subscribe-box"><p>Subscribe now for only 4.99 euros per month and read every article, including analysis, without limits.</p></div>
        <div class="related"><h3>Related</h3><p><a href="/c">TSMC to build a 10 billion euro fab in Dresden, sources say</a></p></div>
      </div>
      <footer><p>Copyright 2024 Tech Daily. All rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void onlyTheArticleIsKept(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("intel.html"), PAGE.getBytes(StandardCharsets.UTF_8));
    Article article = new ArticleReader(ReaderConfig.DEFAULT).read(file, "intel.html").get(0);
    // Cookie banner, menu, most-read list, subscription teaser, related links and footer are gone;
    // the heading and paragraphs stay in order with blank lines between them.
    assertEquals("""
        Intel wins EU subsidy

        Intel will receive 9.9 billion euros from Germany for its Magdeburg plant, the economy ministry said on Monday.

        The company plans to invest about 30 billion euros in total, the largest foreign investment in German history.""",
        article.text());
    assertEquals("Intel wins EU subsidy", article.title());
    assertEquals("2024-05-06T07:08:09Z", article.published());
    assertEquals(List.of(), article.warnings());
  }

  @Test
  void campaignBoxBesideTheArticleIsBoilerplate(@TempDir Path dir) throws Exception {
    String page = """
        <html><head><meta charset="UTF-8"><title>t</title></head><body><div id="main">
        <div class="campaign"><p>【プレミアム会員募集中】初月無料、2カ月目以降は月額990円（税込）で全記事読み放題。</p></div>
        <article><h1>経産省、国産AIに1,200億円</h1>
        <p>経済産業省は2月6日、国産の生成AI基盤モデルの開発を支援するプロジェクトの採択結果を発表した。</p></article>
        </div></body></html>
        """;
    Path file = Files.writeString(dir.resolve("ja.html"), page);
    Article article = new ArticleReader(ReaderConfig.DEFAULT).read(file, "ja.html").get(0);
    // A promotion box next to the article, a long link-free paragraph of its own, is not taken with it.
    assertEquals("経産省、国産AIに1,200億円\n\n経済産業省は2月6日、国産の生成AI基盤モデルの開発を支援するプロジェクトの採択結果を発表した。",
        article.text());
  }

  @Test
  void bareParagraphInBodyIsTheText(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("bare.html"),
        "<html><head><title>Bare</title></head><body><p>Thirty-odd characters of article text.</p></body></html>");
    Article article = new ArticleReader(ReaderConfig.DEFAULT).read(file, "bare.html").get(0);
    // No container but <body>: the text is the paragraph, never the <head>'s title.
    assertEquals("Thirty-odd characters of article text.", article.text());
    assertEquals("Bare", article.title());
  }
}
