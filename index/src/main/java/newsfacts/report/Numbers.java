package newsfacts.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by the renderers: locale-independent, so output is the same everywhere. */
final class Numbers {
  private Numbers() {}

  /** A whole count with thousands separators: {@code 1,234,567}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A US dollar total for people: {@code $52.81 bn}, {@code $3.50 m}, {@code $950}. */
  static String usd(long usd) {
    return "$" + human(usd);
  }

  /** An amount in any currency unit for people: {@code 380.00 bn}. */
  static String human(double v) {
    double a = Math.abs(v);
    if (a >= 1e12) {
      return String.format(Locale.ROOT, "%.2f tn", v / 1e12);
    }
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.2f m", v / 1e6);
    }
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** A number as written in the fact records: no exponent, no trailing zeros ({@code 89}, {@code 72.5}). */
  static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e18) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
  }

  /** A source path or URL shortened for a table cell: the last path segment. */
  static String shortSource(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 || slash == source.length() - 1 ? source : source.substring(slash + 1);
  }
}
