package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** Replayed tokens are exactly what the analyzer made: terms, offsets, positions, the final offset. */
class CachedTokensTest {
  static List<String> describe(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
    OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute l = ts.addAttribute(PositionLengthAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(t + "@" + o.startOffset() + "-" + o.endOffset() + "+" + p.getPositionIncrement() + "/" + l.getPositionLength());
    }
    ts.end();
    out.add("end@" + o.endOffset() + "+" + p.getPositionIncrement());
    ts.close();
    return out;
  }

  @Test
  void replayEqualsTheAnalyzerInEveryLanguage() throws IOException {
    Analyzer a = FactSchema.analyzer();
    String[][] cases = {
      {"sentence_ja", "QWQ推論モデルは78に達しました。"}, // kuromoji search mode: compounds and their parts
      {"sentence_zh", "阿里巴巴宣布未来三年投入3800亿元。"},
      {"sentence_ru", "серия моделей Qwen3 от Alibaba"},
      {"sentence_de", "Aussteller präsentieren humanoide Roboter und die KI"}, // stop words leave gaps
      {"sentence_nl", "De AI-modellen van het bedrijf "},
      {"title", "Chips, chips & more"},
    };
    for (String[] c : cases) {
      List<String> direct = describe(a.tokenStream(c[0], c[1]));
      CachedTokens cached = CachedTokens.capture(a, c[0], c[1]);
      assertEquals(direct, describe(cached.replay()), c[0]);
      assertEquals(direct, describe(cached.replay()), c[0] + ", second replay");
    }
  }

  @Test
  void reusedReplayStreamGivesTheNewTokens() throws IOException {
    // the index writer hands a field its previous stream back: it must replay the new value, not the old
    Analyzer a = FactSchema.analyzer();
    TokenStream first = CachedTokens.capture(a, "text", "380 miljard yuan").replay();
    describe(first);
    TokenStream second = CachedTokens.capture(a, "text", "Alibaba Group").replay(first);
    assertSame(first, second, "reused");
    assertEquals(List.of("alibaba@0-7+1/1", "group@8-13+1/1", "end@13+0"), describe(second));
    // any other stream is not reused
    TokenStream other = a.tokenStream("text", "x");
    TokenStream third = CachedTokens.capture(a, "text", "GPT").replay(other);
    other.close();
    assertEquals(List.of("gpt@0-3+1/1", "end@3+0"), describe(third));
  }

  @Test
  void germanStopWordsShowAsPositionGaps() throws IOException {
    List<String> d = describe(CachedTokens.capture(FactSchema.analyzer(), "sentence_de", "der Roboter und die KI").replay());
    assertEquals(List.of("robot@4-11+2/1", "ki@20-22+3/1", "end@22+0"), d);
  }
}
