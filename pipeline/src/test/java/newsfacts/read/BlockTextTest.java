package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Paragraph rendering and whitespace collapsing ({@link BlockText}). */
class BlockTextTest {
  @Test
  void collapseKeepsLineBreaksAndTheIdeographicSpace() {
    // Runs of spaces, tabs and no-break spaces become one space; a space before a line break goes; U+3000 stays.
    assertEquals("a b c", BlockText.collapse("  a \t\u00A0 b\u2003c  "));
    assertEquals("first\nsecond", BlockText.collapse("first   \n   second"));
    assertEquals("東京\u3000大阪", BlockText.collapse("東京\u3000大阪"));
    assertEquals("x\n\ny", BlockText.collapse(new StringBuilder("x \n \ny ")));
    assertEquals("", BlockText.collapse(" \t "));
  }

  // a <pre> keeps its lines; a table drawn in it with box characters becomes rows of cells, its rule lines go
  @Test
  void drawnTableInAPreIsRowsOfCells() {
    var doc = Jsoup.parse("<p>Results:</p><pre><code>$ run --tasks rummlu\n"
        + "│ model     │ ruMMLU │ LIBRA │\n├───────────┼────────┼───────┤\n│ T-Pro-2.1 │  0.774 │  61.4 │\n"
        + "│ A-Vibe-2  │  0.735 │  55.2 │\n[INFO] done</code></pre>");
    assertEquals(List.of("Results:", "$ run --tasks rummlu\nmodel | ruMMLU | LIBRA\nT-Pro-2.1 | 0.774 | 61.4\n"
        + "A-Vibe-2 | 0.735 | 55.2\n[INFO] done"), BlockText.paragraphs(List.of(doc.body())));
  }

  // Markdown and ASCII tables in plain text read the same way; a line with one bar is no row
  @Test
  void markdownAndAsciiTables() {
    assertEquals("Model | Score\nGPT-5 | 68\nQwen3 | 61", TextTables.normalize(
        "| Model | Score |\n|-------|:-----:|\n| GPT-5 | 68 |\n| Qwen3 | 61 |"));
    assertEquals("+----+\nno | table here", TextTables.normalize("+----+\nno | table here"));
    assertEquals("a | b\n", TextTables.normalize("| a | b |\n"));
    String prose = "Revenue rose.\nCosts fell.";
    assertEquals(prose, TextTables.normalize(prose));
  }

  // a run of three lines or more of as many cells apart by two spaces or more, a figure on each row past the header
  @Test
  void spaceAlignedTables() {
    assertEquals("intro:\nModel | EuroEval-nl | MMLU-nl\nMistral Large 3 | 68,9 | 71,5\nGPT-NL | 61,2 | 58,4\n\nend",
        TextTables.normalize("intro:\n  Model               EuroEval-nl   MMLU-nl\n  Mistral Large 3            68,9      71,5\n"
            + "  GPT-NL                     61,2      58,4\n\nend"));
    String twoRows = "Model     EuroEval   MMLU\nGPT-NL        61,2   58,4\nnext line";
    assertEquals(twoRows, TextTables.normalize(twoRows));
    String spacedProse = "It rose.  Then it fell.  Then 2025.\nAgain.  And again.  In 2026.\nOnce more.  Yes.  No.";
    assertEquals(spacedProse, TextTables.normalize(spacedProse));
  }

  @Test
  void oneParagraphPerBlock() {
    var doc = Jsoup.parse("<div>Lead <b>bold</b>\ntext<p>One<br>two</p><ul><li>a</li><li> b </li></ul></div>");
    // Block boundaries split paragraphs, <br> is a line break, inline markup and source line breaks are not.
    assertEquals(List.of("Lead bold text", "One\ntwo", "a", "b"), BlockText.paragraphs(List.of(doc.body())));
  }

  @Test
  void aDataRowIsOneLineALayoutRowIsNot() {
    var doc = Jsoup.parse("<table><thead><tr><th>Model</th><th>Index score</th></tr></thead><tbody>"
        + "<tr><td>DeepSeek-V3.2</td><td>66</td></tr><tr><td><b>gpt-oss-120B</b></td><td>61</td></tr></tbody></table>"
        + "<table><tr><td><a href=/>Home</a></td><td><p>A paragraph of the article.</p></td></tr>"
        + "<tr><td>Nav</td><td>" + "A long cell of article text, more than sixty characters of it in one cell." + "</td></tr>"
        + "</table>");
    assertEquals(List.of("Model | Index score", "DeepSeek-V3.2 | 66", "gpt-oss-120B | 61", "Home",
        "A paragraph of the article.", "Nav", "A long cell of article text, more than sixty characters of it in one cell."),
        BlockText.paragraphs(List.of(doc.body())));
  }
}
