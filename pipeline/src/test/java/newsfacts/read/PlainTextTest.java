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

  // a hard-wrapped paragraph's breaks before lower case, digits and currency signs are spaces, one char for one;
  // short lines, lines ending in a colon, table rows and bullets keep theirs
  @Test
  void hardWrappedParagraphsAreUnwrapped() {
    assertEquals("het bedrijf verhoogt zijn investeringsplan naar tussen de $20 en $25 miljard.\nNieuw.",
        PlainText.unwrap("het bedrijf verhoogt zijn investeringsplan naar tussen\nde $20 en $25 miljard.\nNieuw."));
    String kept = "Kort\nen krachtig\nDe Chipbrief legde het model naast drie alternatieven:\nmodel a\n"
        + "Mistral Large 3 | 68,9 | 71,5 | 80,2 | 74,6 | 61,2\n58,4\n• Prosus leidt een financieringsronde van\nbijna";
    assertEquals(kept, PlainText.unwrap(kept));
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
