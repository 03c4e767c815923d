package newsfacts.extract;

import java.util.List;
import java.util.Objects;

/**
 * All an extractor sees of a document: its decoded text, the language of each stretch and the sentence
 * boundaries. Extractors never see bytes, charsets or file formats.
 *
 * <p>Segments and sentences are sorted, non-overlapping and inside the text; the caller (the pipeline)
 * computes them. Offsets everywhere are Java {@code char} offsets into {@link #text()}.
 *
 * @param text the document's extracted text
 * @param segments language segments covering the text (gaps are read as {@code und})
 * @param sentences sentence spans (gaps are whitespace or markup left-overs)
 */
public record Passage(String text, List<TextSegment> segments, List<Span> sentences) {

  public Passage {
    Objects.requireNonNull(text, "text");
    segments = List.copyOf(segments);
    sentences = List.copyOf(sentences);
    int last = 0;
    for (TextSegment s : segments) {
      if (s.start() < last || s.end() > text.length()) {
        throw new IllegalArgumentException(
            "segments must be sorted, disjoint and inside the text (length " + text.length() + "), got " + s);
      }
      last = s.end();
    }
    last = 0;
    for (Span s : sentences) {
      if (s.start() < last || s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentences must be sorted, disjoint and inside the text (length " + text.length() + "), got " + s);
      }
      last = s.end();
    }
  }

  /** A passage in one language, one sentence per line (for tests and short snippets). */
  public static Passage of(String text, String lang) {
    return new Passage(text, List.of(new TextSegment(0, text.length(), lang, 1.0)), lineSpans(text));
  }

  /** The language at {@code offset}: the segment's, or {@code "und"} outside every segment. */
  public String langAt(int offset) {
    TextSegment s = segmentAt(offset);
    return s == null ? TextSegment.UNDETERMINED : s.lang();
  }

  /** The segment containing {@code offset}, or {@code null} in a gap. */
  public TextSegment segmentAt(int offset) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextSegment s = segments.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /** The sentence containing {@code offset}, or a span of the line around it when none does. */
  public Span sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    int from = Math.max(0, Math.min(offset, text.length()));
    int start = text.lastIndexOf('\n', from - 1) + 1;
    int end = text.indexOf('\n', from);
    return new Span(start, end < 0 ? text.length() : end);
  }

  /**
   * The sentence before the one that starts where {@code sentence} starts; null for the first one, or when no
   * sentence starts there (a line span from {@link #sentenceAt}).
   */
  public Span sentenceBefore(Span sentence) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Integer.compare(sentences.get(mid).start(), sentence.start());
      if (c == 0) {
        return mid > 0 ? sentences.get(mid - 1) : null;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  /** The text of a span. */
  public String textOf(Span span) {
    return text.substring(span.start(), span.end());
  }

  /** Non-blank lines as spans, trimmed of surrounding whitespace. */
  public static List<Span> lineSpans(String text) {
    java.util.ArrayList<Span> out = new java.util.ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? n : nl;
      int s = i;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(s, e));
      }
      i = end + 1;
    }
    return out;
  }
}
