package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Title choice and site-name trimming. */
class PageMetadataTest {
  private static String title(String html) {
    return PageMetadata.title(Jsoup.parse(html));
  }

  @Test
  void ogTitleIsTakenAsWritten() {
    // A " - Site" suffix in og:title stays when no part equals an <h1> (readability does the same).
    assertEquals("Wi-Fi保護アプリ（CNET Japan） - Yahoo!ニュース",
        title("<meta property='og:title' content='Wi-Fi保護アプリ（CNET Japan） - Yahoo!ニュース'><h1>Wi-Fi保護アプリ</h1>"));
  }

  @Test
  void ogTitlePartEqualToH1Wins() {
    // NHK: "NEWS WEB EASY|<headline>" and the headline is the page's <h1>.
    assertEquals("子どもへの体罰を禁止する法律ができる",
        title("<meta property='og:title' content='NEWS WEB EASY|子どもへの体罰を禁止する法律ができる'><h1>子どもへの体罰を禁止する法律ができる</h1>"));
  }

  @Test
  void titleTagLosesTheSiteName() {
    // Without og:title, the shorter side of the last separator is the site name.
    assertEquals("武汉的声音：有英勇的你，才有英雄的城！", title("<title>\n武汉的声音：有英勇的你，才有英雄的城！-新华网\n</title>"));
    assertEquals("Intel wins EU subsidy", title("<title>Intel wins EU subsidy | Tech Daily</title>"));
    // A hyphen inside a word is not a separator ("-新华网" is, since a CJK site name follows it).
    assertEquals("Kurssturz der Samsung-Aktie", title("<title>Kurssturz der Samsung-Aktie</title>"));
    // An underscore is not a separator: QQ's title stays whole.
    assertEquals("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网",
        title("<title>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网</title><h1>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶</h1>"));
  }

  @Test
  void h1WhenThereIsNoTitle() {
    // Neither og:title nor <title>: the first non-empty <h1>.
    assertEquals("Samsung profit triples", title("<body><h1><img alt='logo'></h1><h1>Samsung  profit\ntriples</h1></body>"));
  }
}
