package newsfacts.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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

  /**
   * The tokens lying wholly inside characters {@code [from, to)} of the analyzed text, with offsets
   * relative to {@code from}: the tokens of a sentence cut out of its paragraph's analysis, as if the
   * sentence had been analyzed alone: same terms, offsets and gaps between tokens. Two differences,
   * neither seen by a query: the first token is at position 0 even when stop words precede it, and
   * the final position increment is 0. A token straddling either end is dropped.
   */
  CachedTokens slice(int from, int to) {
    int lo = 0;
    while (lo < size && starts[lo] < from) {
      lo++;
    }
    int hi = lo;
    while (hi < size && ends[hi] <= to) {
      hi++;
    }
    int n = hi - lo;
    char[][] t = Arrays.copyOfRange(terms, lo, hi);
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = starts[lo + i] - from;
      e[i] = ends[lo + i] - from;
    }
    int[] inc = Arrays.copyOfRange(increments, lo, hi);
    if (n > 0) {
      inc[0] = 1; // positions count from the sentence's first token
    }
    return new CachedTokens(t, s, e, inc, Arrays.copyOfRange(lengths, lo, hi), n, to - from, 0);
  }

  /**
   * Several captures one after the other, as if their texts had been analyzed as one string in which
   * part {@code k} begins at character {@code shifts[k]}; {@code finalOffset} is that string's length.
   */
  static CachedTokens concat(List<CachedTokens> parts, int[] shifts, int finalOffset) {
    int n = 0;
    for (CachedTokens p : parts) {
      n += p.size;
    }
    char[][] t = new char[n][];
    int[] s = new int[n];
    int[] e = new int[n];
    int[] inc = new int[n];
    int[] len = new int[n];
    int j = 0;
    int finalIncrement = 0;
    for (int k = 0; k < parts.size(); k++) {
      CachedTokens p = parts.get(k);
      for (int i = 0; i < p.size; i++, j++) {
        t[j] = p.terms[i];
        s[j] = p.starts[i] + shifts[k];
        e[j] = p.ends[i] + shifts[k];
        inc[j] = p.increments[i];
        len[j] = p.lengths[i];
      }
      finalIncrement = p.finalIncrement;
    }
    return new CachedTokens(t, s, e, inc, len, n, finalOffset, finalIncrement);
  }

  /** The tokens as {@code term@start-end+increment/length}, then {@code end@finalOffset+finalIncrement}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      b.append(terms[i]).append('@').append(starts[i]).append('-').append(ends[i]).append('+').append(increments[i])
          .append('/').append(lengths[i]).append(", ");
    }
    return b.append("end@").append(finalOffset).append('+').append(finalIncrement).append(']').toString();
  }

  /** A new stream over the kept tokens. */
  TokenStream replay() {
    return new Replay(this);
  }

  /**
   * A stream over the kept tokens that reuses {@code reuse} when it is a replay stream: the index writer
   * hands each field its previous stream, and a new one per field value (an attribute source with four
   * attributes) was a sixth of the cost of inverting a fact's text fields.
   */
  TokenStream replay(TokenStream reuse) {
    if (reuse instanceof Replay r) {
      r.tokens = this;
      return r;
    }
    return replay();
  }

  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute len = addAttribute(PositionLengthAttribute.class);
    private CachedTokens tokens;
    private int i;

    Replay(CachedTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      i = 0;
    }

    @Override
    public boolean incrementToken() {
      CachedTokens t = tokens;
      if (i == t.size) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(t.terms[i], 0, t.terms[i].length);
      offset.setOffset(t.starts[i], t.ends[i]);
      inc.setPositionIncrement(t.increments[i]);
      len.setPositionLength(t.lengths[i]);
      i++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(tokens.finalOffset, tokens.finalOffset);
      inc.setPositionIncrement(tokens.finalIncrement);
    }
  }
}
