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

  /** Markers at the start of a line, matched as written (Latin ones in any case: "SPONSORED:"). */
  private static final List<String> MARKERS = List.of("【PR】", "【広告】", "【AD】", "【广告】", "【廣告】",
      "【相关阅读】", "【相關閱讀】", "【推荐阅读】", "【推薦閱讀】", "【延伸阅读】", "【延伸閱讀】", "【関連記事】",
      "往期推荐", "往期回顾", "推荐阅读：", "推薦閱讀：", "相关阅读：", "相關閱讀：", "延伸阅读：", "延伸閱讀：", "关联阅读：", "関連記事：",
      "Реклама.", "Реклама:", "Читайте также", "Читают сейчас", "Anzeige:", "Advertentie:", "Advertisement:",
      "Sponsored:", "Lees ook:", "Lesen Sie auch:", "Read more:", "Related:", "［PR］", "[PR]", "Mehr zum Thema:");
  /** Markers that are a whole line on their own. */
  private static final List<String> LINES = List.of("Реклама", "Anzeige", "Advertentie", "Advertisement",
      "Sponsored", "Werbung", "广告", "廣告", "広告", "PR");

  /**
   * Headings of a list of other articles' titles ("相關新聞", "関連記事", "Mehr zum Thema"): the heading and the
   * titles under it are not the article ({@link #teaser}).
   */
  private static final List<String> RELATED = List.of("相關新聞", "相关新闻", "相關文章", "相关文章", "相關報導", "相关报道",
      "関連記事", "関連ニュース", "往期推荐", "往期回顾", "推荐阅读", "推薦閱讀", "mehr zum thema", "das könnte sie auch interessieren",
      "lees ook", "meer nieuws", "gerelateerd", "related", "related articles", "related stories", "read more",
      "more stories", "читайте также", "похожие новости", "по теме");

  /** True when {@code paragraph} is a heading of related articles alone ({@link #RELATED}), a colon allowed. */
  static boolean relatedHeading(String paragraph) {
    String l = paragraph.strip().toLowerCase(java.util.Locale.ROOT);
    if (l.endsWith(":") || l.endsWith("：")) {
      l = l.substring(0, l.length() - 1).strip();
    }
    return RELATED.contains(l);
  }

  /** Longest title (chars) taken for a teaser under a related-articles heading. */
  private static final int TEASER = 80;

  /** True when {@code paragraph} reads as an article's title in a list: one short line, no full stop at its end. */
  static boolean teaser(String paragraph) {
    String l = paragraph.strip();
    if (l.isEmpty() || l.length() > TEASER || l.indexOf('\n') >= 0) {
      return false;
    }
    char last = l.charAt(l.length() - 1);
    return ".。".indexOf(last) < 0; // a headline may ask or exclaim: "市值突破3000亿元，还能追吗？"
  }

  /** Most teasers dropped after one related-articles heading. */
  private static final int TEASERS = 10;

  /** True when a line of {@code paragraph} starts with a marker. */
  static boolean marked(String paragraph) {
    for (String line : paragraph.split("\n")) {
      String l = line.strip();
      if (adRule(l)) {
        return true; // "------ ADVERTENTIE ------"
      }
      if (firstOn(l)) {
        return true; // WordPress's feed footer: "The post … appeared first on …"
      }
      for (String m : MARKERS) {
        if (l.regionMatches(m.charAt(0) < 128, 0, m, 0, m.length())) {
          return true;
        }
      }
      if (LINES.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line a WordPress feed ends each item with, in the six languages' translations of WordPress: how it starts
   * (empty: anywhere) and what it then says ("The post … appeared first on …").
   */
  private static final String[][] FIRST_ON = {{"The post ", " appeared first on "},
      {"Der Beitrag ", " erschien zuerst auf "}, {"Het bericht ", " verscheen eerst op "},
      {"Запись ", " впервые появилась "}, {"", "最先出现在"}, {"", "で最初に公開されました"}};
  /** Longest line (chars) read as that footer. */
  private static final int FIRST_ON_MAX = 500;

  private static boolean firstOn(String l) {
    if (l.length() > FIRST_ON_MAX) {
      return false;
    }
    for (String[] f : FIRST_ON) {
      if (l.startsWith(f[0]) && l.indexOf(f[1], f[0].length()) > 0) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code l} is a rule line with an ad marker in it: "------ ADVERTENTIE ------", "=== Anzeige ===". */
  private static boolean adRule(String l) {
    int a = 0;
    while (a < l.length() && RULE_CHARS.indexOf(l.charAt(a)) >= 0) {
      a++;
    }
    int b = l.length();
    while (b > a && RULE_CHARS.indexOf(l.charAt(b - 1)) >= 0) {
      b--;
    }
    if (a < 3 || l.length() - b < 3) {
      return false;
    }
    String word = l.substring(a, b).strip();
    for (String m : LINES) {
      if (word.equalsIgnoreCase(m)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a copyright line: the block after a rule line that holds one is the outlet's footer. */
  private static final List<String> COPYRIGHT = List.of("(c)", "©", "all rights reserved", "alle rechte vorbehalten",
      "alle rechten voorbehouden", "все права защищены", "版权所有", "版權所有", "無断転載", "無斷轉載");
  /** Longest footer (chars) dropped after a rule line. */
  private static final int FOOTER = 800;

  /**
   * {@code text} without its marked paragraphs (paragraphs are separated by blank lines) and without a footer: what
   * follows the last rule line ("-----", "=====", "━━━", at least 8 chars) when it is short and holds a copyright
   * line ("Subscriptions: USD 4,800 per seat … (c) 2026 Asia Tech Wire Ltd.").
   */
  static String drop(String text) {
    text = dropFooter(text);
    List<String> paragraphs = List.of(text.split("\n\n", -1));
    List<String> kept = keep(paragraphs);
    return kept.size() == paragraphs.size() ? text : String.join("\n\n", kept);
  }

  /**
   * The paragraphs that are the article's, in order: without the marked ones ({@link #marked}), the related-articles
   * headings ({@link #relatedHeading}) and the titles under each (at most {@value #TEASERS}, while they read as
   * titles: {@link #teaser}).
   */
  static List<String> keep(List<String> paragraphs) {
    List<String> out = new java.util.ArrayList<>(paragraphs.size());
    int teasers = 0;
    for (String p : paragraphs) {
      if (teasers > 0 && teaser(p)) {
        teasers--; // a title under "相關新聞", "関連記事"
        continue;
      }
      teasers = relatedHeading(p) ? TEASERS : 0;
      if (teasers == 0 && !marked(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static String dropFooter(String text) {
    int from = Math.max(0, text.length() - FOOTER);
    int rule = -1;
    for (int end = text.length(); end > from; ) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      if (ruleLine(text, start, end)) {
        rule = start;
        break;
      }
      end = start - 1;
      if (end <= 0) {
        break;
      }
    }
    if (rule < 0) {
      return text;
    }
    String footer = text.substring(rule).toLowerCase(java.util.Locale.ROOT);
    for (String c : COPYRIGHT) {
      if (footer.contains(c)) {
        return text.substring(0, rule).stripTrailing();
      }
    }
    return text;
  }

  /** The chars a rule line is drawn with. */
  private static final String RULE_CHARS = "-=━─_*～~—";

  /** True when {@code [start, end)} is a line of at least 8 rule chars and nothing else but spaces. */
  private static boolean ruleLine(String t, int start, int end) {
    int n = 0;
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      if (RULE_CHARS.indexOf(c) >= 0) {
        n++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return n >= 8;
  }
}
