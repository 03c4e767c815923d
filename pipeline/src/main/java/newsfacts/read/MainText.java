package newsfacts.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article's main text, without navigation, menus, cookie banners, ads, "most read" lists and
 * footers: a small readability-style extractor over the jsoup DOM.
 *
 * <ol>
 *   <li>Prune: drop non-content elements ({@code script style nav aside footer form...}, ruby
 *       readings), hidden elements, and elements whose {@code class}/{@code id} names boilerplate
 *       ({@link #BOILERPLATE}), unless they hold most of the page's text.
 *   <li>Score: every paragraph-like block ({@code p pre td}, text-only {@code div}) with at least
 *       {@value #MIN_PARAGRAPH} characters scores {@code 1 + commas + min(length / 100, 3)}, added in
 *       full to its parent, half to its grandparent and a third to the great-grandparent. Containers
 *       start with a tag and class/id weight; the final score is scaled by {@code 1 - link density}.
 *   <li>Select: the best container plus those siblings that score at least a fifth of it or are
 *       long, link-poor paragraphs.
 *   <li>Render the selection with {@link BlockText}, dropping paragraphs that are mostly links.
 * </ol>
 *
 * <p>All walks are iterative; nothing recurses on the DOM depth.
 */
final class MainText {
  /** Shortest paragraph (characters; a CJK character counts double) that is scored. */
  static final int MIN_PARAGRAPH = 25;
  /** How much more non-link text an ancestor may hold and still be taken as the article. */
  static final double WIDEN = 1.25;
  /** How many levels the best container may be widened (bounds the work on deeply nested pages). */
  static final int WIDEN_LEVELS = 5;
  /** Link density above which a container is navigation, not article. */
  static final double LINKY = 0.33;

  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
      "textarea", "rt", "rp", "object", "embed", "video", "audio", "map", "head", "link", "meta", "time");
  /** Dropped like boilerplate names: unless they hold most of the text (ASP.NET wraps pages in a form). */
  private static final Set<String> SOFT_DROP_TAGS = Set.of("nav", "aside", "footer", "form", "menu", "dialog");

  /** Class/id tokens of boilerplate containers. */
  static final Set<String> BOILERPLATE = Set.of(
      "nav", "navi", "navbar", "navigation", "menu", "menubar", "footer", "cookie", "cookies", "consent",
      "gdpr", "banner", "ad", "ads", "adv", "advert", "advertisement", "anzeige", "sponsor", "sponsored",
      "promo", "promotion", "related", "recommended", "recommendation", "recommendations", "mostread",
      "popular", "trending", "subscribe", "subscription", "newsletter", "paywall", "share", "sharing",
      "social", "comment", "comments", "disqus", "sidebar", "breadcrumb", "breadcrumbs", "pagination",
      "pager", "widget", "login", "signup", "outbrain", "taboola", "copyright", "toolbar", "tags",
      "skiplink", "jump", "rss", "forum", "more", "morenews", "hot", "rank", "ranking", "tools", "caution",
      "campaign", "ticker");

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern POSITIVE =
      Pattern.compile("article|body|content|entry|main|page|post|text|blog|story|detail", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo"
          + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|list"
          + "|info|time|date|source|byline|author|ewm|qrcode|follow|fllow",
      Pattern.CASE_INSENSITIVE);

  private static final Evaluator LINKS = QueryParser.parse("a");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.。!?！？]\\s*$");

  private MainText() {}

  /** The main text of {@code doc} (modified in place), paragraphs separated by blank lines. */
  static String of(Document doc) {
    Element body = doc.body();
    prune(body);
    Texts texts = new Texts(); // valid until dropLinkLists removes anything
    Element top = bestContainer(body, texts);
    List<Element> selected = top == null ? List.of(body) : withSiblings(widen(top, body, texts), texts);
    List<String> paragraphs = new ArrayList<>();
    for (Element root : selected) {
      dropLinkLists(root);
      paragraphs.addAll(BlockText.paragraphs(List.of(root)));
    }
    // without "【PR】…", "Реклама. …", "【相关阅读】…" and the titles under "相關新聞"
    return String.join("\n\n", MarkedBlocks.keep(paragraphs));
  }

  /** Removes non-content and boilerplate elements below {@code body}. */
  static void prune(Element body) {
    int total = Math.max(1, weightedLength(body.text()));
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || isHiddenByStyle(e) || "true".equals(e.attr("aria-hidden"))) {
        doomed.add(e);
      } else if (SOFT_DROP_TAGS.contains(tag) || !tag.equals("article") && !tag.equals("main") && isBoilerplateName(e)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() == null) {
        continue; // already removed with an ancestor
      }
      if (!DROP_TAGS.contains(e.normalName()) && weightedLength(e.text()) * 2 > total) {
        continue; // a "comment-section" wrapper around the whole article is not boilerplate
      }
      e.remove();
    }
  }

  static boolean isBoilerplateName(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    if (names.contains("most-read") || names.contains("most_read") || names.contains("mostread")
        || names.contains("cookie") || names.contains("related") || names.contains("newsletter")) {
      return true;
    }
    for (String token : TOKEN_SPLIT.split(names)) {
      if (BOILERPLATE.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenByStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * The highest-scoring container, or null when no paragraph is long enough. Of equal scores the
   * container met first (walking the paragraphs in document order) wins.
   *
   * <p>The final score is the raw score times {@code 1 - link density}, never more than the raw
   * score; so containers are tried by raw score, highest first, until no raw score left can reach
   * the best final score, and only those get their link density (a walk of the container's text).
   */
  static Element bestContainer(Element body, Texts texts) {
    Map<Element, Double> scores = new LinkedHashMap<>(); // Element equality is identity
    for (Element e : body.getAllElements()) {
      if (!isParagraph(e)) {
        continue;
      }
      String text = texts.of(e);
      int length = weightedLength(text);
      if (length < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(length / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; level < 3 && ancestor != null && ancestor != body.parent(); level++, ancestor = ancestor.parent()) {
        scores.computeIfAbsent(ancestor, MainText::initialScore);
        scores.merge(ancestor, score / (level + 1), Double::sum);
      }
    }
    List<Map.Entry<Element, Double>> byRaw = new ArrayList<>(scores.entrySet());
    byRaw.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    Map<Element, Double> finals = new HashMap<>();
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : byRaw) {
      if (entry.getValue() < bestScore) {
        break; // final <= raw < best: none of the rest can win or tie
      }
      double score = finalScore(entry.getValue(), entry.getKey(), texts);
      finals.put(entry.getKey(), score);
      bestScore = Math.max(bestScore, score);
    }
    Element best = null;
    for (Element e : scores.keySet()) {
      Double s = finals.get(e);
      if (s != null && s > 0 && s == bestScore) {
        best = e;
        break;
      }
    }
    if (best != null) {
      best.attr("data-newsfacts-score", Double.toString(bestScore));
      for (Element sibling : best.siblingElements()) {
        Double raw = scores.get(sibling);
        if (raw != null) {
          Double s = finals.get(sibling);
          sibling.attr("data-newsfacts-score", Double.toString(s != null ? s : finalScore(raw, sibling, texts)));
        }
      }
    }
    return best;
  }

  private static double finalScore(double raw, Element e, Texts texts) {
    return raw * (1 - texts.linkDensity(e));
  }

  /**
   * Climbs (at most {@value #WIDEN_LEVELS} levels) from the best container to the largest ancestor that adds at most a quarter more
   * text and is not mostly links ({@value #WIDEN}): the lead, heading and captions around the body belong to it,
   * the "most read" column beside it does not.
   */
  static Element widen(Element top, Element body, Texts texts) {
    if (top == body) {
      return body;
    }
    double base = weightedLength(texts.of(top));
    Element best = top;
    int levels = 0;
    for (Element parent = top.parent(); parent != null && parent != body && levels < WIDEN_LEVELS;
        parent = parent.parent(), levels++) {
      if (weightedLength(texts.of(parent)) > base * WIDEN || texts.linkDensity(parent) > LINKY) {
        break;
      }
      best = parent;
    }
    if (best != top) {
      best.attr("data-newsfacts-score", top.attr("data-newsfacts-score"));
    }
    return best;
  }

  private static List<Element> withSiblings(Element top, Texts texts) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double topScore = Double.parseDouble(top.attr("data-newsfacts-score"));
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> selected = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        selected.add(sibling);
        continue;
      }
      String s = sibling.attr("data-newsfacts-score");
      if (!s.isEmpty() && Double.parseDouble(s) >= threshold) {
        selected.add(sibling);
      } else if (s.isEmpty() && !sibling.normalName().equals("p")) {
        int length = weightedLength(texts.of(sibling));
        String names = sibling.className() + " " + sibling.id();
        if (length >= 80 && texts.linkDensity(sibling) < 0.25 && !NEGATIVE.matcher(names).find()) {
          selected.add(sibling); // a lead or caption next to the body
        }
      } else if (sibling.normalName().equals("p")) {
        String text = texts.of(sibling);
        int length = weightedLength(text);
        double links = texts.linkDensity(sibling);
        if (length > 80 && links < 0.25 || length > 0 && links == 0 && ENDS_SENTENCE.matcher(text).matches()) {
          selected.add(sibling);
        }
      }
    }
    return selected;
  }

  /** Removes blocks inside the selection whose text is mostly link text (related-article lists). */
  private static void dropLinkLists(Element root) {
    Texts texts = new Texts(); // nothing is removed before the walk ends
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("ul") || tag.equals("ol") || tag.equals("table") || tag.equals("div") || tag.equals("section")
          || tag.equals("p") || tag.equals("li") || tag.equals("dl") || tag.equals("figure")) {
        int length = weightedLength(texts.of(e));
        if (length > 0 && texts.linkDensity(e) > 0.5) {
          doomed.add(e);
        } else if (length < 200 && !tag.equals("p") && NEGATIVE.matcher(e.className() + " " + e.id()).find()
            && !POSITIVE.matcher(e.className() + " " + e.id()).find()) {
          doomed.add(e);
        }
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) {
      return true;
    }
    if (tag.equals("div") || tag.equals("section")) {
      for (Element child : e.children()) {
        if (BlockText.BLOCKS.contains(child.normalName())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = e.className() + " " + e.id();
    if (NEGATIVE.matcher(names).find()) {
      score -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      score += 25;
    }
    if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
      score += 25;
    }
    return score;
  }

  /**
   * Element texts, each computed once while the tree does not change (scoring, widening and sibling
   * selection only set attributes): {@code Element.text()} walks the whole subtree, and the same
   * containers and links were asked for theirs several times each.
   */
  static final class Texts {
    private final Map<Element, String> texts = new IdentityHashMap<>();

    String of(Element e) {
      return texts.computeIfAbsent(e, Element::text);
    }

    /** Share of the element's text inside links. */
    double linkDensity(Element e) {
      int total = of(e).length();
      if (total == 0) {
        return 0;
      }
      int links = 0;
      for (Element a : e.select(LINKS)) {
        links += of(a).length();
      }
      return Math.min(1.0, (double) links / total);
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '。') {
        n++;
      }
    }
    return n;
  }

  /** Length counting a CJK character (or kana) as two, since it carries about a word. */
  static int weightedLength(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c >= 0x3000 && c < 0xA000 || c >= 0xAC00 && c < 0xD7B0 || c >= 0xF900 && c < 0xFB00 ? 2 : 1;
    }
    return n;
  }
}
