package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the fifth held-out set in {@code src/test/resources/heldout5} (seven files, eight
 * documents: UTF-16LE text, a Big5 page from Taiwan, a Shift_JIS page declaring its charset only in a meta tag, an
 * RSS feed of two items, an English body under a Chinese headline, a heise page heavy with boilerplate) against its
 * gold, written by a helper that saw neither the extractors nor the lexicons, and committed (d086ed4) before the
 * extractors ran on it. The first pass is in the comments and in docs/heldout.md ("Fifth held-out set"); the
 * counts asserted are those after the fixes that followed.
 */
class HeldOut5GoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout5");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void moneyAndPercentagesAreAllFound() {
    // first pass: money 104/104 fp=1 ("3500億円から4000億円" read as two figures, not a range), percent 54/54 fp=0
    assertEquals("104/104 fp=0", counts("money"), set.score.misses.toString());
    assertEquals("54/54 fp=0", counts("percent"), set.score.misses.toString());
  }

  @Test
  void companiesMissTwoGoldReadings() {
    // first pass 71/95 fp=3 (22 not in the lexicon; "China International Capital Corp." cut before "Corp."; "cloud
    // arm" read as Arm). Left: 創意 for GUC (a common word, "creative": not an alias) and ソフトバンク, which the
    // gold files as SoftBank and the lexicon as SoftBank Corp., the telecom that owns SB Intuitions (one fp); the
    // other fp, since the company lexicon of 2026-12-02, is the Moscow Exchange (Мосбиржи), which the gold does not list
    assertEquals("93/95 fp=2", counts("company"), set.score.misses.toString());
  }

  @Test
  void modelsAreAllFound() {
    // first pass 27/32 fp=6 (GPT-NL 61 from "GPT-NL 61,8 punten", Nemotron 3 for Nemotron 3 Super, Llama 3.1 and
    // Llama 3.3 + Swallow inside two models the lexicon lacked, GigaChat 3.5 for GigaChat 3.5 Lightning)
    assertEquals("32/32 fp=0", counts("model"), set.score.misses.toString());
  }

  @Test
  void scoresAreAllFound() {
    // first pass 6/36 fp=2: five benchmarks the metrics lacked (C-Eval, SuperCLUE, JGLUE, MERA, EuroEval), a
    // table with a column per metric, "respectively", "Das Mistral-Modell", "новинка", "it resolved", values after
    // "at", "on", "以", "則為" and in parentheses; see docs/heldout.md
    assertEquals("36/36 fp=0", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(8, set.score.langTotal);
    assertEquals(8, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void charsetsAreDetected() {
    Map<String, String> charsets = set.charsets();
    assertEquals("UTF-16LE", charsets.get("ru-06-sber-yadro.txt")); // by its byte-order mark
    assertEquals("Big5-HKSCS", charsets.get("zh-06-mediatek-asic.html")); // declared big5, read with its superset
    assertEquals("windows-31j", charsets.get("ja-06-plamo3-mncore.html")); // Shift_JIS in a meta tag
    assertEquals("UTF-8", charsets.get("zh-07-kunlunxin-ipo.txt"));
    assertEquals(7, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    int[] forbidden = {0};
    assertEquals(List.of(), set.forbiddenMoneyReported(forbidden));
    assertEquals(16, forbidden[0]);
  }
}
