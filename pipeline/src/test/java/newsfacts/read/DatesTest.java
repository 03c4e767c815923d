package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Dates in the forms pages, feeds and URLs use, to ISO 8601. */
class DatesTest {
  @Test
  void metaAndJsonLdForms() {
    // With offset, kept with its offset; local time without; a bare date stays a date.
    assertEquals("2021-11-03T16:45:00+01:00", Dates.iso("2021-11-03T16:45:00+01:00"));
    assertEquals("2015-04-08T12:46:00", Dates.iso("2015-04-08T12:46"));
    assertEquals("2019-05-15T05:28:29", Dates.iso("2019-05-15 05:28:29"));
    assertEquals("2023-11-17", Dates.iso("2023-11-17"));
    // Nikkei's compact JSON-LD form.
    assertEquals("2018-06-19T05:50:00+09:00", Dates.iso("20180619T055000+0900"));
    // RSS pubDate (RFC 1123).
    assertEquals("2006-01-03T16:57:00+03:00", Dates.iso("Tue, 03 Jan 2006 16:57:00 +0300"));
    assertNull(Dates.iso("yesterday"));
    assertNull(Dates.iso("2021-02-30"));
  }

  @Test
  void datesInUrls() {
    // Xinhua's /2020-02/19/ and Automobilwoche's /20211103/.
    assertEquals("2020-02-19", Dates.inUrl("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm"));
    assertEquals("2021-11-03", Dates.inUrl("https://www.automobilwoche.de/article/20211103/AGENTURMELDUNGEN/311039909/x"));
    assertNull(Dates.inUrl("https://winfuture.de/news,139377.html"));
  }

  @Test
  void datesInWords() {
    // Russian genitive, German with a day dot, English month-first, CJK units; a bare month is not a date.
    assertEquals("2016-08-15", Dates.fromWords("15 августа 2016, 13:43"));
    assertEquals("2021-11-03", Dates.fromWords("3. November 2021"));
    assertEquals("2017-03-09", Dates.fromWords("March 9, 2017"));
    assertEquals("2019-06-24", Dates.fromWords("2019年6月24日 11時30分"));
    assertEquals("2023-12-01", Dates.fromWords("1 december 2023"));
    assertNull(Dates.fromWords("August 2016"));
  }
}
