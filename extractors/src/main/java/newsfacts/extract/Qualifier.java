package newsfacts.extract;

/**
 * How a figure is hedged in the text. {@code APPROX} is "about/ruim/rund/около/約/约"; {@code AT_LEAST} is
 * "more than/超过/mehr als"; {@code AT_MOST} is "up to/bis zu/до". Facts with any qualifier are
 * {@code approximate}.
 */
public enum Qualifier {
  APPROX,
  AT_LEAST,
  AT_MOST;

  /** The JSON name: approx, atLeast, atMost. */
  public String jsonName() {
    return switch (this) {
      case APPROX -> "approx";
      case AT_LEAST -> "atLeast";
      case AT_MOST -> "atMost";
    };
  }

  public static Qualifier fromJson(String s) {
    for (Qualifier q : values()) {
      if (q.jsonName().equalsIgnoreCase(s) || q.name().equalsIgnoreCase(s.replace('-', '_'))) {
        return q;
      }
    }
    throw new IllegalArgumentException("unknown qualifier '" + s + "', expected approx, atLeast or atMost");
  }
}
