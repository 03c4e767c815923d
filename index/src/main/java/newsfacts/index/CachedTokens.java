package newsfacts.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The tokens an analyzer made of one field value, kept so that the analysis runs on the thread that
 * builds the documents and the index writer only replays them. Holds what indexing reads: term,
 * offsets, position increment and length, and the final offset and increment reported by {@code end()}.
 * Immutable; {@link #replay()} gives a fresh stream each time, so one capture can serve several fields
 * (the sentence shared by all facts of a sentence).
 */
final class CachedTokens {
  private final char[][] terms;
  private final int[] starts;
  private final int[] ends;
  private final int[] increments;
  private final int[] lengths;
  private final int size;
  private final int finalOffset;
  private final int finalIncrement;

  private CachedTokens(char[][] terms, int[] starts, int[] ends, int[] increments, int[] lengths, int size,
      int finalOffset, int finalIncrement) {
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
    this.increments = increments;
    this.lengths = lengths;
    this.size = size;
    this.finalOffset = finalOffset;
    this.finalIncrement = finalIncrement;
  }

  /** Runs {@code analyzer} over {@code text} as field {@code field} and keeps the tokens. */
  static CachedTokens capture(Analyzer analyzer, String field, String text) {
    int cap = 16;
    char[][] terms = new char[cap][];
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int[] incs = new int[cap];
    int[] lens = new int[cap];
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == cap) {
          cap *= 2;
          terms = Arrays.copyOf(terms, cap);
          starts = Arrays.copyOf(starts, cap);
          ends = Arrays.copyOf(ends, cap);
          incs = Arrays.copyOf(incs, cap);
          lens = Arrays.copyOf(lens, cap);
        }
        terms[n] = Arrays.copyOf(term.buffer(), term.length());
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        incs[n] = inc.getPositionIncrement();
        lens[n] = len.getPositionLength();
        n++;
      }
      ts.end();
      return new CachedTokens(terms, starts, ends, incs, lens, n, offset.endOffset(), inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
  }

  /** A new stream over the kept tokens. */
  TokenStream replay() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute len = addAttribute(PositionLengthAttribute.class);
    private int i;

    @Override
    public void reset() throws IOException {
      super.reset();
      i = 0;
    }

    @Override
    public boolean incrementToken() {
      if (i == size) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(terms[i], 0, terms[i].length);
      offset.setOffset(starts[i], ends[i]);
      inc.setPositionIncrement(increments[i]);
      len.setPositionLength(lengths[i]);
      i++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      inc.setPositionIncrement(finalIncrement);
    }
  }
}
