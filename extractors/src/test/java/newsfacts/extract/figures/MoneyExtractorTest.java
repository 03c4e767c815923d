package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.Qualifier;
import org.junit.jupiter.api.Test;

class MoneyExtractorTest {
  private static final MoneyExtractor MONEY = new MoneyExtractor();

  private static List<Fact> money(String text, String lang) {
    return MONEY.extract(Passage.of(text, lang));
  }

  private static void assertMoney(Fact f, int start, int end, double amount, String currency, Double max,
      Qualifier q) {
    assertEquals(start, f.start(), "start of " + f.text());
    assertEquals(end, f.end(), "end of " + f.text());
    assertEquals(amount, f.amount(), Math.abs(amount) * 1e-9, f.text());
    assertEquals(currency, f.currency(), f.text());
    if (max == null) {
      assertNull(f.max(), f.text());
    } else {
      assertEquals(max, f.max(), max * 1e-9, f.text());
    }
    assertEquals(q, f.qualifier(), f.text());
  }

  private static Fact only(String text, String lang) {
    List<Fact> fs = money(text, lang);
    assertEquals(1, fs.size(), () -> "one money fact in '" + text + "', got " + fs);
    return fs.get(0);
  }

  // nl: a dollar amount and its euro equivalent in parentheses are two facts
  @Test
  void dutchPairInParentheses() {
    List<Fact> fs = money("$600 miljard (€510 miljard)", "nl");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 0, 12, 600e9, "USD", null, null);
    assertMoney(fs.get(1), 14, 26, 510e9, "EUR", null, null);
  }

  // nl: yuan after the number, decimal comma in the euro figure
  @Test
  void dutchYuanAndDecimalComma() {
    List<Fact> fs = money("380 miljard yuan (€50,6 miljard)", "nl");
    assertMoney(fs.get(0), 0, 16, 380e9, "CNY", null, null);
    assertMoney(fs.get(1), 18, 31, 50.6e9, "EUR", null, null);
  }

  // nl: thousands dots, "ruim" hedges, "tot" caps
  @Test
  void dutchQualifiers() {
    assertMoney(only("ruim 1.250.000 euro", "nl"), 5, 19, 1_250_000, "EUR", null, Qualifier.APPROX);
    assertMoney(only("tot $40 miljard", "nl"), 4, 15, 40e9, "USD", null, Qualifier.AT_MOST);
  }

  // de: Milliarden, "rund", number words, Mio. before a code
  @Test
  void germanForms() {
    assertMoney(only("rund 4,5 Milliarden Euro", "de"), 5, 24, 4.5e9, "EUR", null, Qualifier.APPROX);
    assertMoney(only("eine Milliarde Euro", "de"), 0, 19, 1e9, "EUR", null, null);
    assertMoney(only("2,5 Mio. USD", "de"), 0, 12, 2.5e6, "USD", null, null);
    assertMoney(only("12 500 EUR", "de"), 0, 10, 12_500, "EUR", null, null);
  }

  // ru: a range takes the currency once and the lower end takes the scale word of the upper
  @Test
  void russianRangeAndInflections() {
    assertMoney(only("2–3 млрд долларов", "ru"), 0, 17, 2e9, "USD", 3e9, null);
    assertMoney(only("около 10 рублей", "ru"), 6, 15, 10, "RUB", null, Qualifier.APPROX);
    assertMoney(only("150 млн руб.", "ru"), 0, 12, 150e6, "RUB", null, null);
    assertMoney(only("свыше 5 млрд евро", "ru"), 6, 17, 5e9, "EUR", null, Qualifier.AT_LEAST);
  }

  // zh: a range with 至, the currency on the upper end only
  @Test
  void chineseRange() {
    assertMoney(only("400億至420億美元", "zh"), 0, 11, 40e9, "USD", 42e9, null);
  }

  // a scale word after a hyphen (a compound adjective) scales the figure; 级 after an amount makes it an order
  @Test
  void hyphenatedScaleWordsAndOrdersOfMagnitude() {
    assertMoney(only("a $5-billion deal", "en"), 2, 12, 5e9, "USD", null, null);
    assertMoney(only("the ₹10,372-crore mission", "en"), 4, 17, 1.0372e11, "INR", null, null);
    assertMoney(only("eine 5-Milliarden-Euro-Investition", "de"), 5, 22, 5e9, "EUR", null, null);
    assertEquals(List.of(), money("国家电网均为千万元级订单客户", "zh"));
  }

  // ja: XからY is a range, XからYに a change (two figures)
  @Test
  void japaneseKaraRangeAndChange() {
    assertMoney(only("評価額は3500億円から4000億円とされる", "ja"), 4, 18, 3.5e11, "JPY", 4e11, null);
    assertMoney(only("3億から5億円の規模", "ja"), 0, 7, 3e8, "JPY", 5e8, null);
    List<Fact> change = MONEY.extract(Passage.of("売上高は100億円から120億円に増えた", "ja"));
    assertEquals(2, change.size());
    assertMoney(change.get(1), 11, 16, 1.2e10, "JPY", null, null);
    assertEquals(List.of(3e8, 1.2e10), MONEY.extract(Passage.of("3億から120億円に増えた", "ja")).stream()
        .map(Fact::amount).toList());
  }

  // zh: a bare 元 is CNY, but TWD after 新台幣 in the same sentence
  @Test
  void chineseYuanAndTaiwanDollar() {
    assertMoney(only("营收9,899億元", "zh"), 2, 9, 9.899e11, "CNY", null, null);
    assertMoney(only("新台幣營收達9,899億元", "zh"), 6, 13, 9.899e11, "TWD", null, null);
  }

  // zh: 元 after a prefix currency is part of the figure, in a range too
  @Test
  void yuanAfterAPrefixCurrencyIsItsUnit() {
    assertMoney(only("投片金額約新台幣7,000億元至8,000億元，可望", "zh"), 5, 23, 7e11, "TWD", 8e11, Qualifier.APPROX);
    assertMoney(only("营收为人民币300亿元。", "zh"), 3, 11, 3e10, "CNY", null, null);
  }

  // a currency sign followed by a number is that number's prefix, not the unit of the figure before it
  @Test
  void twoPricesInARowEachWithItsSign() {
    List<Fact> fs = money("was $ 20,000.00 $ 37,305.97 in total", "en");
    assertEquals(2, fs.size(), fs::toString);
    assertMoney(fs.get(0), 4, 15, 20000, "USD", null, null);
    assertMoney(fs.get(1), 16, 27, 37305.97, "USD", null, null);
    assertMoney(only("營收新台幣120億元 年增", "zh"), 2, 10, 1.2e10, "TWD", null, null);
  }

  // zh: after a traditional-script 新台幣 anywhere before, a bare 元 is TWD, until 人民幣 is named
  @Test
  void taiwaneseArticleKeepsTheTaiwanDollar() {
    String tw = "台積電營收達新台幣1兆463億元。\n董事會通過每股配發現金股利6元。\n陸廠營收為人民幣300億元。\n股價收在1,580元。";
    List<String> got = money(tw, "zh").stream()
        .map(f -> f.text() + "=" + f.currency()).toList();
    assertEquals(List.of("新台幣1兆463億元=TWD", "6元=TWD", "人民幣300億元=CNY", "1,580元=CNY"), got);
    // simplified 新台币 counts only in its own sentence: a mainland outlet quoting Taiwan's currency
    String cn = "台积电营收达新台币1兆463亿元。\n公司派发股利6元。";
    assertEquals(List.of("TWD", "CNY"), money(cn, "zh")
        .stream().map(Fact::currency).toList());
  }

  // ¥ is CNY in Chinese text and JPY in Japanese text
  @Test
  void yenSignDependsOnLanguage() {
    assertMoney(only("价格￥300", "zh"), 2, 6, 300, "CNY", null, null);
    assertMoney(only("価格¥300", "ja"), 2, 6, 300, "JPY", null, null);
  }

  // zh: Chinese numerals with 万亿 and 千亿
  @Test
  void chineseNumerals() {
    assertMoney(only("投资一万亿元", "zh"), 2, 6, 1e12, "CNY", null, null);
    assertMoney(only("两千亿人民币", "zh"), 0, 6, 2e11, "CNY", null, null);
    assertMoney(only("约两千亿美元", "zh"), 1, 6, 2e11, "USD", null, Qualifier.APPROX);
  }

  // zh: yuan and jiao, and the Pentagon is not money
  @Test
  void chineseJiao() {
    assertMoney(only("五元三角", "zh"), 0, 4, 5.3, "CNY", null, null);
    assertTrue(money("五角大楼宣布了作战计划", "zh").isEmpty());
    // 一角 is "a corner" or "a role" unless it is 一角钱
    assertTrue(money("这只是冰山一角。", "zh").isEmpty());
    assertTrue(money("他面试了数百个男孩来挑选埃利奥特一角的演员", "zh").isEmpty());
    assertMoney(only("只花了一角钱", "zh"), 3, 5, 0.1, "CNY", null, null);
  }

  // ja: mixed digits and units, full-width digits, kanji numerals
  @Test
  void japaneseForms() {
    assertMoney(only("16億7,000万ドルを調達", "ja"), 0, 11, 1.67e9, "USD", null, null);
    assertMoney(only("１兆７２２５億円", "ja"), 0, 8, 1.7225e12, "JPY", null, null);
    assertMoney(only("1兆2000億円", "ja"), 0, 8, 1.2e12, "JPY", null, null);
    assertMoney(only("3兆4,000億円", "ja"), 0, 9, 3.4e12, "JPY", null, null);
    assertMoney(only("三千億円", "ja"), 0, 4, 3e11, "JPY", null, null);
    assertMoney(only("2ドル3セント", "ja"), 0, 7, 2.03, "USD", null, null);
  }

  // en: symbols with spaces, prefixed dollars, glued abbreviations, number words
  @Test
  void englishForms() {
    assertMoney(only("about $ 75 million", "en"), 6, 18, 75e6, "USD", null, Qualifier.APPROX);
    assertMoney(only("two billion dollars", "en"), 0, 19, 2e9, "USD", null, null);
    assertMoney(only("HK$10.5bn", "en"), 0, 9, 10.5e9, "HKD", null, null);
    assertMoney(only("NT$5 million", "en"), 0, 12, 5e6, "TWD", null, null);
    assertMoney(only("more than £3m", "en"), 10, 13, 3e6, "GBP", null, Qualifier.AT_LEAST);
    assertMoney(only("75 USD million", "en"), 0, 14, 75e6, "USD", null, null);
    assertMoney(only("20 dollars 43 cents", "en"), 0, 19, 20.43, "USD", null, null);
  }

  // ranges with a sign on both ends, and "between ... and"
  @Test
  void englishRanges() {
    assertMoney(only("$10-$20", "en"), 0, 7, 10, "USD", 20.0, null);
    assertMoney(only("between 10 and 20 dollars", "en"), 8, 25, 10, "USD", 20.0, null);
  }

  // years, quarters, model sizes, chips, versions, nanometres and phone numbers are not money
  @Test
  void numbersWithoutCurrencyAreNotMoney() {
    assertTrue(money("In 2025, Q1 2025: the 405B and 235B-A22B models on H200 chips, version 4.0,"
        + " call +31 20 123 4567.", "en").isEmpty());
    assertTrue(money("2ナノのチップを2025年に", "ja").isEmpty());
  }

  // the prefix currency is looked up only where a digit can follow it: at the farthest reach it still is
  @Test
  void prefixCurrencyAtItsFarthestReach() {
    // a stem surface runs to 20 letters, then at most two spaces: the number 22 chars after its start counts
    assertMoney(only("доллароооооооооооооо  5 и", "ru"), 0, 23, 5, "USD", null, null);
    assertTrue(money("доллароооооооооооооо   5 и", "ru").isEmpty());
    assertMoney(only("US$  5 and", "en"), 0, 6, 5, "USD", null, null);
    assertTrue(money("US$   5 and", "en").isEmpty());
    assertMoney(only("Er kost   $  12 nu", "nl"), 10, 15, 12, "USD", null, null);
  }

  // nl: "tussen de ... en" is a range like "tussen ... en"
  @Test
  void dutchTussenDeRange() {
    assertMoney(only("tussen de 2 en 3 miljard euro", "nl"), 10, 29, 2e9, "EUR", 3e9, null);
  }

  // halves and one and a half before a scale word, in ru, en, de, nl; "half of" and "половина" are no numbers
  @Test
  void halvesAndOneAndAHalf() {
    assertMoney(only("эффект в полутриллиона рублей", "ru"), 9, 29, 5e11, "RUB", null, null);
    assertMoney(only("полтора миллиарда рублей", "ru"), 0, 24, 1.5e9, "RUB", null, null);
    assertMoney(only("half a billion dollars", "en"), 0, 22, 5e8, "USD", null, null);
    assertMoney(only("eine halbe Milliarde Euro", "de"), 0, 25, 5e8, "EUR", null, null);
    assertMoney(only("een half miljard euro", "nl"), 0, 21, 5e8, "EUR", null, null);
    assertMoney(only("anderthalb Milliarden Euro", "de"), 0, 26, 1.5e9, "EUR", null, null);
    assertTrue(money("half of the market, worth dollars", "en").isEmpty());
    assertTrue(money("половина рынка в рублях", "ru").isEmpty());
  }

  // the two sides of an exchange rate are no money figures
  @Test
  void exchangeRateIsNoMoney() {
    List<Fact> fs = money("225億ドル（約3兆4000億円、1ドル=151円換算）", "ja");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 0, 6, 22.5e9, "USD", null, null);
    assertMoney(fs.get(1), 8, 16, 3.4e12, "JPY", null, Qualifier.APPROX);
    assertTrue(money("umgerechnet zum Kurs 1 Euro = 1,08 Dollar", "de").isEmpty());
  }

  // ja/zh: 数/几 ("several") before a unit is no figure
  @Test
  void severalIsNoFigure() {
    assertTrue(money("年間売上高を「数千億ドル」に引き上げる", "ja").isEmpty());
    assertTrue(money("企業価値が「数兆ドル」に達する、数10億円規模", "ja").isEmpty());
    assertTrue(money("投入几十亿元，数百万美元", "zh").isEmpty());
    assertMoney(only("投入1000亿元", "zh"), 2, 8, 1e11, "CNY", null, null);
  }

  // two amounts joined by "bzw.", "und", "или" share the second one's currency and scale word
  @Test
  void coordinatedAmountsShareTheCurrency() {
    List<Fact> fs = money("(1,25 beziehungsweise 10 US-Dollar)", "de");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 1, 5, 1.25, "USD", null, null);
    assertMoney(fs.get(1), 22, 34, 10, "USD", null, null);
    fs = money("2,3 und 2,5 Milliarden Euro", "de");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 0, 3, 2.3e9, "EUR", null, null);
    assertMoney(fs.get(1), 8, 27, 2.5e9, "EUR", null, null);
    fs = money("1 или 2 млрд рублей", "ru");
    assertMoney(fs.get(0), 0, 1, 1e9, "RUB", null, null);
    assertMoney(fs.get(1), 6, 19, 2e9, "RUB", null, null);
    assertEquals(1, money("in 2024 und 2025 gut 5 Euro", "de").size()); // years are no amounts
  }

  // an amount after a comparison word takes the currency named just before it, unless a noun follows
  @Test
  void comparedAmountTakesTheCurrencyBefore() {
    List<Fact> fs = money("Investitionen von 91 bis 93 Milliarden US-Dollar, nach 52,5 Milliarden im Vorjahr.", "de");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 18, 48, 91e9, "USD", 93e9, null);
    assertMoney(fs.get(1), 55, 70, 52.5e9, "USD", null, null);
    fs = money("revenue of $5 billion, up from 3.2 billion a year earlier", "en");
    assertEquals(2, fs.size());
    assertMoney(fs.get(1), 31, 42, 3.2e9, "USD", null, null);
    fs = money("omzet van 28,3 miljard euro, tegen 27,6 miljard een jaar eerder", "nl");
    assertMoney(fs.get(1), 35, 47, 27.6e9, "EUR", null, null);
    fs = money("выручка 1,2 трлн руб. против 1 трлн годом ранее", "ru");
    assertMoney(fs.get(1), 29, 35, 1e12, "RUB", null, null);
    assertEquals(1, money("Umsatz von 2 Milliarden Euro nach 650 Millionen Nutzern", "de").size());
    assertEquals(1, money("$5 billion from 300 million users", "en").size());
    assertEquals(1, money("$5 billion.\nFrom 300 million a year", "en").size()); // another sentence
  }

  // an elliptical amount followed by "expected" or "a year earlier" takes the currency of the figure before it
  @Test
  void expectedAmountTakesTheCurrencyBefore() {
    List<Fact> fs = money("Umsatz: 89,5 Mrd. US-Dollar (plus 57 Prozent), Analysten hatten 87,8 Mrd. erwartet.", "de");
    assertEquals(2, fs.size());
    assertMoney(fs.get(1), 64, 73, 87.8e9, "USD", null, null);
    fs = money("Revenue was $89.5 billion, versus 87.8 billion expected, and 52 billion a year earlier.", "en");
    assertEquals(List.of(89.5e9, 87.8e9, 52e9), fs.stream().map(Fact::amount).toList());
    assertEquals(1, money("Umsatz 89,5 Mrd. Dollar, 1,2 Mrd. Nutzer erwartet", "de").size());
    assertEquals(1, money("Umsatz 89,5 Mrd. Dollar.\nAnalysten hatten 87,8 Mrd. erwartet", "de").size());
    assertEquals(1, money("Umsatz 89,5 Mrd. Dollar, 87,8 erwartet", "de").size()); // no scale word
  }

  // a bare 元 in a Hong Kong text (traditional script, HK dollars named, no NT$ or RMB) is HKD; in a mainland text
  // next to 港元 it stays the yuan
  @Test
  void hongKongDollar() {
    List<Fact> fs = money("資助額約4.6億元。第二期擴建工程耗資約18億港元。", "zh");
    assertEquals(List.of("HKD", "HKD"), fs.stream().map(Fact::currency).toList());
    fs = money("中芯国际港股报73.5港元，涨3.2%；A股报118.6元，涨1.9%。", "zh");
    assertEquals(List.of("HKD", "CNY"), fs.stream().map(Fact::currency).toList());
    // in a Taiwanese article a Hong Kong price on the way does not change its bare 元
    assertEquals(List.of("TWD", "HKD", "TWD"), money("新台幣營收達9,899億元。港股報73.5港元。\n配息6億元。", "zh").stream()
        .map(Fact::currency).toList());
  }

  // a table cell without a unit takes the one its column header or the caption line above the table names
  @Test
  void tableCellsTakeTheUnitOfTheirHeaderOrCaption() {
    List<Fact> fs = money("Umsatz nach Sparten (in Mio. €)\n\nSparte | 2025/26 | 2024/25 | Veränderung\n"
        + "Semiconductor Manufacturing Technology | 4.412 | 3.980 | +11 %\nMedical Technology | 2.648 | –2 | +5 %", "de");
    assertEquals(List.of(4.412e9, 3.98e9, 2.648e9), fs.stream().map(Fact::amount).toList()); // not the signed cell
    fs = money("機構 | 項目 | 資助額（港元）\n商湯科技 | 微調 | 5,200萬\n友邦保險 | 理賠 | 1,200萬", "zh");
    assertEquals(List.of("52000000 HKD", "12000000 HKD"), fs.stream()
        .map(f -> String.format(java.util.Locale.ROOT, "%.0f %s", f.amount(), f.currency())).toList());
    assertEquals(0, money("Kennzahlen der Gruppe\n\nKennzahl | 2025 | 2024\nMitarbeitende | 47.310 | 45.980", "de")
        .size());
    // a label and scale characters in the caption's unit, the currency named again after the scale; the unit alone
    // is no amount, "（一百万元）" is one
    fs = money("AI供應鏈11月營收（單位：新台幣億元）\n公司 | 11月營收 | 月增率\n鴻海 | 8,452 | 3.2%", "zh");
    assertEquals(List.of("845200000000 TWD"), fs.stream()
        .map(f -> String.format(java.util.Locale.ROOT, "%.0f %s", f.amount(), f.currency())).toList());
    fs = money("营收（百万元）\n公司 | 营收\n腾讯 | 8,452\n他拿了（一百万元）", "zh");
    assertEquals(List.of("8452000000 CNY", "1000000 CNY"), fs.stream()
        .map(f -> String.format(java.util.Locale.ROOT, "%.0f %s", f.amount(), f.currency())).toList());
  }

  // a hard-wrapped plain text: the scale word on the next line
  @Test
  void scaleWordAfterALineBreak() {
    assertMoney(only("tussen de 5,7 en 6,5\nmiljard euro liggen", "nl"), 10, 33, 5.7e9, "EUR", 6.5e9, null);
  }

  // Russian number words in the oblique cases: "около двух миллионов рублей"
  @Test
  void russianObliqueNumberWords() {
    assertMoney(only("бюджет — около двух миллионов рублей в месяц", "ru"), 15, 36, 2e6, "RUB", null, Qualifier.APPROX);
    assertMoney(only("до пяти миллиардов долларов", "ru"), 3, 27, 5e9, "USD", null, Qualifier.AT_MOST);
  }

  // decimals in words: "two point six billion dollars", "zwei Komma fünf Milliarden Euro"
  @Test
  void decimalsInWords() {
    assertMoney(only("they guided to two point six billion dollars", "en"), 15, 44, 2.6e9, "USD", null, null);
    assertMoney(only("rund zwei Komma fünf Milliarden Euro", "de"), 5, 36, 2.5e9, "EUR", null, Qualifier.APPROX);
  }

  // cents of several currencies: eurocent, ct (de), U.S. cents, øre (NOK), öre (SEK)
  @Test
  void centsOfSeveralCurrencies() {
    assertMoney(only("voor ruim 9 eurocent per kilowattuur", "nl"), 10, 20, 0.09, "EUR", null, Qualifier.APPROX);
    assertMoney(only("bei 6,8 ct/kWh", "de"), 4, 10, 0.068, "EUR", null, null);
    assertMoney(only("about 33 U.S. cents per million tokens", "en"), 6, 19, 0.33, "USD", null, Qualifier.APPROX);
    assertMoney(only("an average of 42 øre per kilowatt-hour", "en"), 14, 20, 0.42, "NOK", null, null);
    assertMoney(only("priset var 35 öre", "en"), 11, 17, 0.35, "SEK", null, null);
  }

  // a change with the currency written once is two figures, not a range
  @Test
  void changeWithTheCurrencyOnceIsTwoFigures() {
    List<Fact> fs = money("hebt ihr Kursziel von 230 auf 260 Dollar", "de");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 22, 25, 230, "USD", null, null);
    assertMoney(fs.get(1), 30, 40, 260, "USD", null, null);
    fs = money("De omzet steeg van 4 naar 6 miljard euro.", "nl");
    assertMoney(fs.get(0), 19, 20, 4e9, "EUR", null, null);
    assertMoney(fs.get(1), 26, 40, 6e9, "EUR", null, null);
    fs = money("выросла с 2 до 3 млрд рублей", "ru");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 10, 11, 2e9, "RUB", null, null);
    fs = money("売上高は3億から5億円に増えた。", "ja");
    assertEquals(2, fs.size());
    assertMoney(fs.get(0), 4, 6, 3e8, "JPY", null, null);
    assertMoney(fs.get(1), 8, 11, 5e8, "JPY", null, null);
    assertMoney(only("от 4,5 до 5 млн руб.", "ru"), 3, 20, 4.5e6, "RUB", 5e6, null); // a range
    assertMoney(only("von 4 bis 6 Mrd. Euro", "de"), 4, 21, 4e9, "EUR", 6e9, null);
    assertEquals(0, money("von 2023 auf 2024 um 5 Prozent", "de").size());
  }

  // ru: "до" after a verb of change gives the new value ("rose to"), elsewhere a cap ("up to")
  @Test
  void russianDoAfterAVerbOfChangeIsNoCap() {
    assertMoney(only("довести его до полутриллиона рублей", "ru"), 15, 35, 5e11, "RUB", null, null);
    assertMoney(only("увеличил выручку в 44 раза, до 2,88 млрд юаней", "ru"), 31, 46, 2.88e9, "CNY", null, null);
    assertMoney(only("кредит до 5 млрд рублей", "ru"), 10, 23, 5e9, "RUB", null, Qualifier.AT_MOST);
    // the amount of the change right before, the verb far back
    String far = "«Яндекс» снизил стоимость доступа к своей старшей языковой модели для клиентов в два раза — до 0,6 руб. за";
    assertNull(only(far, "ru").qualifier());
    assertNull(only("Выручка увеличилась по итогам всего прошлого финансового года на 15%, до 5 млрд руб.", "ru")
        .qualifier());
    assertEquals(Qualifier.AT_MOST, only("Развитие проекта обойдётся до 5 млрд руб.", "ru").qualifier());
  }
}
