package newsfacts.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 *   <li>a run of {@code und} or tentative lines (a short Latin line with a narrow lead, a Han line with no
 *       cue for Chinese or Japanese) between two firm lines of the same language joins them: a byline or
 *       "GPT-5" between two English paragraphs is English. Otherwise {@code und} stays {@code und} (at
 *       either end of the text, or between two languages), a tentative line keeps its own language, and a
 *       cue-less Han line is Japanese when the firm line after it (or, at the end, before it) is Japanese:
 *       a kanji-only headline over a Japanese article;
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
   * A detector for {@code isoCodes} (ISO 639-1 in any case, e.g. {@link #DEFAULT_LANGUAGES}; repeats are
   * ignored).
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
    for (int i = 0, n = text.length(); i < n; ) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? n : nl;
      int s = skipSpace(text, i, end);
      int e = trimEnd(text, s, end);
      if (e > s) {
        spans.add(new Span(s, e));
      }
      i = end + 1;
    }
    List<SegmentClassifier.Verdict> verdicts = classifier.classify(text, spans);
    List<TextSegment> lines = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      lines.add(new TextSegment(span.start(), span.end(), verdicts.get(k).lang(), verdicts.get(k).confidence()));
    }
    List<Boolean> firm = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      firm.add(isFirm(verdicts.get(k)) && !shortRow(text, spans.get(k)));
    }
    resolveWeakRuns(verdicts, firm, lines);
    return merge(lines);
  }

  /** Fewest letters of a table row whose language is decided on its own. */
  private static final int ROW_LETTERS = 40;

  /**
   * True for a row of table cells ("Mistral Large 3 | 68,9 | 71,5") with fewer than {@value #ROW_LETTERS} letters:
   * names and figures, whose language is the table's, as its neighbours say.
   */
  private static boolean shortRow(String text, Span line) {
    int bar = text.indexOf(" | ", line.start());
    if (bar < 0 || bar >= line.end()) {
      return false;
    }
    int letters = 0;
    for (int k = line.start(); k < line.end(); k++) {
      if (Character.isLetter(text.charAt(k)) && ++letters >= ROW_LETTERS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Settles each run of {@code und} and tentative lines (and short table rows, {@link #shortRow}) by the firm lines
   * around it: between two firm lines
   * of one language the run takes that language; otherwise {@code und} stays {@code und}, a tentative line
   * keeps its own language, and a cue-less Han line becomes Japanese when the firm line after it (or, at the
   * end, before it) is Japanese.
   */
  private static void resolveWeakRuns(List<SegmentClassifier.Verdict> verdicts, List<Boolean> firm,
      List<TextSegment> lines) {
    int i = 0;
    while (i < lines.size()) {
      if (firm.get(i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < lines.size() && !firm.get(j)) {
        j++;
      }
      String before = i > 0 ? lines.get(i - 1).lang() : null;
      String after = j < lines.size() ? lines.get(j).lang() : null;
      String around = before != null && before.equals(after) ? before : null;
      String hanNeighbour = after != null ? after : before;
      for (int k = i; k < j; k++) {
        TextSegment l = lines.get(k);
        String lang = around != null ? around
            : isHan(verdicts.get(k)) && "ja".equals(hanNeighbour) ? "ja"
            : l.lang();
        double confidence = lang.equals(l.lang()) ? l.confidence() : 0.0;
        lines.set(k, new TextSegment(l.start(), l.end(), lang, confidence));
      }
      i = j;
    }
  }

  private static boolean isFirm(SegmentClassifier.Verdict v) {
    return !v.undetermined() && !v.tentative();
  }

  private static boolean isHan(SegmentClassifier.Verdict v) {
    return v.tentative() && v.lang().equals("zh");
  }

  /**
   * The segments of {@code text} in a language forced by the user ({@code --lang}): one segment from the
   * first to the last non-blank char, confidence 1; as {@link #segments(String)} when {@code forced} is
   * null. The forced code is lower-cased and need not be one of the configured languages.
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
    return e > s ? List.of(new TextSegment(s, e, forced.strip().toLowerCase(Locale.ROOT), 1.0)) : List.of();
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
