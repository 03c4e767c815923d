package newsfacts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Title, publication date and URL of an HTML page, from its head and markup.
 *
 * <ul>
 *   <li>Title: {@code og:title} as written, else {@code <title>} trimmed of a site name after or
 *       before a separator ({@code " | Site"}, {@code " - Site"}, {@code "-新华网"}), else the first
 *       {@code <h1>}, else JSON-LD {@code headline}. When the chosen title splits at a separator into
 *       a part equal to an {@code <h1>} of the page, that part is the title.
 *   <li>Date: {@code article:published_time} and similar metas, {@code itemprop=datePublished},
 *       JSON-LD {@code datePublished}, {@code <time datetime>} in the article, an element classed
 *       {@code time}/{@code date} whose text is a date (numeric, or with a month name or 年月日), then a date in the
 *       canonical URL's path; as ISO 8601 via
 *       {@link Dates#iso}.
 *   <li>URL: {@code <link rel=canonical>}, else {@code og:url}.
 * </ul>
 */
final class PageMetadata {
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s*[|｜]\\s*|\\s+[-–—]\\s+|\\s*[-–—]\\s*(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]\\S{0,11}$)");
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern JSON_LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"]{1,400})\"");
  private static final String[] DATE_METAS = {
      "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
      "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
      "sailthru.date", "parsely-pub-date", "date"};

  // Queries parsed once (jsoup's Evaluators are thread-safe), not on every select.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator TITLE = QueryParser.parse("title");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator META_CONTENT = QueryParser.parse("meta[content]");
  private static final Evaluator ITEMPROP_DATE = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator TIME = QueryParser.parse("article time[datetime], time[pubdate]");
  private static final Evaluator DATE_CLASS =
      QueryParser.parse("[class~=(?i)(^|[-_\\s])(time|date|pubtime|pubdate)([-_\\s]|$)]");

  private PageMetadata() {}

  /** The page's metadata; {@code null} components when unknown. */
  record Meta(String title, String published, String url) {}

  static Meta of(Document doc) {
    Map<String, String> metas = metas(doc);
    String url = first(attr(doc, CANONICAL, "abs:href"), metas.get("og:url"));
    return new Meta(title(doc, metas), published(doc, url, metas), url);
  }

  static String title(Document doc) {
    return title(doc, metas(doc));
  }

  private static String title(Document doc, Map<String, String> metas) {
    List<String> headings = new ArrayList<>();
    for (Element h1 : doc.select(H1)) {
      String text = BlockText.collapse(h1.text());
      if (!text.isEmpty()) {
        headings.add(text);
      }
    }
    String og = clean(metas.get("og:title"));
    if (og != null) {
      return matchingPart(og, headings, false);
    }
    Element titleTag = doc.head().selectFirst(TITLE); // not an <svg><title> in the body
    if (titleTag == null) {
      titleTag = doc.selectFirst(TITLE);
    }
    String title = titleTag == null ? null : clean(titleTag.text());
    if (title != null) {
      return matchingPart(title, headings, true);
    }
    if (!headings.isEmpty()) {
      return headings.get(0);
    }
    for (Element script : doc.select(JSON_LD)) {
      Matcher m = JSON_LD_HEADLINE.matcher(script.data());
      if (m.find()) {
        return clean(m.group(1));
      }
    }
    return null;
  }

  /**
   * The part of {@code title} equal to a heading; else, when {@code trimSite}, the title without its
   * shortest part (the site name); else the title.
   */
  static String matchingPart(String title, List<String> headings, boolean trimSite) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    for (String part : parts) {
      for (String heading : headings) {
        if (part.strip().equals(heading)) {
          return heading;
        }
      }
    }
    if (!trimSite) {
      return title;
    }
    Matcher m = SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    String head = title.substring(0, lastStart).strip();
    String tail = title.substring(lastEnd).strip();
    if (tail.length() <= head.length()) {
      return head;
    }
    String rest = title.substring(firstEnd).strip();
    String front = title.substring(0, firstStart).strip();
    return front.length() < rest.length() ? rest : title;
  }

  private static String published(Document doc, String url, Map<String, String> metas) {
    for (String name : DATE_METAS) {
      String iso = Dates.iso(metas.get(name));
      if (iso != null) {
        return iso;
      }
    }
    for (Element e : doc.select(ITEMPROP_DATE)) {
      String iso = Dates.iso(first(e.attr("content"), e.attr("datetime")));
      if (iso != null) {
        return iso;
      }
    }
    for (Element time : doc.select(TIME)) {
      String iso = Dates.iso(time.attr("datetime"));
      if (iso != null) {
        return iso;
      }
    }
    for (Element script : doc.select(JSON_LD)) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        String iso = Dates.iso(m.group(1));
        if (iso != null) {
          return iso;
        }
      }
    }
    for (Element e : doc.select(DATE_CLASS)) {
      String text = e.ownText().strip();
      if (text.length() <= 40) {
        String iso = Dates.iso(text);
        if (iso == null) {
          iso = Dates.fromWords(text);
        }
        if (iso != null) {
          return iso;
        }
      }
    }
    return url == null ? null : Dates.inUrl(url);
  }

  /**
   * The {@code <meta content>} values by lower-cased key ({@code property}, else {@code name}, else
   * {@code itemprop}): the first non-blank value of each key in document order. One walk of the page
   * instead of one per key looked up (sixteen).
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element e : doc.select(META_CONTENT)) {
      String key = first(e.attr("property"), e.attr("name"), e.attr("itemprop"));
      if (key != null) {
        String value = e.attr("content").strip();
        if (!value.isEmpty()) {
          metas.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
        }
      }
    }
    return metas;
  }

  private static String attr(Document doc, Evaluator query, String attribute) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String value = e.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = BlockText.collapse(s.replace('\n', ' '));
    return c.isEmpty() ? null : c;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
