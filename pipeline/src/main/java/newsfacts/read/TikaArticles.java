package newsfacts.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads binary document formats (PDF, DOCX, DOC, RTF) with Tika's {@link AutoDetectParser}, which
 * guards against zip bombs with its {@code SecureContentHandler}. Text beyond {@code maxChars} is cut
 * with a warning (Tika's {@link WriteLimitReachedException}); the text read so far is kept.
 */
final class TikaArticles {
  private final AutoDetectParser parser = new AutoDetectParser();
  private final int maxChars;

  TikaArticles(int maxChars) {
    this.maxChars = maxChars;
  }

  Article read(String source, String id, byte[] bytes, String fileName) throws ReadException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    List<String> warnings = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ReadException("cannot parse " + type(metadata) + ": " + e.getMessage(), e);
      }
      warnings.add("text cut at " + maxChars + " characters (maxChars)");
    } catch (EncryptedDocumentException e) {
      throw new ReadException(kind(metadata) + " is password-protected", e);
    } catch (ZeroByteFileException e) {
      throw new ReadException("empty file", e);
    } catch (TikaException | IOException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        warnings.add("text cut at " + maxChars + " characters (maxChars)");
        return finish(source, id, handler, metadata, warnings);
      }
      String reason = reason(e);
      throw new ReadException(reason.toLowerCase(Locale.ROOT).contains("bomb")
          ? kind(metadata) + " looks like a zip bomb: " + reason
          : "cannot parse " + type(metadata) + ": " + reason, e);
    }
    return finish(source, id, handler, metadata, warnings);
  }

  private static Article finish(String source, String id, BodyContentHandler handler, Metadata metadata,
      List<String> warnings) {
    String text = PlainText.normalize(handler.toString()).strip();
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      title = PlainText.title(text);
    }
    String published = Dates.iso(metadata.get(TikaCoreProperties.CREATED));
    warnings.addAll(TextArticles.textWarnings(text));
    if (text.isEmpty()) {
      warnings.add("no text in the document (a scanned PDF needs OCR)");
    }
    return new Article(source, id, text, title == null ? null : title.strip(), published, null, null, type(metadata),
        warnings);
  }

  private static String type(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null ? "application/octet-stream" : type.split(";")[0].strip();
  }

  private static String kind(Metadata metadata) {
    String type = type(metadata);
    if (type.equals("application/pdf")) {
      return "PDF";
    }
    if (type.contains("wordprocessingml")) {
      return "DOCX";
    }
    if (type.equals("application/msword")) {
      return "DOC";
    }
    return "document (" + type + ")";
  }

  /** The innermost meaningful message of a parse failure. */
  private static String reason(Throwable e) {
    String message = e.getMessage();
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null) {
        message = message == null ? t.getMessage() : message + " (" + t.getMessage() + ")";
        break;
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
