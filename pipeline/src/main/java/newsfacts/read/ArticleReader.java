package newsfacts.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads raw files into {@link Article}s with Apache Tika: media type and charset detection, main text,
 * title. Thread-safe: one instance serves every thread.
 */
public final class ArticleReader {
  private final ReaderConfig config;
  private final AutoDetectParser parser = new AutoDetectParser();

  public ArticleReader(ReaderConfig config) {
    this.config = config;
  }

  /**
   * Reads {@code file}; {@code source} is the path as the user gave it (kept on the records).
   *
   * @return the articles in the file, in file order (one for plain files and pages)
   * @throws ReadException when nothing can be read; the message is the reason
   */
  public List<Article> read(Path file, String source) throws ReadException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > config.maxBytes()) {
        throw new ReadException("file is " + size + " bytes, over the limit of " + config.maxBytes());
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(config.maxChars());
    List<String> warnings = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, handler, md, new ParseContext());
    } catch (SAXException e) {
      warnings.add("text cut at " + config.maxChars() + " characters");
    } catch (TikaException | IOException e) {
      throw new ReadException("cannot parse: " + e.getMessage(), e);
    }
    String text = handler.toString().strip();
    if (text.isEmpty()) {
      throw new ReadException("no text found");
    }
    String type = md.get(Metadata.CONTENT_TYPE);
    String contentType = type == null ? "application/octet-stream" : type.split(";")[0].strip();
    String title = md.get(TikaCoreProperties.TITLE);
    if (title == null && contentType.startsWith("text/plain")) {
      int nl = text.indexOf('\n');
      title = (nl < 0 ? text : text.substring(0, nl)).strip();
    }
    if (text.indexOf('\uFFFD') >= 0) {
      warnings.add("text contains U+FFFD replacement characters: the charset may be wrong");
    }
    return List.of(new Article(source, sha256(bytes), text, title, null, null,
        md.get(Metadata.CONTENT_ENCODING), contentType, warnings));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
