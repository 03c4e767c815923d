package newsfacts.read;

/** A file could not be read at all. The message is the reason shown on the file's error record. */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReadException(String reason) {
    super(reason);
  }

  public ReadException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
