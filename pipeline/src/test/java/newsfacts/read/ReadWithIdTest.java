package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import newsfacts.pipeline.NewsFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * {@link ArticleReader#readWithId}: one read of the file gives what {@link ArticleReader#read} gives
 * and the id {@link NewsFacts#fileId} streams (SHA-256 of the file's bytes), for every kind of file
 * and failure.
 */
class ReadWithIdTest {
  private static final ArticleReader READER = new ArticleReader(ReaderConfig.DEFAULT);

  private static void sameAsReadAndFileId(Path file) throws Exception {
    ArticleReader.FileRead read = READER.readWithId(file, file.toString());
    assertEquals(NewsFacts.fileId(file), read.fileId(), file + " id");
    assertEquals(READER.read(file, file.toString()), read.articles(), file + " articles");
    assertNull(read.error(), file + " error");
  }

  @Test
  void pagesTextsFeedsAndWarcs(@TempDir Path dir) throws Exception {
    String paragraph = "<p>Der Umsatz der Halbleiterbranche stieg im dritten Quartal um 17 % auf 52 Mrd. €.</p>\n";
    Path longPage = Files.writeString(dir.resolve("long.html"),
        "<html><head><title>Chips</title></head><body>" + paragraph.repeat(200) + "</body></html>");
    Path shortText = Files.writeString(dir.resolve("short.txt"), "Chips\n\nDer Umsatz stieg um 17 %.\n");
    Path exactlyOneWindow = Files.write(dir.resolve("window.txt"), "a".repeat(FormatSniffer.WINDOW).getBytes(StandardCharsets.UTF_8));
    Path feed = Files.writeString(dir.resolve("feed.rss"), "<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>Chips</title><link>https://example.com/a</link><description>Umsatz stieg.</description></item>"
        + "</channel></rss>");
    // Longer and shorter than the sniffed head, exactly one head, a feed, a WARC file (streamed).
    sameAsReadAndFileId(longPage);
    sameAsReadAndFileId(shortText);
    sameAsReadAndFileId(exactlyOneWindow);
    sameAsReadAndFileId(feed);
    sameAsReadAndFileId(WarcArticlesTest.warc(dir, "crawl.warc.gz", WarcCompression.GZIP));
    // A page's article id is the file id.
    ArticleReader.FileRead read = READER.readWithId(longPage, "long.html");
    assertEquals(read.fileId(), read.articles().get(0).id());
  }

  @Test
  void failuresKeepTheIdOfTheBytes(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[10_000];
    new Random(42).nextBytes(noise);
    Path binary = Files.write(dir.resolve("noise.bin"), noise);
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
    ArticleReader small = new ArticleReader(new ReaderConfig(1000, 4096, Duration.ofSeconds(60)));
    // The reason is read()'s; the id is there, hashed from the bytes (streamed when they are not kept).
    assertEquals(new ArticleReader.FileRead("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        List.of(), "empty file"), READER.readWithId(empty, "empty.txt"));
    assertEquals(new ArticleReader.FileRead(NewsFacts.fileId(binary), List.of(),
        "not a supported document (application/octet-stream, looks binary)"), READER.readWithId(binary, "noise.bin"));
    assertEquals(new ArticleReader.FileRead(NewsFacts.fileId(big), List.of(),
        "file is 5000 bytes, over the limit of 4096 (maxBytes)"), small.readWithId(big, "big.txt"));
  }

  @Test
  void unreadablePathsHaveNoId(@TempDir Path dir) {
    Path gone = dir.resolve("gone.txt");
    // As NewsFacts reported them when it hashed the file first: no id, the I/O reason.
    assertEquals(new ArticleReader.FileRead(null, List.of(), "cannot read file: " + gone), READER.readWithId(gone, "gone.txt"));
    assertEquals(new ArticleReader.FileRead(null, List.of(), "cannot read file: Is a directory"), READER.readWithId(dir, "dir"));
  }
}
