package newsfacts.serve;

/** A request parameter the API cannot use; answered with 400 and a JSON error naming it. */
final class BadParameterException extends Exception {
  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The offending parameter's name. */
  String parameter() {
    return parameter;
  }
}
