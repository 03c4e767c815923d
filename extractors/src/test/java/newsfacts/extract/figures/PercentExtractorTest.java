package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.Qualifier;
import org.junit.jupiter.api.Test;

class PercentExtractorTest {
  private static final PercentExtractor PERCENT = new PercentExtractor();

  private static Fact only(String text, String lang) {
    List<Fact> fs = PERCENT.extract(Passage.of(text, lang));
    assertEquals(1, fs.size(), () -> "one percent fact in '" + text + "', got " + fs);
    return fs.get(0);
  }

  private static void assertPercent(Fact f, int start, int end, double value, Double max, Qualifier q) {
    assertEquals(start, f.start(), "start of " + f.text());
    assertEquals(end, f.end(), "end of " + f.text());
    assertEquals(value, f.value(), 1e-9, f.text());
    if (max == null) {
      assertNull(f.max(), f.text());
    } else {
      assertEquals(max, f.max(), 1e-9, f.text());
    }
    assertEquals(q, f.qualifier(), f.text());
  }

  // A change in percentage points is a percent fact with points: true; the level after it is a share.
  @Test
  void percentagePoints() {
    List<Fact> nl = PERCENT.extract(Passage.of("steeg met 6 procentpunt naar 48 procent", "nl"));
    assertEquals(List.of("6 procentpunt:true", "48 procent:null"),
        nl.stream().map(f -> f.text() + ":" + f.points()).toList());
    Fact de = only("um 0,4 Prozentpunkte", "de");
    assertPercent(de, 3, 20, 0.4, null, null);
    assertEquals(Boolean.TRUE, de.points());
    assertEquals(List.of("einen Prozentpunkt=1.0:true", "1 Prozentpunkt=1.0:true"),
        PERCENT.extract(Passage.of("um einen Prozentpunkt, also 1 Prozentpunkt", "de")).stream()
            .map(f -> f.text() + "=" + f.value() + ":" + f.points()).toList());
    assertEquals(Boolean.TRUE, only("plus 9 п.п.", "ru").points());
    Fact ru = only("на 2,5 процентных пункта", "ru");
    assertEquals("2,5 процентных пункта", ru.text());
    assertEquals(Boolean.TRUE, ru.points());
    assertEquals(Boolean.TRUE, only("毛利率提升6.2个百分点", "zh").points());
    assertEquals(Boolean.TRUE, only("up 3 percentage points", "en").points());
    assertNull(only("на 5 процентов", "ru").points());
    assertNull(only("rose 3 per cent", "en").points());
  }

  // a change with the unit once gives both figures; a Chinese quote in another language's paragraph has 成
  @Test
  void changeAndChineseTenthsInAQuote() {
    assertEquals(List.of("3=3.0", "4 procent=4.0"), PERCENT.extract(Passage.of("steeg van 3 naar 4 procent", "nl"))
        .stream().map(f -> f.text() + "=" + f.value()).toList());
    assertEquals(List.of("2=2.0", "3 Prozentpunkte=3.0"), PERCENT.extract(Passage.of("von 2 auf 3 Prozentpunkte", "de"))
        .stream().map(f -> f.text() + "=" + f.value()).toList());
    assertEquals(0, PERCENT.extract(Passage.of("von 2023 auf 2024", "de")).size());
    assertPercent(only("He said: “降幅约四成。” It fell.", "en"), 13, 15, 40, null, Qualifier.APPROX);
    assertEquals(0, PERCENT.extract(Passage.of("The 4成 plan", "en")).size()); // no Chinese before the number
  }

  // zh tenths: two digits a range (两三成), X到Y成 a range, a digit after 成 adds (四成六 is 46); an en dash as minus in
  // a table; "plus or minus" is a margin; %-Pkt. are percentage points
  @Test
  void tenthsRangesSignsAndMargins() {
    assertPercent(only("再涨两三成", "zh"), 2, 5, 20, 30.0, null);
    assertPercent(only("约五到七成的客户", "zh"), 1, 5, 50, 70.0, Qualifier.APPROX);
    assertPercent(only("佔總預算的四成六。", "zh"), 5, 8, 46, null, null);
    assertPercent(only("EBIT | –4 %", "de"), 7, 11, -4, null, null);
    assertPercent(only("von 20–30 %", "de"), 4, 11, 20, 30.0, null);
    assertPercent(only("plus or minus five percent", "en"), 14, 26, 5, null, null);
    Fact pkt = only("Marge | –1,5 %-Pkt.", "de");
    assertEquals(-1.5, pkt.value(), 1e-9);
    assertEquals(Boolean.TRUE, pkt.points());
  }

  // nl: the word procent
  // ja: ▲ and △ mark a decrease in Japanese financial writing
  @Test
  void japaneseTriangleIsAMinus() {
    List<Fact> fs = PERCENT.extract(Passage.of("売上高は同▲8.5%、営業利益は△3.2%。", "ja"));
    assertEquals(2, fs.size(), fs::toString);
    assertPercent(fs.get(0), 5, 10, -8.5, null, null);
    assertPercent(fs.get(1), 16, 21, -3.2, null, null);
  }

  @Test
  void dutchProcent() {
    assertPercent(only("kelderden met 17 procent op één dag", "nl"), 14, 24, 17, null, null);
  }

  // de: decimal comma and Prozent; a range with bis
  @Test
  void germanProzentAndRange() {
    assertPercent(only("um 4,5 Prozent", "de"), 3, 14, 4.5, null, null);
    assertPercent(only("20 bis 30 Prozent", "de"), 0, 17, 20, 30.0, null);
  }

  // ru: a spaced percent sign and inflected процент
  @Test
  void russianForms() {
    assertPercent(only("почти 30 % от общего", "ru"), 6, 10, 30, null, Qualifier.APPROX);
    assertPercent(only("на 5 процентов", "ru"), 3, 14, 5, null, null);
    assertPercent(only("12,5 процента", "ru"), 0, 13, 12.5, null, null);
  }

  // ja/zh: the full-width sign and 百分之 before a Chinese numeral
  @Test
  void cjkForms() {
    assertPercent(only("シェアは２５％に", "ja"), 4, 7, 25, null, null);
    assertPercent(only("增长百分之五十", "zh"), 2, 7, 50, null, null);
    assertPercent(only("超过10%", "zh"), 2, 5, 10, null, Qualifier.AT_LEAST);
  }

  // en: percent, per cent, a negative change and a range with a dash
  @Test
  void englishForms() {
    assertPercent(only("rose 10.5 percent", "en"), 5, 17, 10.5, null, null);
    assertPercent(only("fell 50 per cent", "en"), 5, 16, 50, null, null);
    assertPercent(only("a change of -3% in", "en"), 12, 15, -3, null, null);
    assertPercent(only("20–30% of users", "en"), 0, 6, 20, 30.0, null);
    assertPercent(only("more than 10% of", "en"), 10, 13, 10, null, Qualifier.AT_LEAST);
  }

  // zh 成 and ja 割 are tenths; 半 adds five
  @Test
  void tenths() {
    assertPercent(only("七成的用户", "zh"), 0, 2, 70, null, null);
    assertPercent(only("女子は5割半を占める", "ja"), 3, 6, 55, null, null);
  }

  // percentage points count as percent figures, flagged as points
  @Test
  void percentagePointsSpans() {
    assertPercent(only("Diese 15 Prozentpunkte", "de"), 6, 22, 15, null, null);
    assertPercent(only("下降了2.4个百分点", "zh"), 3, 10, 2.4, null, null);
  }

  // ja: パーセント and マイナス
  @Test
  void japanesePercentWords() {
    assertPercent(only("前年度比マイナス五パーセントです", "ja"), 4, 14, -5, null, null);
  }

  // numbers inside a URL are not figures
  @Test
  void urlsAreSkipped() {
    assertTrue(PERCENT.extract(Passage.of("https://www.test.com/search?q=30%25%2020%", "en")).isEmpty());
  }

  // plain numbers, versions and years are not percentages
  @Test
  void numbersWithoutSignAreNotPercent() {
    assertTrue(PERCENT.extract(Passage.of("In 2025 version 4.0 had 30 users", "en")).isEmpty());
  }
}
