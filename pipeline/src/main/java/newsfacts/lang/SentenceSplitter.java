package newsfacts.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits a document into sentences, segment by segment, with offsets into the whole text.
 *
 * <p>Each language segment is cut into blocks at line breaks first: a blank line always ends a block, and
 * so does a single line break unless the next line starts in lower case (a hard-wrapped sentence goes on).
 * Headlines and list items without a final period are sentences of their own that way, and so are the
 * items of a one-line summary separated by a citation and a dash ({@code "... [1][2] - The ..."}). Each block is then
 * split by OpenNLP's pretrained model for en and de ({@link OpenNlpSentences}) and by rules for every
 * other language ({@link RuleSentences}), both using the language's {@link Abbreviations}.
 *
 * <p>Sentences never cross a segment boundary; they are sorted, disjoint and trimmed. Text outside every
 * segment that is not blank is split as {@code und}. Thread-safe: one instance serves every thread.
 */
public final class SentenceSplitter {

  /** The sentences of {@code text}, whose language segments are {@code segments} (sorted, disjoint). */
  public List<Span> split(String text, List<TextSegment> segments) {
    Map<String, SentenceDetectorME> detectors = new HashMap<>(); // not thread-safe: one set per call
    List<Span> out = new ArrayList<>();
    int last = 0;
    for (TextSegment s : segments) {
      if (s.start() < last || s.end() > text.length()) {
        throw new IllegalArgumentException(
            "segments must be sorted, disjoint and inside the text (length " + text.length() + "), got " + s);
      }
      splitRegion(text, last, s.start(), TextSegment.UNDETERMINED, detectors, out);
      splitRegion(text, s.start(), s.end(), s.lang(), detectors, out);
      last = s.end();
    }
    splitRegion(text, last, text.length(), TextSegment.UNDETERMINED, detectors, out);
    return out;
  }

  /** The sentences of {@code text} in one language (a snippet, or a document whose language is forced). */
  public List<Span> split(String text, String lang) {
    return split(text, List.of(new TextSegment(0, text.length(), lang, 1.0)));
  }

  private static void splitRegion(String text, int start, int end, String segmentLang,
      Map<String, SentenceDetectorME> detectors, List<Span> out) {
    String lang = segmentLang.toLowerCase(Locale.ROOT);
    Abbreviations abbreviations = null;
    SentenceModel model = null;
    int blockStart = -1;
    int i = start;
    while (i < end) {
      int nl = text.indexOf('\n', i);
      int lineEnd = nl < 0 || nl > end ? end : nl;
      int first = firstNonSpace(text, i, lineEnd);
      if (first < lineEnd) {
        boolean continues = blockStart >= 0 && !blankLineBetween(text, blockStart, first)
            && Character.isLowerCase(text.charAt(first));
        if (blockStart >= 0 && !continues) {
          if (abbreviations == null) {
            abbreviations = Abbreviations.forLanguage(lang);
            model = OpenNlpSentences.model(lang);
          }
          splitBlock(text, blockStart, lastNonSpace(text, blockStart, first), lang, model, abbreviations,
              detectors, out);
          blockStart = -1;
        }
        if (blockStart < 0) {
          blockStart = first;
        }
      }
      i = lineEnd + 1;
    }
    if (blockStart >= 0) {
      if (abbreviations == null) {
        abbreviations = Abbreviations.forLanguage(lang);
        model = OpenNlpSentences.model(lang);
      }
      splitBlock(text, blockStart, lastNonSpace(text, blockStart, end), lang, model, abbreviations, detectors,
          out);
    }
  }

  private static void splitBlock(String text, int start, int end, String lang, SentenceModel model,
      Abbreviations abbreviations, Map<String, SentenceDetectorME> detectors, List<Span> out) {
    int from = start;
    for (int i = start; i + 4 < end; i++) {
      if (isCitedItemEnd(text, i)) {
        splitSentences(text, from, i + 1, lang, model, abbreviations, detectors, out);
        from = i + 4; // the dash belongs to neither item
      }
    }
    splitSentences(text, from, end, lang, model, abbreviations, detectors, out);
  }

  /**
   * Whether a bullet item of a summary ends at {@code i}: a citation mark, then " - " (or an en dash or
   * bullet) and a capital: {@code "... nature [1][2] - The competitive landscape ..."}. Such summaries have
   * no final periods at all.
   */
  private static boolean isCitedItemEnd(String text, int i) {
    return text.charAt(i) == ']' && text.charAt(i + 1) == ' ' && "-–•".indexOf(text.charAt(i + 2)) >= 0
        && text.charAt(i + 3) == ' ' && Character.isUpperCase(text.charAt(i + 4));
  }

  private static void splitSentences(String text, int start, int end, String lang, SentenceModel model,
      Abbreviations abbreviations, Map<String, SentenceDetectorME> detectors, List<Span> out) {
    if (model == null) {
      RuleSentences.split(text, start, end, abbreviations, out);
    } else {
      SentenceDetectorME detector = detectors.computeIfAbsent(lang, l -> OpenNlpSentences.detector(model));
      OpenNlpSentences.split(detector, text, start, end, abbreviations, out);
    }
  }

  /** Whether the text between the block start and {@code next} has an empty line. */
  private static boolean blankLineBetween(String text, int blockStart, int next) {
    int prevNl = text.lastIndexOf('\n', next - 1);
    if (prevNl <= blockStart) {
      return false;
    }
    int before = text.lastIndexOf('\n', prevNl - 1);
    return before >= blockStart && text.substring(before + 1, prevNl).isBlank();
  }

  private static int firstNonSpace(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The end of {@code text[from, to)} without its trailing whitespace. */
  private static int lastNonSpace(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
