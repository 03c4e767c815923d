package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the seventh held-out set in {@code src/test/resources/heldout7} (seven files, ten
 * documents: an opinion column with English quotes, a windows-1251 market close with a quote ticker, an ad and
 * comments, an ISO-8859-15 article with a reader forum, a Big5 leaderboard post with a table of a row per model, a
 * GBK RSS feed declared gb2312, an EUC-JP PR TIMES release, a UTF-8 wire digest with a BOM and Chinese and Japanese
 * quotes) against its gold, written by a helper that saw neither the extractors nor the lexicons, after the sixth
 * set's fixes, and committed (55db758) before the extractors ran on it. The first pass is in the comments and in
 * docs/heldout.md ("Seventh held-out set"); the counts asserted are those after the fixes that followed.
 */
class HeldOut7GoldTest {
  static HeldOutSet set;

  @BeforeAll
  static void extract() throws Exception {
    set = HeldOutSet.load("heldout7");
  }

  static String counts(String type) {
    return set.counts(type);
  }

  @Test
  void moneyFindsEveryFigure() {
    // first pass 108/112 fp=4: eurocent, ct/kWh, U.S. cents and øre; a sponsored line in capitals, a footer after a
    // rule line, a related-reading line inside a feed item. Left: "Golem.de werbefrei lesen - für 3 Euro im Monat"
    // (a promotion box after the article, in a container with no telling class name)
    assertEquals("112/112 fp=1", counts("money"), set.score.misses.toString());
  }

  @Test
  void percentagesAndPoints() {
    // first pass 49/51 fp=2: "van 3 naar 4 procent" (the unit once), 四成 in a Chinese quote inside an English
    // paragraph. The two fp are percentage points, flagged points: true
    assertEquals("51/51 fp=2", counts("percent"), set.score.misses.toString());
    assertEquals(List.of("4.8个百分点", "zwei Prozentpunkte"), set.factsWhere(f -> Boolean.TRUE.equals(f.points())));
  }

  @Test
  void companiesAfterTheCategoryLexicon() {
    // first pass 50/88 fp=6: banks, utilities and start-ups of the six markets the lexicon lacked (212 companies
    // added by category, not from this set's list), «Микрон» in guillemets, a year before a name. Left: GroenLeven,
    // 50Hertz and Sparkasse Dahme-Spreewald (no context), DB, QR Investment; the gold's de Volksbank, Element, E.SUN
    // Bank and T-Technologies are our ASN Bank (renamed 2025), Element Group, E.SUN Financial and T-Bank entries; the
    // Moscow Exchange (Мосбиржа), in the lexicon since the second company batch, is an fp the gold lists as optional
    // under another name
    assertEquals("79/88 fp=6", counts("company"), set.score.misses.toString());
  }

  @Test
  void models() {
    // first pass 21/31 fp=3: FFM-Qwen3-32B, TAIDE-LX-9B (glued names), Stockmark, Sarvam, Teuken, Krutrim families.
    // Left: "DeepSeek's release of V4.1" (a bare version after the company's possessive)
    assertEquals("30/31 fp=1", counts("model"), set.score.misses.toString());
  }

  @Test
  void scores() {
    // first pass 17/44 fp=5: a column headed by an unlisted benchmark (TW-Knowledge, 7), a table row's model in its
    // maker's column (3), “人类最后的考试” in curly quotes, 上达到, 的成绩为, "came in at", "which scored", "op dezelfde
    // lijst", the Japanese bullets under "当社の評価では…次の結果となりました。" (the publisher's own model; "5点満点" and
    // "前モデル比で6.3ポイント向上" are no scores). Then 42/44 fp=2; "het getal dat ertoe doet: 52,7" now takes the one
    // model of the sentence before (a sentence naming no model goes on about it). Left: LLäMmlein 2 after a list of
    // three models
    assertEquals("43/44 fp=1", counts("score"), set.score.misses.toString());
  }

  @Test
  void everyDocumentLanguageIsRight() {
    assertEquals(10, set.score.langTotal);
    assertEquals(10, set.score.langOk, set.score.misses.toString());
  }

  @Test
  void charsetsAreDetected() {
    Map<String, String> charsets = set.charsets();
    assertEquals("ISO-8859-15", charsets.get("de-09-stackit-luebbenau-forum.html")); // declared in http-equiv only
    assertEquals("windows-1251", charsets.get("ru-08-itogi-torgov.html"));
    assertEquals("Big5-HKSCS", charsets.get("zh-09-tw-llm-leaderboard.html")); // declared Big5, read with its superset
    assertEquals("GB18030", charsets.get("zh-10-jiwei-kuaixun.rss")); // declared gb2312, GBK bytes
    assertEquals("EUC-JP", charsets.get("ja-08-stockmark-prtimes.html"));
    assertEquals("UTF-8", charsets.get("en-08-asia-tech-wire-digest.txt")); // with a BOM
    assertEquals(7, charsets.size());
  }

  @Test
  void boilerplateFiguresAreNotReported() throws Exception {
    int[] forbidden = {0};
    List<String> reported = set.forbiddenMoneyTexts(forbidden);
    // the promotion box's "für 3 Euro im Monat" (see above)
    assertEquals(List.of("de-09-stackit-luebbenau-forum.html:\"3 Euro\""), reported);
    assertEquals(22, forbidden[0]);
  }
}
