package newsfacts.lang;

import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;

/** Splits text into sentences, segment by segment, keeping offsets into the whole text. */
public final class SentenceSplitter {

  /** Sentences of {@code text}: sorted, disjoint, trimmed. */
  public List<Span> split(String text, List<TextSegment> segments) {
    List<Span> out = new ArrayList<>();
    for (Span line : newsfacts.extract.Passage.lineSpans(text)) {
      int s = line.start();
      for (int i = line.start(); i < line.end(); i++) {
        char c = text.charAt(i);
        boolean cjkEnd = c == '。' || c == '！' || c == '？';
        boolean latinEnd = (c == '.' || c == '!' || c == '?') && i + 1 < line.end()
            && Character.isWhitespace(text.charAt(i + 1));
        if (cjkEnd || latinEnd) {
          out.add(new Span(s, i + 1));
          s = i + 1;
          while (s < line.end() && Character.isWhitespace(text.charAt(s))) {
            s++;
          }
          i = s - 1;
        }
      }
      if (s < line.end()) {
        out.add(new Span(s, line.end()));
      }
    }
    return out;
  }
}
