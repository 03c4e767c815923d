package newsfacts.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads raw files into {@link Article}s: plain text and HTML (charset sniffed and decoded here, main
 * text without boilerplate), RSS/Atom feeds (one article per item), WARC/WARC.gz (one per HTML or
 * text response), and PDF/DOCX/DOC/RTF through Tika.
 *
 * <p>Bounded: files over {@link ReaderConfig#maxBytes()} are refused, text over {@link
 * ReaderConfig#maxChars()} is cut with a warning, and each parse runs under {@link
 * ReaderConfig#timeout()} (per file; per record in a WARC file). Every failure, including a parser's
 * RuntimeException or a StackOverflowError, becomes a {@link ReadException} whose message is a short
 * reason. Thread-safe: one instance serves every thread.
 */
public final class ArticleReader {
  private final ReaderConfig config;
  private final TextArticles text;
  private final FeedArticles feeds;
  private final WarcArticles warcs;
  private final TikaArticles documents;
  private final Detector detector = new DefaultDetector();

  public ArticleReader(ReaderConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.text = new TextArticles(config.maxChars());
    this.feeds = new FeedArticles(config.maxChars());
    this.warcs = new WarcArticles(text, config.maxBytes(), config.timeout());
    this.documents = new TikaArticles(config.maxChars());
  }

  /**
   * Reads {@code file}; {@code source} is the path as the user gave it (kept on the records).
   *
   * @return the articles in the file, in file order (one for plain files, pages and documents)
   * @throws ReadException when nothing can be read; the message is the reason
   */
  public List<Article> read(Path file, String source) throws ReadException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    try {
      return readChecked(file, source);
    } catch (ReadException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw TimeLimiter.convert(e);
    }
  }

  private List<Article> readChecked(Path file, String source) throws ReadException {
    long size;
    byte[] head;
    try {
      if (!Files.isRegularFile(file)) {
        throw new ReadException(Files.exists(file) ? "not a regular file" : "no such file");
      }
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(FormatSniffer.WINDOW);
      }
    } catch (NoSuchFileException e) {
      throw new ReadException("no such file", e);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new ReadException("empty file");
    }
    String fileName = file.getFileName() == null ? source : file.getFileName().toString();
    FormatSniffer.Format format = FormatSniffer.sniff(head, fileName);
    if (format == FormatSniffer.Format.WARC) {
      return warcs.read(file, source);
    }
    if (size > config.maxBytes()) {
      throw new ReadException("file is " + size + " bytes, over the limit of " + config.maxBytes() + " (maxBytes)");
    }
    if (format == FormatSniffer.Format.BINARY) {
      throw new ReadException("not a supported document (" + detect(head, fileName) + ", looks binary)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + e.getMessage(), e);
    }
    if (format != FormatSniffer.Format.DOCUMENT && isBlank(bytes)) {
      throw new ReadException("empty file (only whitespace)");
    }
    String id = sha256(bytes);
    return TimeLimiter.call(() -> switch (format) {
      case TEXT -> List.of(text.plain(source, id, bytes, null, null, null));
      case HTML -> List.of(text.html(source, id, bytes, null, null, null));
      case FEED -> feeds.read(source, bytes);
      case DOCUMENT -> List.of(documents.read(source, id, bytes, fileName));
      case WARC, BINARY -> throw new IllegalStateException("handled above: " + format);
    }, config.timeout());
  }

  private String detect(byte[] head, String fileName) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (TikaInputStream in = TikaInputStream.get(head)) {
      return detector.detect(in, metadata).getBaseType().toString();
    } catch (IOException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
