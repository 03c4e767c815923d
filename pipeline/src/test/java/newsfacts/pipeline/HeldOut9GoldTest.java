package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the ninth held-out set in {@code src/test/resources/heldout9} (seven files: an undeclared
 * windows-1252 plain-text newsletter with a space-aligned score table, a windows-1251 business page with a MERA table,
 * an RSS feed of three items declared ISO-8859-15 whose items carry CDATA and twice-escaped HTML, a UTF-8 newsletter
 * with a BOM, an EUC-JP article with a benchmark table, a GBK page labelled gb2312 with a SuperCLUE table, a cp950
 * page labelled big5 with a revenue table whose unit is in its caption) against its gold, written by a helper that
 * saw neither the extractors nor the lexicons, after the eighth set's fixes, and committed before the extractors ran
 * on it. The gold has one line for the feed, whose three items are scored together. The first pass is in the comments
 * and in docs/heldout.md ("Ninth held-out set"); the counts asserted are those after the fixes that followed.
 */
class HeldOut9GoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout9");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void money() {
    // first pass 124/131 fp=8: a caption's unit with a label and scale characters ("（單位：新台幣億元）", 6), a scale
    // word after a line break of a hard-wrapped text ("5,7 en 6,5\nmiljard euro"), an ad between rule lines
    // ("---- ADVERTENTIE ----"), titles under a related-articles heading ("相關新聞", "Mehr zum Thema:"), a ［PR］ line,
    // WordPress's "Der Beitrag … erschien zuerst auf …" under each feed item, and a hard-wrapped plain text read
    // with its line breaks inside paragraphs as spaces ("tussen\nde $20 en $25 miljard" is one range)
    assertEquals("131/131 fp=0", counts("money"), set.score.misses.toString());
  }

  @Test
  void percentagesAndPoints() {
    // first pass 96/97 fp=8: ▲ as a minus in Japanese ("同▲8.5%"), an ad's discount. Left fp: five changes in
    // percentage points, which this gold leaves out (flagged points: true; "9 procentpunt" and a 9% stake count as
    // one 9 in the gold)
    assertEquals("97/97 fp=5", counts("percent"), set.score.misses.toString());
  }

  @Test
  void companies() {
    // first pass 77/85 fp=2: Adyen, ClickHouse, Toloka, Weights & Biases, Mitsui & Co., Salesforce Ventures, SMIC
    // South, which the lexicon lacked. Left: Poolside (a contextual alias: "poolside" is a word)
    assertEquals("84/85 fp=2", counts("company"), set.score.misses.toString());
  }

  @Test
  void models() {
    // first pass 38/42 fp=0: Pharia-2-30B (the family was missing), MiniMax-VL-02 (a tier word after a prefix ending
    // in a dash, a version from 0). Left: GEITje-7B-Ultra and Fietje-2-Chat, Dutch community models
    assertEquals("40/42 fp=0", counts("model"), set.score.misses.toString());
  }

  @Test
  void scores() {
    // first pass 60/111 fp=2 (the best first pass of the nine sets; the others were 0.17 to 0.39 in recall): a
    // space-aligned table in plain text (12), table rows read as English between Dutch paragraphs (so "68,9" was
    // 689), columns of a table whose caption names the metric (MERA, SuperCLUE: 26), "Breeze 2為64.8分", a list of
    // models whose second comes with its maker ("豆包大模型1.8与阿里巴巴的Qwen3-Max分别以77.9分和77.2分"). Left: the six
    // scores of two Dutch community models the lexicon lacks, two Elo values of an image arena,
    // "以79.6分排名第一的是…MiniMax-VL-02"; fp: PLaMo 2 Prime. Then a version of a test before the metric ("Mit 58,3
    // Punkten auf der deutschen Fassung von MMLU-ProX liegt das neue Pharia-2-30B")
    assertEquals("102/111 fp=1", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(7, set.score.langTotal);
    assertEquals(7, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void charsetsAreDetected() {
    Map<String, String> charsets = set.charsets();
    assertEquals("ISO-8859-15", charsets.get("de-11-ki-standort-feed.xml")); // in the XML declaration only
    assertEquals("UTF-8", charsets.get("en-10-compute-ledger-newsletter.html")); // a BOM
    assertEquals("EUC-JP", charsets.get("ja-10-techmedia-plamo3-pfn.html")); // meta http-equiv
    assertEquals("windows-1252", charsets.get("nl-10-chipbrief-nieuwsbrief.txt")); // undeclared
    assertEquals("windows-1251", charsets.get("ru-10-delotech-yandex-sber-mera.html"));
    assertEquals("GB18030", charsets.get("zh-13-kechuang-superclue-financing.html")); // GBK bytes labelled gb2312
    assertEquals("Big5-HKSCS", charsets.get("zh-14-chanjing-tw-ai-revenue.html")); // cp950 bytes labelled big5
    assertEquals(7, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    int[] forbidden = {0};
    List<String> reported = set.forbiddenMoneyTexts(forbidden);
    assertEquals(25, forbidden[0]);
    assertEquals(List.of(), reported);
  }
}
