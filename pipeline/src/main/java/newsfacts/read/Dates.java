package newsfacts.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as ISO 8601 strings: {@code 2021-11-03T16:45:00+01:00} when the source gives a
 * time and offset, {@code 2021-11-03T16:45:00} for a local time, {@code 2021-11-03} for a bare date.
 */
final class Dates {
  private static final Pattern COMPACT =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})([+-]\\d{2}:?\\d{2}|Z)?");
  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\\d|3[01])(?:/|[^0-9])");

  private static final Pattern CJK_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?iu)\\b(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  /** Month names (en, de, nl, ru genitive and nominative), lower case, to month numbers. */
  private static final Map<String, Integer> MONTHS = months();

  private Dates() {}

  private static Map<String, Integer> months() {
    String[][] names = {
        {"january", "jan", "januar", "januari", "января", "январь"},
        {"february", "feb", "februar", "februari", "февраля", "февраль"},
        {"march", "mar", "märz", "maerz", "maart", "марта", "март"},
        {"april", "apr", "апреля", "апрель"},
        {"may", "mai", "mei", "мая", "май"},
        {"june", "jun", "juni", "июня", "июнь"},
        {"july", "jul", "juli", "июля", "июль"},
        {"august", "aug", "augustus", "августа", "август"},
        {"september", "sep", "sept", "сентября", "сентябрь"},
        {"october", "oct", "oktober", "okt", "октября", "октябрь"},
        {"november", "nov", "ноября", "ноябрь"},
        {"december", "dec", "dezember", "dez", "декабря", "декабрь"}};
    Map<String, Integer> map = new HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        map.put(name, m + 1);
      }
    }
    return Map.copyOf(map);
  }

  /**
   * A date written with a month name or CJK units ({@code 15 августа 2016}, {@code 3. November 2021},
   * {@code March 9, 2017}, {@code 2019年6月24日}) as an ISO date, or null.
   */
  static String fromWords(String text) {
    if (text == null) {
      return null;
    }
    Matcher cjk = CJK_DATE.matcher(text);
    if (cjk.find()) {
      return date(cjk.group(1), cjk.group(2), cjk.group(3));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find()) {
      Integer month = MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(dmy.group(3), month.toString(), dmy.group(1));
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find()) {
      Integer month = MONTHS.get(mdy.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return date(mdy.group(3), month.toString(), mdy.group(2));
      }
    }
    return null;
  }

  /** {@code value} as ISO 8601, or null when it is not a date newsfacts can read. */
  static String iso(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(v.replace(' ', 'T')).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    Matcher compact = COMPACT.matcher(v);
    if (compact.matches()) {
      String offset = compact.group(7) == null ? "" : compact.group(7);
      if (offset.length() == 5) {
        offset = offset.substring(0, 3) + ":" + offset.substring(3);
      }
      return iso(compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3) + "T"
          + compact.group(4) + ":" + compact.group(5) + ":" + compact.group(6) + offset);
    }
    Matcher leading = LEADING_DATE.matcher(v);
    if (leading.find()) {
      return date(leading.group(1), leading.group(2), leading.group(3));
    }
    return null;
  }

  /** A feed or WARC date as ISO 8601 in UTC, or null. */
  static String iso(Date date) {
    return date == null ? null : iso(date.toInstant());
  }

  static String iso(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** A date in a URL path ({@code /2021/11/03/}, {@code /20211103/}, {@code /2020-02/19/}), or null. */
  static String inUrl(String url) {
    Matcher m = URL_DATE.matcher(url + "/");
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
