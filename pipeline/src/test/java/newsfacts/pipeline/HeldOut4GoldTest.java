package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the fourth held-out set in {@code src/test/resources/heldout4} (six files, seven
 * documents: windows-1252 and EUC-JP text, windows-1251 and GBK pages with boilerplate, an English page with a
 * benchmark table, an Atom feed of two entries) against its gold, written by a helper that saw neither the
 * extractors nor the lexicons, after the fixes of the third set, and committed (9d62527) before the extractors
 * ran on it. The first pass is in the comments and in docs/heldout.md ("Fourth held-out set"); the counts
 * asserted are those after the fixes that followed.
 */
class HeldOut4GoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout4");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void moneyAndPercentagesAreAllFoundAndTheTickerIsNotRead() {
    // first pass: money 83/83 fp=4 and percent 38/38 fp=2, all six from the currency ticker in the page header
    assertEquals("83/83 fp=0", counts("money"), set.score.misses.toString());
    assertEquals("38/38 fp=0", counts("percent"), set.score.misses.toString());
  }

  @Test
  void companiesAreAllFound() {
    // first pass 50/70 fp=1 (19 not in the lexicon, Samsung Catalyst Fund read as Samsung, 火山引擎 filed under
    // ByteDance where the gold has a company of its own: it is one now, like MTS AI)
    // the fp since the company lexicon of 2026-12-02: Мосбирже, the Moscow Exchange, a company the gold does not list
    assertEquals("70/70 fp=1", counts("company"), set.score.misses.toString());
  }

  @Test
  void modelsMissOnlyAvocado() {
    // first pass 28/38 fp=4 (Alice AI, FLUX.2 [pro], Nano Banana Pro, Doubao-Seed-2.0 not read); left: Avocado,
    // Meta's code name, not in the lexicon
    assertEquals("37/38 fp=0", counts("model"), set.score.misses.toString());
  }

  @Test
  void scoresMissTheUnnamedTestAndTheJapaneseLinks() {
    // first pass 5/25 fp=2. Then 20/25 fp=1; japanese-lm-fin-harness added to the metrics and 「Qwen3-32B」の69.8
    // read as Qwen's: its 69.8 is found, but 同モデルが72.3 goes to GPT-5, the model the sentence before compares
    // with, not its omitted subject (one fp). Left: de "In einem internen Test ... 78,4 Prozent" (no metric named,
    // 2), ELYZA-tasks-100's 4.18, whose model is two sentences back (reported without a model: one fp)
    assertEquals("21/25 fp=2", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(7, set.score.langTotal);
    assertEquals(7, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void legacyCharsetsAreDecodedWithTheirCharset() {
    Map<String, String> charsets = set.charsets();
    assertEquals("windows-1252", charsets.get("nl-05-axelera-ronde.txt"));
    assertEquals("windows-1251", charsets.get("ru-05-yandex-kvartal.html"));
    assertEquals("GB18030", charsets.get("zh-05-doubao-jiage.html")); // declared gbk, read with its superset
    assertEquals("EUC-JP", charsets.get("ja-05-tsuzumi-juchu.txt"));
    assertEquals(6, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    int[] forbidden = {0};
    assertEquals(List.of(), set.forbiddenMoneyReported(forbidden));
    assertEquals(15, forbidden[0]);
  }

  @Test
  void factTextIsTheTextAtItsOffsets() {
    set.assertFactTextsAtTheirOffsets();
  }
}
