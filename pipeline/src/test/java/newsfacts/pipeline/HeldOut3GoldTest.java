package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the third held-out set in {@code src/test/resources/heldout3} (six files, one per
 * language: two HTML pages and a Japanese one with boilerplate, KOI8-R, windows-1252, Big5, Shift_JIS, and an
 * RSS feed of three items, so eight documents) against its gold, written by a helper that saw neither the
 * extractors nor the lexicons and committed (5da4338) before the extractors ran on it. The first pass is in the
 * comments and in docs/heldout.md ("Third held-out set"); the counts asserted are those after the general fixes
 * and lexicon entries that followed, each a deliberate change of this test.
 */
class HeldOut3GoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout3");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void moneyAndPercentagesAreAllFound() {
    // first pass 73/79 fp=5: the feed items' titles were not read ($20 billion, $6 billion, ₩47tn), a bare 元
    // in the Taiwanese article was CNY (6元, 1元, 1,580元), "新台幣7,000億元至8,000億元" was two figures, and
    // the campaign box's 月額990円 was taken with the article
    assertEquals("79/79 fp=0", counts("money"), set.score.misses.toString());
    assertEquals("59/59 fp=0", counts("percent"), set.score.misses.toString());
  }

  @Test
  void companiesMissTheUnlistedAndTheContextual() {
    // first pass 57/81 fp=1 (21 not in the lexicon; UMC read in "UMC Utrecht"; Meta, a contextual alias, had no
    // context in its sentence: it has now, Llama 4 Maverick named in the article; so has Fidelity, in a list
    // with Nvidia); Lumo Labs and Ф-Тех, not in the lexicon (we could not confirm they exist), are read by their
    // form since 2026-12-02 ("Lumo Labs werkt samen", 'дистрибьютора "Ф-Тех"')
    assertEquals("81/81 fp=0", counts("company"), set.score.misses.toString());
  }

  @Test
  void modelsAreAllFound() {
    // first pass 27/38 fp=3; Lumo-Zorg 2, Pharia-2-Instruct and Instella-Math 2, not in the lexicon, are read as
    // unknown models since 2026-12-02 (each is named before its score), and TAIDE is in the lexicon since the fifth
    // set named a TAIDE model; fp: the title's "Grok 4.1", which the gold does not list
    assertEquals("38/38 fp=1", counts("model"), set.score.misses.toString());
  }

  @Test
  void everyScoreHasItsModel() {
    // first pass 5/20 fp=4. The scores of Lumo-Zorg 2, Pharia-2-Instruct and Instella-Math 2 take those names as
    // unknown models since 2026-12-02
    assertEquals("20/20 fp=0", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(8, set.score.langTotal);
    assertEquals(8, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void legacyCharsetsAreDecodedWithTheirCharset() {
    Map<String, String> charsets = set.charsets();
    assertEquals("KOI8-R", charsets.get("ru-04-mts-ai-klaster.txt"));
    assertEquals("windows-1252", charsets.get("de-04-ki-gigafabrik.html"));
    assertEquals("Big5-HKSCS", charsets.get("zh-04-tsmc-capex-2nm.txt")); // WHATWG's Big5 is HKSCS
    assertEquals("windows-31j", charsets.get("ja-04-geniac-hojokin.html")); // the browsers' Shift_JIS
    assertEquals(6, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    // money_forbidden: FD's ticker and subscription, FAZ's promotion and teasers, ITmedia's campaign and ranking
    int[] forbidden = {0};
    assertEquals(List.of(), set.forbiddenMoneyReported(forbidden));
    assertEquals(15, forbidden[0]);
  }

  @Test
  void factTextIsTheTextAtItsOffsets() {
    set.assertFactTextsAtTheirOffsets();
  }
}
