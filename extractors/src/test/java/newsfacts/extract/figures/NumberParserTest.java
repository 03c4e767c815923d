package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberParserTest {
  private final NumberParser parser = new NumberParser();

  private void assertNumber(String text, int at, String lang, double value, int end) {
    NumberParser.Parsed p = parser.parse(text, at, lang);
    assertEquals(value, p.value(), Math.abs(value) * 1e-12, text);
    assertEquals(end, p.end(), "end of " + text);
  }

  // Dutch decimal comma with a scale word
  @Test
  void dutchDecimalCommaAndMiljard() {
    assertNumber("€50,6 miljard", 1, "nl", 50.6e9, 13);
  }

  // Dutch dots group thousands
  @Test
  void dutchThousandDots() {
    assertNumber("1.250.000 euro", 0, "nl", 1_250_000, 9);
  }

  // German Milliarden with a decimal comma
  @Test
  void germanMilliarden() {
    assertNumber("4,5 Milliarden", 0, "de", 4.5e9, 14);
  }

  // a German Billion is 10^12, an English billion 10^9
  @Test
  void billionDependsOnLanguage() {
    assertNumber("2 Billionen", 0, "de", 2e12, 11);
    assertNumber("2 billion", 0, "en", 2e9, 9);
  }

  // the abbreviation's dot belongs to it
  @Test
  void germanAbbreviationsKeepTheirDot() {
    assertNumber("2,5 Mio. Euro", 0, "de", 2.5e6, 8);
    assertNumber("3 Mrd. Dollar", 0, "de", 3e9, 6);
  }

  // Russian groups with a space and has abbreviated and inflected scale words
  @Test
  void russianSpaceGroupsAndScaleWords() {
    assertNumber("3 800", 0, "ru", 3800, 5);
    assertNumber("3 тыс. рублей", 0, "ru", 3000, 6);
    assertNumber("5 миллиардов", 0, "ru", 5e9, 12);
    assertNumber("1,5 трлн", 0, "ru", 1.5e12, 8);
  }

  // in a decimal-comma language a dot not followed by three digits is a decimal point
  @Test
  void dotBeforeTwoDigitsIsDecimalInRussian() {
    assertNumber("USD3.14", 3, "ru", 3.14, 7);
  }

  // English commas group only in threes; "1,5" is the number 1
  @Test
  void englishCommaGroupsOnlyInThrees() {
    assertNumber("12,345.5", 0, "en", 12345.5, 8);
    assertNumber("1,5", 0, "en", 1, 1);
  }

  // Chinese grouping comma before a CJK unit
  @Test
  void chineseCommaAndYi() {
    assertNumber("9,899億元", 0, "zh", 9.899e11, 6);
  }

  // full-width digits with 兆 and 億
  @Test
  void fullWidthDigitsWithCho() {
    assertNumber("１兆７２２５億円", 0, "ja", 1.7225e12, 7);
  }

  // digits mixed with CJK units, highest unit first
  @Test
  void mixedDigitsAndUnits() {
    assertNumber("16億7,000万ドル", 0, "ja", 1.67e9, 9);
    assertNumber("1兆2000億円", 0, "ja", 1.2e12, 7);
    assertNumber("3兆4,000億円", 0, "ja", 3.4e12, 8);
  }

  // CJK numerals; 万亿 together is 10^12
  @Test
  void cjkNumerals() {
    assertNumber("一万亿元", 0, "zh", 1e12, 3);
    assertNumber("两千亿", 0, "zh", 2e11, 3);
    assertNumber("三千億円", 0, "ja", 3e11, 3);
    assertNumber("四十九兆九千五百九十二億円", 0, "ja", 49_959_200_000_000.0, 12);
  }

  // a digit after a unit implies the next unit down; after 零 it does not
  @Test
  void impliedUnitAfterTrailingDigit() {
    assertNumber("九百九", 0, "zh", 990, 3);
    assertNumber("一万三", 0, "zh", 13_000, 3);
    assertNumber("一百零五", 0, "zh", 105, 4);
  }

  // formal (banker's) numerals, 点 decimals, and 多 before a big unit read as the round figure
  @Test
  void formalNumeralsDecimalsAndApproximateUnits() {
    assertNumber("壹佰伍拾", 0, "zh", 150, 4);
    assertNumber("三点一", 0, "zh", 3.1, 3);
    assertNumber("一千多万", 0, "zh", 1e7, 4);
  }

  // number words, also German and Dutch compounds
  @Test
  void numberWords() {
    assertNumber("eine Milliarde Euro", 0, "de", 1e9, 14);
    assertNumber("two billion", 0, "en", 2e9, 11);
    assertNumber("forty-five", 0, "en", 45, 10);
    assertNumber("achtundsiebzig", 0, "de", 78, 14);
    assertNumber("siebenhundert", 0, "de", 700, 13);
    assertNumber("twee-en-veertig", 0, "nl", 42, 15);
    assertNumber("tweeëntwintig", 0, "nl", 22, 13);
    assertNumber("десять", 0, "ru", 10, 6);
  }

  // a word that only starts like a number is not one
  @Test
  void wordsThatAreNotNumbers() {
    assertNull(parser.parse("onestly", 0, "en"));
    assertNull(parser.parse("Einheit", 0, "de"));
  }

  // "10^400" is the number 10 followed by other text, not a huge value
  @Test
  void powerNotationStopsAtTheCaret() {
    assertNumber("10^400", 0, "en", 10, 2);
  }

  // a run of more than 30 digits is consumed whole but is not a number
  @Test
  void overlongDigitRunIsInvalid() {
    String digits = "1234567890".repeat(4) + " euro";
    NumberParser.Parsed p = parser.parse(digits, 0, "nl");
    assertFalse(p.valid());
    assertEquals(40, p.end());
  }

  // halves glued to or before a scale word, and one and a half; a half without a scale word is no number
  @Test
  void halvesAndOneAndAHalf() {
    assertNumber("полутриллиона рублей", 0, "ru", 5e11, 13);
    assertNumber("полмиллиарда", 0, "ru", 5e8, 12);
    assertNumber("полтора миллиарда", 0, "ru", 1.5e9, 17);
    assertNumber("half a billion", 0, "en", 5e8, 14);
    assertNumber("einer halben Milliarde", 0, "de", 5e8, 22);
    assertNumber("eineinhalb Milliarden", 0, "de", 1.5e9, 21);
    assertNumber("anderhalf miljoen", 0, "nl", 1.5e6, 17);
    assertNull(parser.parse("half a year", 0, "en"));
    assertNull(parser.parse("политика", 0, "ru"));
  }
}
