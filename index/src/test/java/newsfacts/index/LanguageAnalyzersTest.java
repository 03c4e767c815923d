package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The terms each language's analyzer makes of inflected forms: singular and plural must meet. */
class LanguageAnalyzersTest {
  static List<String> terms(String lang, String text) throws IOException {
    Analyzer a = LanguageAnalyzers.byLanguage().get(lang);
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void dutchSingularAndPluralMeet() throws IOException {
    // Snowball Dutch alone stems these to modell / bedrijv / huiz, apart from their singulars
    assertEquals(List.of("model", "model"), terms("nl", "model modellen"));
    assertEquals(List.of("bedrijf", "bedrijf"), terms("nl", "bedrijf bedrijven"));
    assertEquals(List.of("huis", "huis"), terms("nl", "huis huizen"));
    assertEquals(List.of("ai", "model", "miljard", "miljard"), terms("nl", "AI-modellen, miljard miljarden"));
    // stop words still go, short tokens stay as they are
    assertEquals(List.of("chip", "ess"), terms("nl", "de chips van het ess"));
  }

  @Test
  void otherLanguagesFoldTheirInflections() throws IOException {
    assertEquals(terms("ru", "модели"), terms("ru", "моделей"));
    assertEquals(terms("de", "Roboter"), terms("de", "Robotern"));
    assertEquals(List.of("推論", "モデル"), terms("ja", "推論モデル"));
    assertEquals(terms("ja", "1兆"), terms("ja", "１兆"));
  }
}
