package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the twelve held-out articles in {@code src/test/resources/heldout} (two per language,
 * plain text, HTML pages with boilerplate, legacy charsets) against their gold, {@code heldout/gold.jsonl}:
 * the exact counts per fact type, so that any change of the output shows (docs/heldout.md has the misses).
 */
class HeldOutGoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void moneyAndPercentagesAreAllFound() {
    assertEquals("148/148 fp=0", counts("money"), set.score.misses.toString());
    assertEquals("68/68 fp=0", counts("percent"), set.score.misses.toString());
  }

  @Test
  void companiesAfterTheLexiconCaughtUp() {
    // the six left out of the lexicon at first (docs/heldout.md) are in it since 2026-12-01; 上海国投 is listed
    // as Shanghai State-owned Capital Investment, which the gold's "Shanghai SDIC" does not name: one miss and
    // one extra for the same mention. みずほ銀行 is Mizuho Bank since 2026-12-02 (the sixth set's gold lists it so, as
    // the lexicon lists Mizuho Capital apart from the group); this gold files it under the group, Mizuho: one miss
    // and one extra more
    assertEquals("157/159 fp=2", counts("company"), set.score.misses.toString());
  }

  @Test
  void modelsAndScoresAreAllFound() {
    assertEquals("46/46 fp=0", counts("model"), set.score.misses.toString());
    assertEquals("27/27 fp=0", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(12, set.score.langTotal);
    assertEquals(12, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void legacyCharsetsAreDecodedWithTheirCharset() {
    Map<String, String> charsets = set.charsets();
    assertEquals("windows-1251", charsets.get("ru-01-sber-gigachat.txt"));
    assertEquals("windows-1252", charsets.get("de-02-infineon-dresden.txt"));
    assertEquals("GB18030", charsets.get("zh-02-moer-xiancheng-ipo.txt"));
    assertEquals("windows-31j", charsets.get("ja-01-softbank-openai.txt")); // Shift_JIS, read as its superset
    assertEquals("EUC-JP", charsets.get("ja-02-sakana-ai.html"));
    assertEquals(12, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    // money_forbidden: subscription prices, exchange rates in site headers, headlines of other articles
    int[] forbidden = {0};
    assertEquals(List.of(), set.forbiddenMoneyReported(forbidden));
    assertEquals(19, forbidden[0]);
  }

  @Test
  void factTextIsTheTextAtItsOffsets() {
    set.assertFactTextsAtTheirOffsets();
  }
}
