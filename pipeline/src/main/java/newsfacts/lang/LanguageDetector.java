package newsfacts.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;

/**
 * The language of each stretch of a document, and of the document.
 *
 * <p>The unit of detection is the line: text extractors put each paragraph, headline or byline on a line
 * of its own, so a line is a paragraph, and a short line stays a unit of its own. Each line is classified
 * ({@link SegmentClassifier}: the script first, Lingua only for Latin-script text), then:
 *
 * <ol>
 *   <li>a Han-only line with no cue for Chinese or Japanese is Japanese when the nearest decided line after
 *       it (or, at the end, before it) is Japanese, else Chinese;
 *   <li>a run of {@code und} lines between two lines of the same language joins them (a byline or a
 *       "GPT-5" between two English paragraphs is English); {@code und} at either end of the text, or
 *       between two different languages, stays {@code und};
 *   <li>neighbouring lines of the same language merge into one segment, whose confidence is the
 *       char-weighted mean of its lines' confidences ({@code und} lines count 0).
 * </ol>
 *
 * <p>Segments are sorted and disjoint, start and end on non-blank characters, and cover every non-blank
 * line; blank stretches between segments belong to none. Built once (the Lingua models are preloaded, which
 * takes a second or two) and shared by all threads.
 */
public final class LanguageDetector {
  /** The languages newsfacts is configured for by default. */
  public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "ru", "de", "zh", "ja", "en");

  private final List<String> codes;
  private final SegmentClassifier classifier;

  /**
   * A detector for {@code isoCodes} (ISO 639-1, e.g. {@link #DEFAULT_LANGUAGES}).
   *
   * @throws IllegalArgumentException for an empty list or a code Lingua does not know
   */
  public LanguageDetector(List<String> isoCodes) {
    this(isoCodes, true);
  }

  /** As {@link #LanguageDetector(List)}; without the script shortcut every line goes to Lingua (benchmark). */
  LanguageDetector(List<String> isoCodes, boolean scriptShortcut) {
    Set<Language> langs = new LinkedHashSet<>();
    for (String c : isoCodes) {
      langs.add(toLingua(c));
    }
    if (langs.isEmpty() || (!scriptShortcut && langs.size() < 2)) {
      throw new IllegalArgumentException("need at least " + (scriptShortcut ? 1 : 2)
          + " language(s) to choose from, got " + isoCodes);
    }
    this.codes = langs.stream().map(SegmentClassifier::code).toList();
    this.classifier = new SegmentClassifier(langs, scriptShortcut);
  }

  /** The configured languages as ISO 639-1 codes, in the order given. */
  public List<String> languages() {
    return codes;
  }

  /** The segments of {@code text}: sorted, disjoint, trimmed; see the class comment. */
  public List<TextSegment> segments(String text) {
    List<Span> spans = new ArrayList<>();
    List<SegmentClassifier.Verdict> verdicts = new ArrayList<>();
    for (int i = 0, n = text.length(); i < n; ) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? n : nl;
      int s = skipSpace(text, i, end);
      int e = trimEnd(text, s, end);
      if (e > s) {
        spans.add(new Span(s, e));
        verdicts.add(classifier.classify(text, s, e));
      }
      i = end + 1;
    }
    List<TextSegment> lines = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      String lang = resolveHan(verdicts, k);
      Span span = spans.get(k);
      lines.add(new TextSegment(span.start(), span.end(), lang, verdicts.get(k).confidence()));
    }
    return merge(absorbUndetermined(lines));
  }

  /**
   * The language of line {@code k}: its verdict's, except that Han text with no cue either way is Japanese
   * when the nearest clearly decided line after it (else before it) is Japanese: a kanji-only headline over
   * a Japanese article.
   */
  private static String resolveHan(List<SegmentClassifier.Verdict> verdicts, int k) {
    SegmentClassifier.Verdict v = verdicts.get(k);
    if (!v.hanOnly()) {
      return v.lang();
    }
    String next = nearestDecided(verdicts, k, +1);
    String neighbour = next != null ? next : nearestDecided(verdicts, k, -1);
    return "ja".equals(neighbour) ? "ja" : v.lang();
  }

  private static String nearestDecided(List<SegmentClassifier.Verdict> verdicts, int k, int step) {
    for (int i = k + step; i >= 0 && i < verdicts.size(); i += step) {
      SegmentClassifier.Verdict v = verdicts.get(i);
      if (!v.hanOnly() && !v.lang().equals(TextSegment.UNDETERMINED)) {
        return v.lang();
      }
    }
    return null;
  }

  /**
   * The segments of {@code text} in a language forced by the user ({@code --lang}): one segment from the
   * first to the last non-blank char, confidence 1; as {@link #segments(String)} when {@code forced} is
   * null. The forced code need not be one of the configured languages.
   */
  public List<TextSegment> segments(String text, String forced) {
    if (forced == null) {
      return segments(text);
    }
    if (forced.isBlank()) {
      throw new IllegalArgumentException("forced language must be a code, got \"" + forced + "\"");
    }
    int s = skipSpace(text, 0, text.length());
    int e = trimEnd(text, s, text.length());
    return e > s ? List.of(new TextSegment(s, e, forced, 1.0)) : List.of();
  }

  /**
   * The document language: the one covering most characters, {@code und} segments left out; on a tie the
   * language whose first segment comes first; {@code und} when no segment has a language.
   */
  public static String documentLanguage(List<TextSegment> segments) {
    Map<String, Integer> chars = new LinkedHashMap<>();
    for (TextSegment s : segments) {
      if (!s.lang().equals(TextSegment.UNDETERMINED)) {
        chars.merge(s.lang(), s.length(), Integer::sum);
      }
    }
    String best = TextSegment.UNDETERMINED;
    int most = 0;
    for (Map.Entry<String, Integer> e : chars.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** Relabels each run of {@code und} lines that sits between two lines of one language. */
  private static List<TextSegment> absorbUndetermined(List<TextSegment> lines) {
    List<TextSegment> out = new ArrayList<>(lines);
    int i = 0;
    while (i < out.size()) {
      if (!isUndetermined(out.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < out.size() && isUndetermined(out.get(j))) {
        j++;
      }
      if (i > 0 && j < out.size() && out.get(i - 1).lang().equals(out.get(j).lang())) {
        String lang = out.get(j).lang();
        for (int k = i; k < j; k++) {
          TextSegment u = out.get(k);
          out.set(k, new TextSegment(u.start(), u.end(), lang, 0.0));
        }
      }
      i = j;
    }
    return out;
  }

  /** Merges neighbours of the same language; the confidence is the char-weighted mean. */
  private static List<TextSegment> merge(List<TextSegment> lines) {
    List<TextSegment> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      TextSegment first = lines.get(i);
      double weighted = 0;
      long chars = 0;
      int j = i;
      while (j < lines.size() && lines.get(j).lang().equals(first.lang())) {
        TextSegment l = lines.get(j);
        weighted += l.confidence() * l.length();
        chars += l.length();
        j++;
      }
      TextSegment last = lines.get(j - 1);
      double confidence = chars == 0 ? 0 : Math.min(1.0, weighted / chars);
      out.add(new TextSegment(first.start(), last.end(), first.lang(), confidence));
      i = j;
    }
    return out;
  }

  private static boolean isUndetermined(TextSegment s) {
    return s.lang().equals(TextSegment.UNDETERMINED);
  }

  private static int skipSpace(String text, int from, int to) {
    int s = from;
    while (s < to && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  private static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The Lingua language for an ISO 639-1 code, case-insensitive. */
  static Language toLingua(String iso) {
    for (Language l : Language.all()) {
      if (l.getIsoCode639_1().toString().equalsIgnoreCase(iso)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language code '" + iso + "'");
  }
}
