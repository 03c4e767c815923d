package newsfacts.read;

import java.util.List;

/**
 * Paragraphs an outlet marks as not its article: an ad or a sponsored block ("Реклама. ООО …", "【PR】",
 * "Anzeige"), a "related reading" line ("【相关阅读】…", "Читайте также"). Such a paragraph is dropped from the
 * text, whatever its markup: in plain text, in a feed item, or in a page whose container has no telling class
 * name. A paragraph is marked when one of its lines starts with a marker, past decoration ("━━━").
 */
final class MarkedBlocks {
  private MarkedBlocks() {}

  /** Markers at the start of a line, matched as written. */
  private static final List<String> MARKERS = List.of("【PR】", "【広告】", "【AD】", "【广告】", "【廣告】",
      "【相关阅读】", "【相關閱讀】", "【推荐阅读】", "【推薦閱讀】", "【延伸阅读】", "【延伸閱讀】", "【関連記事】",
      "Реклама.", "Реклама:", "Читайте также", "Anzeige:", "Advertentie:", "Advertisement:",
      "Sponsored:");
  /** Markers that are a whole line on their own. */
  private static final List<String> LINES = List.of("Реклама", "Anzeige", "Advertentie", "Advertisement",
      "Sponsored", "Werbung", "广告", "廣告", "広告", "PR");

  /** True when a line of {@code paragraph} starts with a marker. */
  static boolean marked(String paragraph) {
    for (String line : paragraph.split("\n")) {
      String l = line.strip();
      for (String m : MARKERS) {
        if (l.startsWith(m)) {
          return true;
        }
      }
      if (LINES.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} without its marked paragraphs (paragraphs are separated by blank lines). */
  static String drop(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean dropped = false;
    for (String p : text.split("\n\n", -1)) {
      if (marked(p)) {
        dropped = true;
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(p);
    }
    return dropped ? out.toString() : text;
  }
}
