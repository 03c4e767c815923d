package newsfacts.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode span(int start, int end) {
    return JSON.createObjectNode().put("start", start).put("end", end);
  }

  /** Overlapping facts are cut at every boundary; each piece lists every fact covering it. */
  @Test
  void overlappingFactsSplitIntoPieces() {
    assertEquals("[{\"start\":0,\"end\":2,\"facts\":[0]},{\"start\":2,\"end\":4,\"facts\":[0,1]},"
            + "{\"start\":4,\"end\":6,\"facts\":[1]},{\"start\":6,\"end\":8,\"facts\":[]}]",
        Marks.parts("abcdefgh", List.of(span(0, 4), span(2, 6))).toString());
  }

  /** A fact whose offsets fall outside the text (a stale record) is left out, not an error. */
  @Test
  void factsOutsideTheTextAreSkipped() {
    assertEquals("[{\"start\":0,\"end\":3,\"facts\":[]}]", Marks.parts("abc", List.of(span(2, 9))).toString());
  }

  @Test
  void highlighterMarksBecomeParts() {
    assertEquals("[{\"text\":\"a \",\"mark\":false},{\"text\":\"<b>\",\"mark\":true},{\"text\":\" c \",\"mark\":false},"
            + "{\"text\":\"d\",\"mark\":true}]",
        Marks.snippet("a «<b>» c «d»", "ignored", "x").toString());
  }

  @Test
  void withoutSentenceThereIsNoSnippet() {
    assertNull(Marks.snippet(null, null, "x"));
  }
}
