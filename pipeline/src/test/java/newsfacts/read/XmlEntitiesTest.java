package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML external entities in RSS, Atom, XHTML and other XML are never resolved: a file entity's content
 * never reaches an article, and external DTDs and parameter entities are never fetched (a local server
 * counts connections). Entity expansion bombs are bounded.
 */
class XmlEntitiesTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);
  private static final String MARKER = "XXE-MARKER-5f1c9e";

  @TempDir
  Path dir;
  Path secret;
  ServerSocket server;
  final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void secretAndServer() throws IOException {
    secret = Files.writeString(dir.resolve("secret.txt"), MARKER + "\n");
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
        } catch (IOException e) {
          return;
        }
      }
    }, "xxe-server");
    t.setDaemon(true);
    t.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /** A DOCTYPE declaring {@code &e;} as the secret file, a parameter entity and an external DTD on the server. */
  private String doctype(String root) {
    String url = "http://127.0.0.1:" + server.getLocalPort();
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " SYSTEM \"" + url + "/ext.dtd\" [\n"
        + "  <!ENTITY e SYSTEM \"" + secret.toUri() + "\">\n"
        + "  <!ENTITY % p SYSTEM \"" + url + "/param.dtd\">\n  %p;\n]>\n";
  }

  private List<Article> read(String name, String xml) throws Exception {
    Path file = Files.writeString(dir.resolve(name), xml);
    List<Article> articles = READER.read(file, name);
    for (Article a : articles) {
      assertFalse(String.valueOf(a.title()).contains(MARKER) || a.text().contains(MARKER), "file entity resolved");
    }
    assertEquals(0, connections.get(), "external DTD or parameter entity fetched");
    return articles;
  }

  @Test
  void rssEntitiesAreNotResolved() throws Exception {
    List<Article> items = read("feed.rss", doctype("rss") + "<rss version=\"2.0\"><channel><title>T</title><item>"
        + "<title>Nvidia &e; news</title><description>Nvidia sold chips &e; worth 2 billion dollars.</description>"
        + "</item></channel></rss>");
    // The entity is dropped; the item is read.
    assertEquals(1, items.size());
    assertEquals("Nvidia news", items.get(0).title());
    assertEquals("Nvidia news\n\nNvidia sold chips worth 2 billion dollars.", items.get(0).text());
  }

  @Test
  void atomEntitiesAreNotResolved() throws Exception {
    List<Article> entries = read("feed.atom", doctype("feed") + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
        + "<id>urn:x</id><entry><title>Baidu &e; news</title><id>https://example.cn/1</id>"
        + "<content type=\"text\">Baidu raised &e; 3 billion yuan.</content></entry></feed>");
    assertEquals(1, entries.size());
    assertEquals("Baidu news", entries.get(0).title());
    assertEquals("Baidu news\n\nBaidu raised  3 billion yuan.", entries.get(0).text());
  }

  @Test
  void xhtmlEntitiesAreNotResolvedAndTheSubsetIsNotText() throws Exception {
    Article page = read("page.xhtml", doctype("html") + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        + "<title>Tencent | News</title></head><body><p>Tencent invested &e; 5 billion dollars in new data centres "
        + "this year, the company said.</p></body></html>").get(0);
    // The HTML parser keeps an unknown entity as text; the internal subset is not body text, the title not either.
    assertEquals("Tencent", page.title());
    assertEquals("Tencent invested &e; 5 billion dollars in new data centres this year, the company said.", page.text());
  }

  @Test
  void internalSubsetIsCutWholeEvenWithBracketsInLiterals() {
    // A "]>" inside a quoted entity value or a comment does not end the subset; pages without one are unchanged.
    assertEquals("<!DOCTYPE html ><p>x</p>",
        TextArticles.withoutInternalSubset("<!DOCTYPE html [<!ENTITY a \"]>\"><!-- ]> -->]><p>x</p>"));
    assertEquals("<!DOCTYPE html><p>[x]</p>", TextArticles.withoutInternalSubset("<!DOCTYPE html><p>[x]</p>"));
    assertEquals("<p>x</p>", TextArticles.withoutInternalSubset("<p>x</p>"));
  }

  @Test
  void otherXmlEntitiesAreNotResolved() throws Exception {
    Article data = read("data.xml", doctype("report") + "<report><item>Arm royalties &e; grew 25 %</item></report>").get(0);
    // Tika's XML parser drops the entity.
    assertEquals("Arm royalties  grew 25 %", data.text());
  }

  @Test
  void entityExpansionBombIsBounded() throws Exception {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lollollollol\">\n");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    Path file = Files.writeString(dir.resolve("bomb.rss"), dtd + "<rss version=\"2.0\"><channel><title>T</title><item>"
        + "<title>Bomb</title><description>&l12;</description></item></channel></rss>");
    long t0 = System.nanoTime();
    ReadException e = assertThrows(ReadException.class, () -> READER.read(file, "bomb.rss"));
    // 10^12 * 12 characters are never built: the parser's expansion limit stops it at once.
    assertTrue(e.getMessage().startsWith("not a readable RSS/Atom feed: "), e.getMessage());
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }
}
