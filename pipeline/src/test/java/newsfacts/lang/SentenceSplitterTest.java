package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The spans of {@code sentences}, found in order in {@code text}: the exact expected offsets. */
  private static List<Span> spans(String text, String... sentences) {
    List<Span> out = new ArrayList<>();
    int from = 0;
    for (String s : sentences) {
      int start = text.indexOf(s, from);
      assertTrue(start >= 0, "test text lacks " + s);
      out.add(new Span(start, start + s.length()));
      from = start + s.length();
    }
    return out;
  }

  private void assertSplits(String lang, String text, String... sentences) {
    assertEquals(spans(text, sentences), splitter.split(text, lang));
  }

  @Test
  void englishUsesOpenNlpAndKeepsAbbreviationsAndDecimals() {
    String text = "Dr. Smith joined Nvidia Inc. in 2020. The U.S. market grew 4.5 percent. Revenue was $2.5 billion! "
        + "Is it true? Yes.";
    assertSplits("en", text, "Dr. Smith joined Nvidia Inc. in 2020.", "The U.S. market grew 4.5 percent.",
        "Revenue was $2.5 billion!", "Is it true?", "Yes.");
  }

  @Test
  void englishSplitsOpenNlpMakesAfterJanAndVsAreUndone() {
    // the UD model alone splits after "Jan." and "vs."
    String text = "Alibaba released Qwen2.5-Max in Jan. 2025 and it beat GPT-4o. OpenAI's o1 scored 94 vs. 89.";
    assertSplits("en", text, "Alibaba released Qwen2.5-Max in Jan. 2025 and it beat GPT-4o.",
        "OpenAI's o1 scored 94 vs. 89.");
  }

  @Test
  void germanUsesOpenNlpAndKeepsZbAndMrd() {
    // the GSD model alone splits "3 Mrd. | Euro."
    String text = "Die Firma, z.B. Siemens, wuchs um 4,5 Prozent. Der Umsatz lag bei 3 Mrd. Euro. "
        + "Am 3. Oktober 2025 kam Dr. Müller. Das ist gut.";
    assertSplits("de", text, "Die Firma, z.B. Siemens, wuchs um 4,5 Prozent.", "Der Umsatz lag bei 3 Mrd. Euro.",
        "Am 3. Oktober 2025 kam Dr. Müller.", "Das ist gut.");
  }

  @Test
  void germanSplitOpenNlpMakesAfterAVersionNumberIsUndone() {
    // the GSD model alone starts a sentence at "(70 Punkte)": the "." of "GPT-5.1" looked like an end
    String text = "Gemini 3 Pro kommt auf 73 Punkte und verdrängt GPT-5.1 (70 Punkte) von der Spitze. Das ist neu.";
    assertSplits("de", text, "Gemini 3 Pro kommt auf 73 Punkte und verdrängt GPT-5.1 (70 Punkte) von der Spitze.",
        "Das ist neu.");
  }

  @Test
  void languageCodesAreReadInAnyCase() {
    // an upper-case code still gets the German model and list ("Mrd.")
    String text = "Der Umsatz lag bei 3 Mrd. Euro. Das ist gut.";
    assertSplits("DE", text, "Der Umsatz lag bei 3 Mrd. Euro.", "Das ist gut.");
  }

  @Test
  void dutchRulesKeepMlnMldAndOa() {
    String text = "De omzet steeg met 4,5 mln. euro tot 3,2 mld. Dollar. Bedrijven, o.a. ASML en Philips, groeiden. "
        + "Dat is 4.5 procent! Klopt dat? Ja.";
    assertSplits("nl", text, "De omzet steeg met 4,5 mln. euro tot 3,2 mld. Dollar.",
        "Bedrijven, o.a. ASML en Philips, groeiden.", "Dat is 4.5 procent!", "Klopt dat?", "Ja.");
  }

  @Test
  void russianRulesKeepTeAndInitialsButEndAfterTheYear() {
    // "г." (year) may end a sentence before a capital; "т.е." and an initial never do
    String text = "Выручка составила 5 млрд. руб. в 2025 г. Компания, т.е. Яндекс, выросла на 4,5%. "
        + "В. Путин сказал: «Это важно». Правда? Да.";
    assertSplits("ru", text, "Выручка составила 5 млрд. руб. в 2025 г.", "Компания, т.е. Яндекс, выросла на 4,5%.",
        "В. Путин сказал: «Это важно».", "Правда?", "Да.");
  }

  @Test
  void chineseSplitsAtFullWidthEndsWithoutSpaces() {
    String text = "阿里巴巴发布了Qwen2.5模型！这是真的吗？是的。硅谷惊了?华盛顿也是。";
    assertSplits("zh", text, "阿里巴巴发布了Qwen2.5模型！", "这是真的吗？", "是的。", "硅谷惊了?", "华盛顿也是。");
  }

  @Test
  void japaneseKeepsClosingQuotesWithTheSentence() {
    String text = "今日、AIの最新の開発を探ります。彼は「本当にすごい。」と言った。DeepseekのR1は89です！本当？";
    assertSplits("ja", text, "今日、AIの最新の開発を探ります。", "彼は「本当にすごい。」", "と言った。",
        "DeepseekのR1は89です！", "本当？");
  }

  @Test
  void linesWithoutAFinalPeriodAreSentencesButHardWrapsAreNot() {
    // a line that starts in lower case continues the line above it
    String text = "Headline Without Period\nThe model, released on\nthe first day, beats the old one. It is fast.\n\nNext";
    assertSplits("en", text, "Headline Without Period", "The model, released on\nthe first day, beats the old one.",
        "It is fast.", "Next");
    String nl = "Kop zonder punt\nDe omzet steeg met\nvier procent. Dat is veel.";
    assertSplits("nl", nl, "Kop zonder punt", "De omzet steeg met\nvier procent.", "Dat is veel.");
  }

  @Test
  void citedSummaryItemsWithoutPeriodsAreSentences() {
    // seed 003's body: one line of items, each ending in citation marks, none in a period
    String text = "Core Insights - China is making advances [1][2] - The landscape is shifting [2][10] - It differs";
    assertSplits("en", text, "Core Insights - China is making advances [1][2]", "The landscape is shifting [2][10]",
        "It differs");
  }

  @Test
  void sentencesNeverCrossASegmentAndOffsetsAreIntoTheWholeText() {
    // seed 003 in small: a zh headline (no final mark) over an English body
    String text = "  中国开源AI将主导世界\n\nChina leads. The U.S. follows.  ";
    int en = text.indexOf("China");
    List<TextSegment> segments = List.of(new TextSegment(2, 13, "zh", 1), new TextSegment(en, text.length() - 2, "en", 0.3));
    assertEquals(spans(text, "中国开源AI将主导世界", "China leads.", "The U.S. follows."), splitter.split(text, segments));
  }

  @Test
  void textOutsideEverySegmentIsSplitAsUndetermined() {
    String text = "Alibaba. Tencent.\nDe omzet steeg. Dat is veel.";
    int nl = text.indexOf("De");
    assertEquals(spans(text, "Alibaba.", "Tencent.", "De omzet steeg.", "Dat is veel."),
        splitter.split(text, List.of(new TextSegment(nl, text.length(), "nl", 1))));
    assertEquals(spans(text, "Alibaba.", "Tencent.", "De omzet steeg.", "Dat is veel."), splitter.split(text, List.of()));
  }

  @Test
  void badSegmentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> splitter.split("abc", List.of(new TextSegment(0, 4, "en", 1))));
    assertThrows(IllegalArgumentException.class, () -> splitter.split("abcdef",
        List.of(new TextSegment(2, 4, "en", 1), new TextSegment(0, 1, "en", 1))));
  }

  @Test
  void randomTextGivesSortedDisjointTrimmedSpansInEveryLanguage() {
    // blast random strings through every splitter
    String alphabet = "abc DEF äö. !? 4.5 4,5 mln. z.B. т.е. г. Жи 中国。！？「」 のモ\n\n\t\"”";
    Random random = new Random(7);
    for (String lang : List.of("en", "de", "nl", "ru", "zh", "ja", "und")) {
      for (int round = 0; round < 100; round++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(200);
        for (int i = 0; i < len; i++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        int last = 0;
        for (Span s : splitter.split(text, lang)) {
          assertTrue(s.start() >= last && s.end() > s.start() && s.end() <= text.length(), lang + ": " + text);
          assertTrue(!Character.isWhitespace(text.charAt(s.start())) && !Character.isWhitespace(text.charAt(s.end() - 1)));
          last = s.end();
        }
        assertEquals(text.isBlank(), splitter.split(text, lang).isEmpty());
      }
    }
  }
}
