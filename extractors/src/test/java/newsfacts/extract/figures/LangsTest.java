package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.Test;

class LangsTest {

  @Test
  void readsLeftToRightAsPassageLangAt() {
    // two segments with a gap between them and after them: und in the gaps, each segment's language inside
    String text = "Apple kocht  Яндекс купил   ";
    Passage p = new Passage(text, List.of(new TextSegment(0, 11, "nl", 1.0), new TextSegment(13, 25, "ru", 0.9)),
        List.of(new Span(0, 11), new Span(13, 25)));
    Figures.Langs langs = new Figures.Langs(p);
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      assertEquals(p.langAt(i), langs.at(i), "at " + i);
      got.append(langs.at(i).charAt(0));
    }
    assertEquals("nnnnnnnnnnnuurrrrrrrrrrrruuu", got.toString());
  }

  @Test
  void answersOffsetsOutOfOrderToo() {
    // a scan may look back (a range's start): the cursor then looks the segment up again
    Passage p = new Passage("abcdef", List.of(new TextSegment(0, 3, "en", 1.0), new TextSegment(3, 6, "de", 1.0)),
        List.of());
    Figures.Langs langs = new Figures.Langs(p);
    assertEquals("de", langs.at(4));
    assertEquals("en", langs.at(1));
    assertEquals("de", langs.at(3));
    assertEquals("und", langs.at(6));
  }
}
