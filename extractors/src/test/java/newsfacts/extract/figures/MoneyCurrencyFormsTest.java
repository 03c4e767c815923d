package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every currency form of the issue, per language: the whole input is one amount. */
class MoneyCurrencyFormsTest {
  private static final MoneyExtractor MONEY = new MoneyExtractor();

  // each symbol, code and name (with its inflections) gives the right ISO code and amount over the whole input
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | $5                 | 5      | USD
      en | US$5               | 5      | USD
      en | €5                 | 5      | EUR
      en | £5                 | 5      | GBP
      ja | ¥500               | 500    | JPY
      zh | ¥500               | 500    | CNY
      ru | 10 ₽               | 10     | RUB
      en | NT$300             | 300    | TWD
      en | HK$300             | 300    | HKD
      en | USD 200            | 200    | USD
      de | 200 EUR            | 200    | EUR
      en | CNY 10             | 10     | CNY
      en | RMB 10             | 10     | CNY
      ja | JPY 10             | 10     | JPY
      ru | 10 RUB             | 10     | RUB
      zh | TWD 10             | 10     | TWD
      nl | 10 dollar          | 10     | USD
      de | 10 Dollar          | 10     | USD
      ru | 10 долларов        | 10     | USD
      ru | 1 доллар           | 1      | USD
      ja | 10ドル             | 10     | USD
      zh | 10美元             | 10     | USD
      zh | 10美金             | 10     | USD
      nl | 10 euro            | 10     | EUR
      de | 10 Euro            | 10     | EUR
      ru | 10 евро            | 10     | EUR
      ja | 10ユーロ           | 10     | EUR
      zh | 10欧元             | 10     | EUR
      nl | 10 yuan            | 10     | CNY
      ru | 10 юаней           | 10     | CNY
      zh | 10元               | 10     | CNY
      zh | 10人民币           | 10     | CNY
      ja | 10人民元           | 10     | CNY
      en | 10 yen             | 10     | JPY
      de | 10 Yen             | 10     | JPY
      ru | 10 иен             | 10     | JPY
      ja | 10円               | 10     | JPY
      zh | 10日元             | 10     | JPY
      ru | 10 рублей          | 10     | RUB
      ru | 1 рубль            | 1      | RUB
      ru | 10 руб.            | 10     | RUB
      zh | 新台幣300          | 300    | TWD
      zh | 300新台幣          | 300    | TWD
      """)
  void currencyForms(String lang, String text, double amount, String currency) {
    List<Fact> fs = MONEY.extract(Passage.of(text, lang));
    assertEquals(1, fs.size(), () -> text + " -> " + fs);
    assertEquals(0, fs.get(0).start());
    assertEquals(text.length(), fs.get(0).end());
    assertEquals(amount, fs.get(0).amount(), 1e-9);
    assertEquals(currency, fs.get(0).currency());
  }

  // each hedge word sets its qualifier on the amount after it (or before it, for CJK suffixes)
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | about $5           | 6 | APPROX
      nl | ruim $5            | 5 | APPROX
      de | rund 5 Euro        | 5 | APPROX
      ru | около 5 рублей     | 6 | APPROX
      ja | 約5億円            | 1 | APPROX
      zh | 约5亿元            | 1 | APPROX
      zh | 超过5亿元          | 2 | AT_LEAST
      en | more than $5       | 10 | AT_LEAST
      de | mehr als 5 Euro    | 9 | AT_LEAST
      ja | 5億円以上          | 0 | AT_LEAST
      en | up to $5           | 6 | AT_MOST
      de | bis zu 5 Euro      | 7 | AT_MOST
      ru | до 5 рублей        | 3 | AT_MOST
      """)
  void qualifiers(String lang, String text, int start, Qualifier q) {
    List<Fact> fs = MONEY.extract(Passage.of(text, lang));
    assertEquals(1, fs.size(), () -> text + " -> " + fs);
    assertEquals(start, fs.get(0).start());
    assertEquals(q, fs.get(0).qualifier());
  }
}
