package newsfacts.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;

/**
 * When an ambiguous (contextual) alias counts, checked in this order (the first that holds sets the
 * candidate's tier):
 * <ol>
 *   <li><b>vendor nearby</b>: in the same sentence, at most {@value #NEAR} chars away, a mention of the
 *       model's vendor (the company, or another of its models): "DeepSeek’s R1", "R1 от DeepSeek",
 *       "DeepseekのR1". For a contextual company ("Meta"), one of its models nearby ("Llama от Meta");
 *   <li><b>earlier mention</b>: the same entity was mentioned before in the document;
 *   <li>for a company, <b>one of its models</b> named in full anywhere in the document ("Meta" in an
 *       article about Llama 4);
 *   <li><b>a model word</b> (or for companies a company word) at most {@value #WORD_NEAR} chars before or
 *       after, in the same sentence: "R1 AI-model", "моделей V3 и R1", "O1モデル", "AI-bedrijf Meta"; for a
 *       company also <b>another company</b> at most {@value #PEER_GAP} chars away, as in a list
 *       ("Moonshot and Z.ai") or farther in the same list ("from Fidelity, the Qatar Investment Authority and
 *       Nvidia"), and for a company that makes models also a model word ("das KI-Modell von Mistral").
 * </ol>
 */
final class ContextRules {
  static final int NEAR = 40;
  static final int WORD_NEAR = 30;
  static final int PEER_GAP = 12;
  static final int LIST_GAP = 60;
  /** Stems of "model": substring match, so "modellen", "Modell", "моделей" count. */
  static final List<String> MODEL_WORDS = List.of("model", "модел", "モデル", "模型", "모델");
  static final List<String> COMPANY_WORDS = List.of("company", "bedrijf", "unternehmen", "konzern", "firma",
      "компани", "корпорац", "公司", "会社", "企業", "企业", "회사", "厂", "廠");
  static final List<String> COMPANY_AND_MODEL_WORDS = java.util.stream.Stream.concat(COMPANY_WORDS.stream(),
      MODEL_WORDS.stream()).toList();

  private ContextRules() {}

  /**
   * The tier that the context gives {@code c}, or -1 when it has none.
   *
   * @param evidence the full (non-contextual) mentions, sorted by start
   * @param firstSeen for each id, the start of its first accepted mention
   * @param vendors ids of the companies that make some model of the lexicon
   */
  static int tier(Candidate c, List<Candidate> evidence, Map<ContextRules.Key, Integer> firstSeen, Set<String> vendors,
      Passage p) {
    Span sentence = p.sentenceAt(c.start());
    if (vendorNear(c, evidence, sentence)) {
      return Candidate.TIER_VENDOR;
    }
    Integer first = firstSeen.get(key(c));
    if (first != null && first < c.start()) {
      return Candidate.TIER_EARLIER;
    }
    if (c.type() == FactType.COMPANY && ownModelInDocument(c, evidence)) {
      return Candidate.TIER_WORD;
    }
    if (c.type() == FactType.COMPANY && peerNear(c, evidence, sentence, p.text())) {
      return Candidate.TIER_WORD;
    }
    if (c.type() == FactType.COMPANY && guillemets(p.text(), c.start(), c.end())) {
      return Candidate.TIER_WORD; // «Микрон», «Элемента»: Russian quotes a company's name
    }
    if (c.type() == FactType.COMPANY && capitalisedPossessive(p.text(), c.start(), c.end())) {
      return Candidate.TIER_WORD; // "Mistral's new campus": what owns is a company, not the wind
    }
    List<String> words = c.type() == FactType.MODEL ? MODEL_WORDS
        : vendors.contains(c.id()) ? COMPANY_AND_MODEL_WORDS : COMPANY_WORDS;
    String text = p.text();
    int from = Math.max(Math.max(0, c.start() - WORD_NEAR), Math.min(sentence.start(), c.start()));
    int to = Math.min(Math.min(text.length(), c.end() + WORD_NEAR), Math.max(sentence.end(), c.end()));
    String before = text.substring(from, c.start()).toLowerCase(Locale.ROOT);
    String after = text.substring(c.end(), to).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (before.contains(w) || after.contains(w)) {
        return Candidate.TIER_WORD;
      }
    }
    return -1;
  }

  /** True when {@code [start, end)}, with at most a three-letter case ending, stands alone in « ». */
  private static boolean guillemets(String t, int start, int end) {
    if (start == 0 || t.charAt(start - 1) != '«') {
      return false;
    }
    int e = end;
    while (e < t.length() && e - end < 3 && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return e < t.length() && t.charAt(e) == '»';
  }

  /** True when {@code [start, end)} is written with a capital and followed by a possessive 's ("Mistral's"). */
  private static boolean capitalisedPossessive(String t, int start, int end) {
    if (!Character.isUpperCase(t.charAt(start)) || end + 1 >= t.length()
        || (t.charAt(end) != '\'' && t.charAt(end) != '’') || t.charAt(end + 1) != 's') {
      return false;
    }
    return end + 2 >= t.length() || !Character.isLetter(t.charAt(end + 2));
  }

  /** An entity, as the earlier-mention rule counts it: type and id. */
  record Key(FactType type, String id) {}

  static Key key(Candidate c) {
    return new Key(c.type(), c.id());
  }

  private static boolean vendorNear(Candidate c, List<Candidate> evidence, Span sentence) {
    String vendor = c.type() == FactType.MODEL ? c.vendor() : c.id();
    int lo = lowerBound(evidence, c.start() - NEAR - 200);
    for (int i = lo; i < evidence.size() && evidence.get(i).start() <= c.end() + NEAR; i++) {
      Candidate e = evidence.get(i);
      if (e.end() < c.start() - NEAR || e == c || !sentence.encloses(e.span())) {
        continue;
      }
      boolean sameVendor = c.type() == FactType.MODEL
          ? (e.type() == FactType.COMPANY ? e.id().equals(vendor) : vendor.equals(e.vendor()) && !e.id().equals(c.id()))
          : e.type() == FactType.MODEL && vendor.equals(e.vendor());
      if (sameVendor && !e.contextual()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One of the company's own models named (in full) anywhere in the document: "ook Meta nam voor zo'n $3 miljard
   * af" in an article that names Llama 4 Maverick.
   */
  private static boolean ownModelInDocument(Candidate c, List<Candidate> evidence) {
    for (Candidate e : evidence) {
      if (e.type() == FactType.MODEL && !e.contextual() && c.id().equals(e.vendor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another company named at most {@value #PEER_GAP} chars away, as in a list ("Moonshot and Z.ai"), or farther
   * in the same list, at most {@value #LIST_GAP} chars away with only list words between: names, commas and
   * conjunctions ("participation from Fidelity, the Qatar Investment Authority and Nvidia").
   */
  private static boolean peerNear(Candidate c, List<Candidate> evidence, Span sentence, String text) {
    int lo = lowerBound(evidence, c.start() - LIST_GAP - 200);
    for (int i = lo; i < evidence.size() && evidence.get(i).start() <= c.end() + LIST_GAP; i++) {
      Candidate e = evidence.get(i);
      boolean before = e.end() <= c.start();
      if (e.type() != FactType.COMPANY || e.contextual() || e.id().equals(c.id()) || !sentence.encloses(e.span())
          || !(before || e.start() >= c.end())) {
        continue;
      }
      int gapFrom = before ? e.end() : c.end();
      int gapTo = before ? c.start() : e.start();
      if (gapTo - gapFrom <= PEER_GAP || (gapTo - gapFrom <= LIST_GAP && listGap(text, gapFrom, gapTo))) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that separate list items, and the small words a name in a list may carry. */
  private static final Set<String> LIST_SEPARATORS = Set.of("and", "or", "en", "und", "oder", "и", "или", "&");
  private static final Set<String> LIST_FILLERS = Set.of("the", "of", "der", "die", "das", "van", "de", "het");

  /**
   * True when {@code [from, to)} holds a comma or a conjunction ({@link #LIST_SEPARATORS}) and otherwise only
   * capitalised words and {@link #LIST_FILLERS}: the rest of a list between two of its items.
   */
  static boolean listGap(String t, int from, int to) {
    boolean separator = false;
    int k = from;
    while (k < to) {
      char ch = t.charAt(k);
      if (ch == ',' || ch == '、') {
        separator = true;
        k++;
      } else if (Character.isWhitespace(ch)) {
        k++;
      } else {
        int e = k;
        while (e < to && !Character.isWhitespace(t.charAt(e)) && t.charAt(e) != ',') {
          e++;
        }
        String w = t.substring(k, e).toLowerCase(Locale.ROOT);
        if (LIST_SEPARATORS.contains(w)) {
          separator = true;
        } else if (!LIST_FILLERS.contains(w) && !Character.isUpperCase(t.codePointAt(k))) {
          return false;
        }
        k = e;
      }
    }
    return separator;
  }

  private static int lowerBound(List<Candidate> sorted, int start) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
