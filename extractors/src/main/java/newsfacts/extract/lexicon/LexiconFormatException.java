package newsfacts.extract.lexicon;

/**
 * A lexicon file has a bad line. The message is {@code file:line: reason: text} so an editor can jump to it.
 */
public final class LexiconFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final String text;
  private final String reason;

  public LexiconFormatException(String file, int line, String text, String reason) {
    super(file + ":" + line + ": " + reason + (text == null ? "" : ": " + abbreviate(text)));
    this.file = file;
    this.line = line;
    this.text = text;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** 1-based line number. */
  public int line() {
    return line;
  }

  public String text() {
    return text;
  }

  public String reason() {
    return reason;
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
