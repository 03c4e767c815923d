package newsfacts.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
  /** Largest file kept in one array (as {@code Files.readAllBytes}); larger ones fail there. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

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

  /**
   * A file read together with its id.
   *
   * @param fileId SHA-256 (hex) of the file's bytes, or null when they could not be read at all
   * @param articles the articles in the file, in file order (empty when {@code error} is set)
   * @param error why nothing was read (a {@link ReadException}'s reason, or {@code cannot read file:
   *     ...} when the bytes could not be read), else null
   */
  public record FileRead(String fileId, List<Article> articles, String error) {
    public FileRead {
      articles = List.copyOf(articles);
    }
  }

  /**
   * Reads {@code file} as {@link #read} does and hashes its bytes, reading the file once: the bytes
   * parsed are the bytes hashed, and the id is the article's id for a page, text or document. A WARC
   * file, a binary file and a file over {@link ReaderConfig#maxBytes()} are streamed through the hash
   * instead of kept in memory. Never throws for bad input.
   */
  public FileRead readWithId(Path file, String source) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    if (!Files.isRegularFile(file)) {
      String id;
      try (InputStream in = Files.newInputStream(file)) {
        id = hashRest(in, sha256Digest());
      } catch (IOException e) {
        return new FileRead(null, List.of(), "cannot read file: " + e.getMessage());
      }
      return withId(id, () -> read(file, source)); // not a regular file, or gone
    }
    String fileName = fileName(file, source);
    long size;
    byte[] head;
    FormatSniffer.Format format;
    byte[] bytes = null;
    String id;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      head = in.readNBytes(FormatSniffer.WINDOW);
      format = FormatSniffer.sniff(head, fileName);
      if (format == FormatSniffer.Format.WARC || format == FormatSniffer.Format.BINARY || size > config.maxBytes()
          || size > MAX_ARRAY) {
        MessageDigest digest = sha256Digest();
        digest.update(head);
        id = hashRest(in, digest);
      } else {
        bytes = rest(in, head, size);
        id = sha256(bytes);
      }
    } catch (IOException e) {
      return new FileRead(null, List.of(), "cannot read file: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      // No room for the bytes: as before, the id is streamed and the reason is the reader's.
      try (InputStream in = Files.newInputStream(file)) {
        return new FileRead(hashRest(in, sha256Digest()), List.of(), TimeLimiter.convert(e).getMessage());
      } catch (IOException io) {
        return new FileRead(null, List.of(), "cannot read file: " + io.getMessage());
      }
    }
    byte[] all = bytes;
    return withId(id, () -> readSafely(file, source, all != null ? all.length : size, head, format, all, id));
  }

  @FunctionalInterface
  private interface Reading {
    List<Article> read() throws ReadException;
  }

  private static FileRead withId(String id, Reading reading) {
    try {
      return new FileRead(id, reading.read(), null);
    } catch (ReadException e) {
      return new FileRead(id, List.of(), e.getMessage());
    }
  }

  private List<Article> readSafely(Path file, String source, long size, byte[] head, FormatSniffer.Format format,
      byte[] bytes, String id) throws ReadException {
    try {
      return read(file, source, size, head, format, bytes, id);
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
    return read(file, source, size, head, FormatSniffer.sniff(head, fileName(file, source)), null, null);
  }

  /**
   * The decisions after the first bytes: empty, WARC, too big, binary, blank, then the parse.
   *
   * @param format {@link FormatSniffer#sniff} of {@code head}
   * @param bytes all the bytes when already read, else null (read here when needed)
   * @param id their SHA-256 when already known, else null
   */
  private List<Article> read(Path file, String source, long size, byte[] head, FormatSniffer.Format format,
      byte[] bytes, String id) throws ReadException {
    if (size == 0) {
      throw new ReadException("empty file");
    }
    String fileName = fileName(file, source);
    if (format == FormatSniffer.Format.WARC) {
      return warcs.read(file, source);
    }
    if (size > config.maxBytes()) {
      throw new ReadException("file is " + size + " bytes, over the limit of " + config.maxBytes() + " (maxBytes)");
    }
    if (format == FormatSniffer.Format.BINARY) {
      throw new ReadException("not a supported document (" + detect(head, fileName) + ", looks binary)");
    }
    byte[] all = bytes;
    if (all == null) {
      try {
        all = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new ReadException("cannot read file: " + e.getMessage(), e);
      }
    }
    byte[] content = all;
    if (format != FormatSniffer.Format.DOCUMENT && isBlank(content)) {
      throw new ReadException("empty file (only whitespace)");
    }
    String articleId = id != null ? id : sha256(content);
    return TimeLimiter.call(() -> switch (format) {
      case TEXT -> List.of(text.plain(source, articleId, content, null, null, null));
      case HTML -> List.of(text.html(source, articleId, content, null, null, null));
      case FEED -> feeds.read(source, content);
      case DOCUMENT -> List.of(documents.read(source, articleId, content, fileName));
      case WARC, BINARY -> throw new IllegalStateException("handled above: " + format);
    }, config.timeout());
  }

  private static String fileName(Path file, String source) {
    return file.getFileName() == null ? source : file.getFileName().toString();
  }

  /** The whole file: {@code head} and the rest of {@code in}, {@code size} bytes unless it changed meanwhile. */
  private static byte[] rest(InputStream in, byte[] head, long size) throws IOException {
    if (head.length < FormatSniffer.WINDOW) {
      return head; // the head is the whole file
    }
    byte[] bytes = Arrays.copyOf(head, (int) Math.max(size, head.length));
    int n = head.length + in.readNBytes(bytes, head.length, bytes.length - head.length);
    if (n < bytes.length) {
      return Arrays.copyOf(bytes, n); // shorter than it was
    }
    byte[] more = in.readAllBytes();
    if (more.length == 0) {
      return bytes;
    }
    byte[] grown = Arrays.copyOf(bytes, bytes.length + more.length); // longer than it was
    System.arraycopy(more, 0, grown, bytes.length, more.length);
    return grown;
  }

  private static String hashRest(InputStream in, MessageDigest digest) throws IOException {
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
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
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
