package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Plain-text normalization, title and dated first line. */
class PlainTextTest {
  @Test
  void lineBreaksAndBlankLinesAreNormalized() {
    // CRLF and CR become LF, trailing spaces go, blank-line runs become one blank line, the BOM goes.
    assertEquals("a\n\nb\nc\n\nd", PlainText.normalize("\uFEFFa  \r\n\r\n \r\nb\rc\n\n\n\nd\n"));
  }

  @Test
  void titleIsAHeadingLine() {
    assertEquals("Chips in 2025", PlainText.of("Chips in 2025\n\nBody text.").title());
    // A lone leftover word is skipped.
    assertEquals("“中国开源AI将主导世界?硅谷和华盛顿惊了”", PlainText.of("Workflow\n“中国开源AI将主导世界?硅谷和华盛顿惊了”\nbody").title());
    // A sentence is not a title.
    assertNull(PlainText.of("This is a sentence.\nMore.").title());
  }

  @Test
  void datedFirstLine() {
    PlainText.Parts parts = PlainText.of(" date 2025-12-14 Согласно данным CLSA, разрыв сократился.\n\nДалее.");
    // The date is taken and removed; the rest of the line is the first paragraph.
    assertEquals("2025-12-14", parts.published());
    assertEquals("Согласно данным CLSA, разрыв сократился.\n\nДалее.", parts.text());
  }
}
