package newsfacts.index;

import static newsfacts.index.CachedTokensTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsfacts.extract.TextSegment;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * An article analyzed once per segment gives its body fields and its sentences the tokens they get
 * when analyzed alone.
 */
class ArticleTokensTest {
  private static final Analyzer ANALYZER = FactSchema.analyzer();

  // segments: en [0,e1), zh [e1,z1), en [z1,end)
  private static final String EN1 = "The deal values Alibaba at $12 billion. Shares of the company rose 4%.\n\n";
  private static final String ZH = "阿里巴巴宣布未来三年投入3800亿元。股价上涨了百分之五。\n\n";
  private static final String EN2 = "Analysts expect the models to gain market share.";
  private static final String TEXT = EN1 + ZH + EN2;
  private static final List<TextSegment> SEGMENTS = List.of(
      new TextSegment(0, EN1.length() - 2, "en", 0.9),
      new TextSegment(EN1.length(), EN1.length() + ZH.length() - 2, "zh", 1.0),
      new TextSegment(EN1.length() + ZH.length(), TEXT.length(), "en", 0.9));

  @Test
  void bodyFieldsEqualTheirValuesAnalyzedWhole() throws IOException {
    Map<String, Map<String, CachedTokens>> seen = new HashMap<>();
    new ArticleTokens(ANALYZER, TEXT, SEGMENTS).bodies(seen);
    assertEquals(List.of("body_en", "body_zh"), seen.keySet().stream().sorted().toList());
    String en = EN1 + EN2 + "\n\n";
    assertEquals(List.of(en), List.copyOf(seen.get("body_en").keySet()));
    assertEquals(describe(ANALYZER.tokenStream("body_en", en)), describe(seen.get("body_en").get(en).replay()));
    String zh = ZH;
    assertEquals(List.of(zh), List.copyOf(seen.get("body_zh").keySet()));
    assertEquals(describe(ANALYZER.tokenStream("body_zh", zh)), describe(seen.get("body_zh").get(zh).replay()));
  }

  @Test
  void sentencesCutFromTheirSegmentEqualTheSentenceAnalyzedAlone() throws IOException {
    ArticleTokens tokens = new ArticleTokens(ANALYZER, TEXT, SEGMENTS);
    String[][] cases = {
      {"sentence_en", "The deal values Alibaba at $12 billion."}, // leading stop word: a gap of one
      {"sentence_en", "Shares of the company rose 4%."},
      {"sentence_zh", "阿里巴巴宣布未来三年投入3800亿元。"},
      {"sentence_zh", "股价上涨了百分之五。"},
      {"sentence_en", "Analysts expect the models to gain market share."},
    };
    for (String[] c : cases) {
      int at = TEXT.indexOf(c[1]);
      CachedTokens cut = tokens.sentence(c[0], c[1], at + 3);
      assertEquals(fromFirstToken(describe(ANALYZER.tokenStream(c[0], c[1]))), describe(cut.replay()), c[1]);
    }
  }

  /** A stream described as a slice gives it: the first token at position 0, no final increment. */
  static List<String> fromFirstToken(List<String> tokens) {
    List<String> out = new java.util.ArrayList<>(tokens);
    if (out.size() > 1) {
      out.set(0, out.get(0).replaceFirst("\\+\\d+/", "+1/"));
    }
    out.set(out.size() - 1, out.get(out.size() - 1).replaceFirst("\\+\\d+$", "+0"));
    return out;
  }

  @Test
  void aSentenceInAnotherLanguagesFieldOrAcrossSegmentsIsLeftToTheCaller() {
    ArticleTokens tokens = new ArticleTokens(ANALYZER, TEXT, SEGMENTS);
    String zh = "股价上涨了百分之五。";
    assertNull(tokens.sentence("sentence_ja", zh, TEXT.indexOf(zh)));
    String across = "rose 4%.\n\n阿里巴巴";
    assertNull(tokens.sentence("sentence_en", across, TEXT.indexOf(across)));
    assertNull(tokens.sentence("sentence_en", "not in the text", 10));
  }

  @Test
  void slicesKeepStopWordGapsInsideAndDropTokensCutByTheEdges() throws IOException {
    CachedTokens de = CachedTokens.capture(ANALYZER, "sentence_de", "Die Roboter und die KI wachsen");
    // [4, 22) = "Roboter und die KI", after the stop word "Die"; [5, 22) cuts "Roboter": it is dropped
    assertEquals(List.of("robot@0-7+1/1", "ki@16-18+3/1", "end@18+0"), describe(de.slice(4, 22).replay()));
    assertEquals(List.of("ki@15-17+1/1", "end@17+0"), describe(de.slice(5, 22).replay()));
  }
}
