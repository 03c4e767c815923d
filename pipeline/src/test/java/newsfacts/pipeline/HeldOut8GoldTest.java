package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the eighth held-out set in {@code src/test/resources/heldout8} (seven files: an
 * undeclared UTF-8 news post with a specs list, a KOI8-R blog post with a benchmark table drawn in shell output,
 * an investor-relations page declared ISO-8859-1 with windows-1252 bytes and key-figure tables, a GB18030 WeChat
 * post, a Big5-HKSCS Hong Kong government announcement, a Shift_JIS article with a caption list, a UTF-16LE podcast
 * transcript) against its gold, written by a helper that saw neither the extractors nor the lexicons, after the
 * seventh set's fixes, and committed (df71f6a) before the extractors ran on it. The first pass is in the comments
 * and in docs/heldout.md ("Eighth held-out set"); the counts asserted are those after the fixes that followed.
 */
class HeldOut8GoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout8");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void money() {
    // first pass 90/123 fp=19: a bare 元 in a Hong Kong text (HKD), table cells whose unit is in the column header
    // or the caption ("資助額（港元）", "(in Mio. €)"), decimals in words ("two point six billion"), Russian oblique
    // number words ("двух миллионов"). Then fp=4; the two related-reading teasers under a 往期推荐 heading of their
    // own are now dropped with it. Left fp: a sponsor read and a subscription price spoken in the transcript
    assertEquals("123/123 fp=2", counts("money"), set.score.misses.toString());
  }

  @Test
  void percentagesAndPoints() {
    // first pass 58/67 fp=9: an en dash as a minus in a table, "plus or minus", 两三成 and 五到七成 as ranges, 四成六;
    // the three fp are percentage points (flagged points: true)
    assertEquals("67/67 fp=3", counts("percent"), set.score.misses.toString());
    assertEquals(List.of("0,3 Prozentpunkten", "3.5个百分点", "–1,5 %-Pkt."),
        set.factsWhere(f -> Boolean.TRUE.equals(f.points())));
  }

  @Test
  void companies() {
    // first pass 61/80 fp=0: insurers, sovereign funds, Hong Kong companies, chip-equipment and data-centre firms the
    // lexicon lacked; 285 companies were then compiled by those categories (not from this set's list). Left: Mistral
    // (a contextual alias), Lambda (contextual), T-Bank (as Т-Банк's holding), 保誠保險 (保誠 alone left out). Then
    // "Mistral's new campus" (a possessive makes a contextual company) and 保誠保險 as Prudential plc, its parent, which
    // the gold calls "prudential" (one miss and one extra). Left: Lambda, T-Bank
    assertEquals("77/80 fp=1", counts("company"), set.score.misses.toString());
  }

  @Test
  void models() {
    // first pass 16/27 fp=3: a quoted name after a model word (大模型「HKGAI V2」), glued tier words
    // (LongCat-Flash-Thinking-2), A-Vibe. Then 21/27 fp=2; after it, a capitalised common-word prefix with a spaced
    // version and tier (Nova 3 Pro), a company and a V version (HKGAI V1), a brand before its model (日日新SenseNova V7
    // is one model), a name that begins a benchmark's (llm-jp-eval), and the families DINO, LLM-jp, EuroLLM, Vikhr
    assertEquals("27/27 fp=0", counts("model"), set.score.misses.toString());
  }

  @Test
  void scores() {
    // first pass 9/34 fp=2: a benchmark table drawn with box characters in a <pre> (15), ru_arena_hard, quoted names
    // after model words, a caption list joined by ＝. Left: Nova 3 Pro (2), 同モデル…「llm-jp-eval」でも0.671 and
    // HKCanto-Eval (benchmarks the lexicon lacks), "zakt het model naar 66,4". Then 29/34; the two benchmarks added,
    // a target is no score ("目標是超過80分"); "zakt het model naar 66,4" (a verb of change, the anaphor's model two
    // sentences back). Left: Nova 3 Pro's two scores ("it scored sixty-four", "it got 71.5 percent" in a spoken
    // transcript, other models named in between)
    assertEquals("32/34 fp=0", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(7, set.score.langTotal);
    assertEquals(7, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void charsetsAreDetected() {
    Map<String, String> charsets = set.charsets();
    assertEquals("windows-1252", charsets.get("de-10-zeiss-ir-kennzahlen.html")); // declared ISO-8859-1
    assertEquals("UTF-16LE", charsets.get("en-09-compute-cast-transcript.txt")); // a BOM, no declaration
    assertEquals("windows-31j", charsets.get("ja-09-nikkei-sakura-gpu.html")); // declared Shift_JIS in http-equiv
    assertEquals("UTF-8", charsets.get("nl-09-axelera-europa-tweakers.html")); // undeclared
    assertEquals("KOI8-R", charsets.get("ru-09-habr-llm-bench.html"));
    assertEquals("GB18030", charsets.get("zh-11-wechat-hbm-api.html"));
    assertEquals("Big5-HKSCS", charsets.get("zh-12-hk-ai-subsidy-gov.html"));
    assertEquals(7, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    int[] forbidden = {0};
    List<String> reported = set.forbiddenMoneyTexts(forbidden);
    assertEquals(18, forbidden[0]);
    // the sponsor read ("$300 in free credit") and the ad-free plan ("$5 a month") spoken in the transcript
    assertEquals(List.of("en-09-compute-cast-transcript.txt:\"$300\"", "en-09-compute-cast-transcript.txt:\"$5\""),
        reported);
  }
}
