package newsfacts.extract;

import java.util.Locale;

/** The kinds of fact newsfacts extracts. The JSON name is the lower-case constant name. */
public enum FactType {
  /** A company, lab, investor or analyst firm: {@code id}, {@code name}. */
  COMPANY,
  /** An AI model or model family: {@code id}, {@code name}, {@code company} (vendor), {@code known}. */
  MODEL,
  /** A money figure: {@code amount}, {@code currency} (ISO 4217), optional {@code max}, {@code qualifier}. */
  MONEY,
  /** A percentage: {@code value}, optional {@code max}. */
  PERCENT,
  /** A benchmark score: {@code value}, {@code metric}, {@code model}. */
  SCORE;

  /** The name used in JSON, the index and on the command line. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a JSON name ("money"), case-insensitively. */
  public static FactType fromJson(String name) {
    for (FactType t : values()) {
      if (t.jsonName().equalsIgnoreCase(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown fact type '" + name + "', expected one of company, model, money, percent, score");
  }
}
