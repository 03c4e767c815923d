package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkedBlocksTest {
  // an ad, a sponsored block or a related-reading line is dropped with its paragraph; the article stays
  @Test
  void dropsMarkedParagraphsOnly() {
    String text = "Яндекс выпустил модель.\n\nРеклама. ООО «Скилбокс». Курс со скидкой 45%: 69 900 руб.\n\nКонец.";
    assertEquals("Яндекс выпустил модель.\n\nКонец.", MarkedBlocks.drop(text));
    assertEquals("营收增长。", MarkedBlocks.drop("营收增长。\n\n【相关阅读】寒武纪营收突破85亿元\n财联社声明：仅供参考。"));
    assertTrue(MarkedBlocks.marked("━━━━━━\n【PR】セミナー開催\n参加費5,500円"));
    assertTrue(MarkedBlocks.marked("Advertisement"));
  }

  // Latin markers in any case, Chinese ones without brackets; a feed item's content is read the same way
  @Test
  void markersInCapitalsAndWithoutBrackets() {
    assertEquals("A.\n\nB.", MarkedBlocks.drop("A.\n\nSPONSORED: Rent H200 GPUs from $1.99/hour.\n\nB."));
    assertEquals("营收增长。", MarkedBlocks.drop("营收增长。\n\n推荐阅读： 沐曦股份前三季度营收突破12亿元"));
    assertEquals("Конец.", MarkedBlocks.drop("Конец.\n\nЧитают сейчас\nКак мы потратили 2,7 млн рублей на облако"));
    assertEquals("完。", MarkedBlocks.drop("完。\n\n往期推荐\n摩尔线程市值突破3000亿元"));
  }

  // a related-articles heading of its own drops the short titles under it (up to the first that reads as a
  // paragraph); an ad marker inside a rule line drops its block
  @Test
  void relatedHeadingsTheirTitlesAndAdRules() {
    assertEquals("完。\n\n正文继续。", MarkedBlocks.drop(
        "完。\n\n相關新聞\n\n台積電11月營收NT$3,612億元　年增24.1%\n\n摩尔线程市值突破3000亿元，还能追吗？\n\n正文继续。"));
    assertEquals("Ende.\n\nDer Text geht weiter.", MarkedBlocks.drop(
        "Ende.\n\nMehr zum Thema:\n\nInfineon-Aktie: Kursziel von 48 €\n\nDer Text geht weiter."));
    assertEquals("A.\n\nB.", MarkedBlocks.drop("A.\n\n------ ADVERTENTIE ------\nEarly bird: € 395\n---------\n\nB."));
    assertEquals("Text.", MarkedBlocks.drop("Text.\n\nDer Beitrag Black Forest Labs wird mit 6,5 Milliarden US-Dollar "
        + "bewertet erschien zuerst auf KI-Standort."));
    assertEquals("Text.", MarkedBlocks.drop("Text.\n\nThe post Nvidia raises $2bn appeared first on Compute Ledger."));
    assertTrue(MarkedBlocks.relatedHeading("関連記事"));
    assertFalse(MarkedBlocks.relatedHeading("Related to this, Nvidia said"));
    assertFalse(MarkedBlocks.teaser("Nvidia said revenue rose 62%."));
  }

  // the block after the last rule line is the footer when it holds a copyright line; otherwise it stays
  @Test
  void footerAfterARuleLine() {
    String article = "Statkraft said power cost 42 øre.\n(Reporting by Lars Eide)";
    assertEquals(article, MarkedBlocks.drop(article + "\n\n-----------------------------\n"
        + "Asia Tech Wire subscriptions: USD 4,800 per seat per year.\nContact: sales@x.example | (c) 2026 Asia Tech Wire Ltd."));
    String noCopyright = article + "\n\n----------\nThe table below lists $5 billion of deals.";
    assertEquals(noCopyright, MarkedBlocks.drop(noCopyright));
    String ruleInside = "A.\n\n==========\nB. (c) 2026 X Ltd.\n\n" + "C. ".repeat(400);
    assertEquals(ruleInside, MarkedBlocks.drop(ruleInside)); // a rule farther than a footer's length from the end
  }

  // a marker word inside a sentence is not a marker
  @Test
  void markerWordsInsideSentencesStay() {
    assertFalse(MarkedBlocks.marked("Die Anzeige der Umsätze stieg auf 5 Mrd. Euro."));
    assertFalse(MarkedBlocks.marked("Реклама приносит Яндексу 60% выручки."));
    String text = "A.\n\nWerbung ist ein Markt von 40 Mrd. Euro.";
    assertEquals(text, MarkedBlocks.drop(text));
  }
}
