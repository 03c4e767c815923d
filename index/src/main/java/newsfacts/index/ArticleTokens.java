package newsfacts.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsfacts.extract.TextSegment;
import org.apache.lucene.analysis.Analyzer;

/**
 * An article's text analyzed once, segment by segment in each segment's language, and shared by every
 * field that indexes part of it: the article's {@code body_<lang>} fields are the segments of a
 * language one after the other, and a fact's {@code sentence_<lang>} field is a slice of its segment.
 * Without it each sentence would be analyzed a second time (kuromoji and smartcn are the costly part of
 * indexing), and a sentence sliced from its paragraph gets the same tokens it would get alone.
 */
final class ArticleTokens {
  private final Analyzer analyzer;
  private final String text;
  private final List<TextSegment> segments;
  private final CachedTokens[] tokens;
  private final Map<TextSegment, Integer> index = new java.util.IdentityHashMap<>();

  ArticleTokens(Analyzer analyzer, String text, List<TextSegment> segments) {
    this.analyzer = analyzer;
    this.text = text;
    this.segments = segments;
    this.tokens = new CachedTokens[segments.size()];
    for (int i = 0; i < segments.size(); i++) {
      index.put(segments.get(i), i);
    }
  }

  /** Adds each body field's value and its tokens to {@code seen} (field name, then value). */
  void bodies(Map<String, Map<String, CachedTokens>> seen) {
    for (Map.Entry<String, List<TextSegment>> e : FactSchema.bodySegments(segments).entrySet()) {
      List<CachedTokens> parts = new ArrayList<>();
      int[] shifts = new int[e.getValue().size()];
      int at = 0;
      int k = 0;
      for (TextSegment s : e.getValue()) {
        parts.add(segment(index.get(s)));
        shifts[k++] = at;
        at += s.end() - s.start() + FactSchema.BODY_SEPARATOR.length();
      }
      String value = FactSchema.body(text, e.getValue());
      seen.computeIfAbsent(e.getKey(), f -> new java.util.HashMap<>())
          .put(value, CachedTokens.concat(parts, shifts, at));
    }
  }

  /**
   * The tokens of {@code sentence}, which occurs in the text at or before {@code near} (a fact's start),
   * indexed as {@code field}; null when the sentence is not one piece of a segment of that field's
   * language (then the caller analyzes it alone).
   */
  CachedTokens sentence(String field, String sentence, int near) {
    int from = text.lastIndexOf(sentence, Math.min(near, text.length()));
    if (from < 0) {
      return null;
    }
    int to = from + sentence.length();
    for (int i = 0; i < segments.size(); i++) {
      TextSegment s = segments.get(i);
      if (s.start() <= from && to <= s.end()) {
        if (!FactSchema.languageField(FactSchema.SENTENCE, s.lang()).equals(field)) {
          return null;
        }
        return segment(i).slice(from - s.start(), to - s.start());
      }
    }
    return null;
  }

  private CachedTokens segment(int i) {
    if (tokens[i] == null) {
      TextSegment s = segments.get(i);
      tokens[i] = CachedTokens.capture(analyzer, FactSchema.languageField(FactSchema.BODY, s.lang()),
          text.substring(s.start(), s.end()));
    }
    return tokens[i];
  }
}
