package newsfacts.read;

/**
 * A file could not be read at all. The message is the reason shown on the file's error record: one
 * line of at most {@value #MAX_REASON} characters. Parsers quote the bytes they choke on, and those
 * bytes come from the file: control characters and line breaks become spaces and the rest is cut, so
 * a hostile file cannot forge lines in the ingest summary or bloat its error record.
 */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;
  /** The longest reason kept; longer ones end with an ellipsis. */
  static final int MAX_REASON = 500;

  public ReadException(String reason) {
    super(clean(reason));
  }

  public ReadException(String reason, Throwable cause) {
    super(clean(reason), cause);
  }

  static String clean(String reason) {
    if (reason == null) {
      return null;
    }
    String line = reason.replaceAll("[\\s\\p{Cc}\uFFFD]+", " ").strip();
    if (line.length() <= MAX_REASON) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(MAX_REASON - 1)) ? MAX_REASON - 1 : MAX_REASON;
    return line.substring(0, end) + "…";
  }
}
