package newsfacts.index;

/**
 * The index cannot be opened or written: locked by another ingest, corrupt, or on a full/read-only
 * disk. The message says what happened, to which folder, and what to do; callers print it as is.
 */
public final class IndexException extends Exception {
  private static final long serialVersionUID = 1L;

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
