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

  // a marker word inside a sentence is not a marker
  @Test
  void markerWordsInsideSentencesStay() {
    assertFalse(MarkedBlocks.marked("Die Anzeige der Umsätze stieg auf 5 Mrd. Euro."));
    assertFalse(MarkedBlocks.marked("Реклама приносит Яндексу 60% выручки."));
    String text = "A.\n\nWerbung ist ein Markt von 40 Mrd. Euro.";
    assertEquals(text, MarkedBlocks.drop(text));
  }
}
