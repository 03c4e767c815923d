package newsfacts.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads plain-text and HTML bytes into an {@link Article}: charset sniffing ({@link CharsetSniffer}),
 * decoding, then {@link PlainText} or {@link PageMetadata} + {@link MainText}. Decoding is done
 * here, never by the HTML parser, so one charset decision holds for the whole document.
 */
final class TextArticles {
  /** Mojibake of UTF-8 read as windows-1252/Latin-1 ({@code Ã©}, {@code â€™}, {@code Ð¾}). */
  /**
   * A pair of chars that UTF-8 bytes make when decoded as a single-byte charset: a lead byte read as
   * Ã, Â, Ð or Ñ before a continuation byte (U+0080-U+00BF), or "â€" (the start of ’ “ ” – —).
   */
  private static boolean mojibake(char c, char next) {
    return (c == 'Ã' || c == 'Â' || c == 'Ð' || c == 'Ñ') ? next >= '\u0080' && next <= '\u00BF'
        : c == 'â' && next == '€';
  }
  /** How many mojibake pairs make a warning (one can be real text). */
  static final int MOJIBAKE_MIN = 3;

  private static final Evaluator RUBY_READINGS = QueryParser.parse("rt, rp");

  private final CharsetSniffer sniffer = new CharsetSniffer();
  private final int maxChars;

  TextArticles(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * @param charsetHint a charset label from a Content-Type outside the bytes, or null
   * @param url the URL when known from outside (WARC), or null
   * @param date the ISO date when known from outside (WARC), or null
   */
  Article plain(String source, String id, byte[] bytes, String charsetHint, String url, String date) {
    CharsetSniffer.Decoded read = sniffer.decode(bytes, charsetHint);
    CharsetSniffer.Choice choice = read.choice();
    List<String> warnings = new ArrayList<>();
    String decoded = read.text();
    PlainText.Parts parts = PlainText.of(decoded);
    String text = limit(parts.text(), warnings);
    check(text, choice, warnings);
    return new Article(source, id, text, parts.title(), date != null ? date : parts.published(), url,
        choice.charset().name(), "text/plain", warnings);
  }

  Article html(String source, String id, byte[] bytes, String charsetHint, String url, String date) {
    CharsetSniffer.Decoded read = sniffer.decode(bytes, charsetHint);
    CharsetSniffer.Choice choice = read.choice();
    List<String> warnings = new ArrayList<>();
    String decoded = withoutInternalSubset(read.text());
    Document doc = Jsoup.parse(decoded, url == null ? "" : url, Parser.htmlParser());
    doc.select(RUBY_READINGS).remove();
    PageMetadata.Meta meta = PageMetadata.of(doc);
    String text = limit(MainText.of(doc), warnings);
    check(text, choice, warnings);
    if (text.isEmpty()) {
      warnings.add("no main text found in the page");
    }
    String published = date != null ? date : meta.published();
    String pageUrl = url != null ? url : meta.url();
    return new Article(source, id, text, meta.title(), published, pageUrl, choice.charset().name(), "text/html",
        warnings);
  }

  /**
   * The page without the internal subset of its DOCTYPE ({@code <!DOCTYPE html [<!ENTITY ...>]>}, legal in
   * XHTML). The HTML parser ends the doctype at the first {@code >}, so the rest of the subset became body
   * text and pulled the head (the title) into the main text. Entities declared there are never expanded.
   * Linear: one pass over the subset, skipping quoted literals and comments.
   */
  static String withoutInternalSubset(String page) {
    int limit = Math.min(page.length(), 4096);
    int doctype = -1;
    for (int i = page.indexOf('<'); i >= 0 && i < limit; i = page.indexOf('<', i + 1)) {
      if (page.regionMatches(true, i, "<!doctype", 0, 9)) {
        doctype = i;
        break;
      }
    }
    if (doctype < 0) {
      return page;
    }
    int open = -1;
    for (int i = doctype + 9; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '>') {
        return page; // no internal subset
      }
      if (c == '"' || c == '\'') {
        int close = page.indexOf(c, i + 1);
        if (close < 0) {
          return page;
        }
        i = close;
      } else if (c == '[') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return page;
    }
    for (int i = open + 1; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c == '"' || c == '\'') {
        int close = page.indexOf(c, i + 1);
        i = close < 0 ? page.length() : close;
      } else if (page.startsWith("<!--", i)) {
        int close = page.indexOf("-->", i + 4);
        i = close < 0 ? page.length() : close + 2;
      } else if (c == ']') {
        return page.substring(0, open) + page.substring(i + 1);
      }
    }
    return page; // an unterminated subset: the parser copes as before
  }

  private String limit(String text, List<String> warnings) {
    if (text.length() <= maxChars) {
      return text;
    }
    warnings.add("text cut at " + maxChars + " characters (maxChars)");
    int end = maxChars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static void check(String text, CharsetSniffer.Choice choice, List<String> warnings) {
    if (choice.declared() != null && choice.basis() != CharsetSniffer.Basis.DECLARED
        && choice.basis() != CharsetSniffer.Basis.BOM) {
      var declared = Charsets.forLabel(choice.declared());
      if (declared != null && !declared.equals(choice.charset())) {
        warnings.add("declared charset " + choice.declared() + " does not fit the bytes; decoded as "
            + choice.charset().name());
      }
    }
    warnings.addAll(textWarnings(text));
  }

  /** Warnings about the decoded text itself: replacement characters and mojibake. One pass, no regex. */
  static List<String> textWarnings(String text) {
    List<String> warnings = new ArrayList<>();
    long replacements = 0;
    int pairs = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replacements++;
      } else if (pairs < MOJIBAKE_MIN && i + 1 < n && mojibake(c, text.charAt(i + 1))) {
        pairs++;
        i++;
      }
    }
    if (replacements > 0) {
      warnings.add("text contains " + replacements + " U+FFFD replacement characters: bytes invalid in the charset");
    }
    if (pairs >= MOJIBAKE_MIN) {
      warnings.add("text looks like mojibake (UTF-8 decoded as a single-byte charset)");
    }
    return warnings;
  }
}
