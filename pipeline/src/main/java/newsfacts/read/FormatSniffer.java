package newsfacts.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Decides how a file is read, from its leading bytes and then its name: magic numbers first (WARC,
 * gzip, PDF, ZIP/OOXML, OLE2, RTF), then markup sniffing of the first {@value #WINDOW} bytes (feed
 * root elements, HTML tags), then the extension, then a binary check. Like Tika's {@code Detector}
 * this only detects; it never reads past the window and never fails.
 */
final class FormatSniffer {
  /** How many leading bytes are looked at. */
  static final int WINDOW = 4096;

  /** How a file is read. */
  enum Format {
    /** Plain text: decoded by newsfacts. */
    TEXT,
    /** HTML or XHTML: decoded by newsfacts, main text extracted. */
    HTML,
    /** RSS or Atom: one article per item/entry (ROME). */
    FEED,
    /** WARC, plain or gzipped: one article per HTML/text response record (jwarc). */
    WARC,
    /** A binary document format Tika parses (PDF, DOCX, DOC, RTF...). */
    DOCUMENT,
    /** Bytes that are none of the above. */
    BINARY
  }

  private FormatSniffer() {}

  static Format sniff(byte[] bytes, String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (startsWith(bytes, "WARC/")) {
      return Format.WARC;
    }
    if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      return startsWith(gunzipHead(bytes), "WARC/") || name.endsWith(".warc.gz") ? Format.WARC : Format.BINARY;
    }
    if (startsWith(bytes, "%PDF-") || startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "{\\rtf")
        || bytes.length > 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
            && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
      return Format.DOCUMENT;
    }
    String head = asciiHead(bytes).toLowerCase(Locale.ROOT);
    boolean page = head.contains("<html") || head.contains("<!doctype html");
    if (!page && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))) {
      return Format.FEED;
    }
    if (page || head.contains("<head") || head.contains("<body") || head.contains("<meta ")
        || head.contains("<title") || head.contains("<p>") || head.contains("<div")) {
      return Format.HTML;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return Format.FEED;
    }
    if (head.startsWith("<?xml") || head.startsWith("\u00ef\u00bb\u00bf<?xml")) {
      return Format.DOCUMENT; // other XML: Tika's XML parser keeps the character data
    }
    if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".rtf")) {
      return Format.DOCUMENT;
    }
    return looksBinary(bytes) ? Format.BINARY : Format.TEXT;
  }

  /**
   * True when the first {@value #WINDOW} bytes hold control bytes that no text charset newsfacts
   * reads produces (NUL outside UTF-16, or more than 1% of C0 controls other than tab, line breaks,
   * form feed and ESC).
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, WINDOW);
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return false; // UTF-16 with BOM has NULs by design
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls * 100 > n;
  }

  /**
   * The leading bytes as Latin-1 with NULs removed, so UTF-16 markup is visible too. Copied as a
   * block (one array copy when there is no NUL), not appended char by char: this runs on every file.
   */
  private static String asciiHead(byte[] bytes) {
    int n = Math.min(bytes.length, WINDOW);
    int nul = 0;
    while (nul < n && bytes[nul] != 0) {
      nul++;
    }
    if (nul == n) {
      return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    }
    byte[] kept = new byte[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] != 0) {
        kept[k++] = bytes[i];
      }
    }
    return new String(kept, 0, k, StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (bytes[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] gunzipHead(byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readNBytes(16);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
