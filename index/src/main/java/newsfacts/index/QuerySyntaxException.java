package newsfacts.index;

/** The query string is not valid query syntax. The message names the position and the problem. */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
