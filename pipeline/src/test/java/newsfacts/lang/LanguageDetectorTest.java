package newsfacts.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsfacts.extract.TextSegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static LanguageDetector detector;

  @BeforeAll
  static void buildOnce() {
    detector = new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES);
  }

  /** The languages of {@code text}'s segments with their exact bounds, as "lang[start,end)". */
  private static List<String> layout(String text) {
    return detector.segments(text).stream().map(s -> s.lang() + "[" + s.start() + "," + s.end() + ")").toList();
  }

  /** "lang[start,end)" for the stretch from {@code first} to the end of {@code last} in {@code text}. */
  private static String at(String text, String lang, String first, String last) {
    int start = text.indexOf(first);
    int end = text.indexOf(last, start) + last.length();
    assertTrue(start >= 0 && end >= start, "test text lacks " + first + " .. " + last);
    return lang + "[" + start + "," + end + ")";
  }

  @Test
  void chineseHeadlineOverEnglishBodyGivesTwoSegments() {
    // seed 003 in small: the headline is zh, the body en, the document en
    String zh = "中国开源AI将主导世界?硅谷和华盛顿惊了";
    String en1 = "China is making significant advancements in the AI field, with several models released in 2025.";
    String en2 = "The competitive landscape is shifting, with the United States feeling pressure from open models.";
    String text = zh + "\n\n" + en1 + "\n" + en2 + "\n";
    assertEquals(List.of(at(text, "zh", zh, zh), at(text, "en", en1, en2)), layout(text));
    assertEquals("en", LanguageDetector.documentLanguage(detector.segments(text)));
  }

  @Test
  void kanjiOnlyHeadlineJoinsTheJapaneseBodyBelowIt() {
    // no kana and no cue in the headline: Chinese alone, Japanese over a Japanese body
    String headline = "半導体輸出規制強化";
    String body = "政府は半導体の輸出規制を強化すると発表した。";
    String text = headline + "\n" + body;
    assertEquals(List.of("zh[0,9)"), layout(headline));
    assertEquals(0.5, detector.segments(headline).get(0).confidence(), 1e-9);
    assertEquals(List.of(at(text, "ja", headline, body)), layout(text));
  }

  @Test
  void japaneseOnlyKanjiDecideAKanjiOnlyLine() {
    // 経 and 続 are shinjitai that Chinese writes 经/經 and 续/續
    assertEquals(List.of("ja[0,8)"), layout("日経平均株価続落"));
    // 这 and 们 are simplified forms Japanese does not use
    assertEquals(List.of("zh[0,8)"), layout("这是我们的模型"  + "。"));
  }

  @Test
  void kanaMakesEvenAShortLineJapanese() {
    assertEquals(List.of("ja[0,4)"), layout("新モデル"));
  }

  @Test
  void latinInsideAJapaneseParagraphStaysJapanese() {
    String text = "DeepseekのR1モデルインテリジェンスインデックス89は、OpenaiのO1モデルとほぼ同じです。";
    assertEquals(List.of("ja[0," + text.length() + ")"), layout(text));
  }

  @Test
  void kanaAmongWesternNamesIsStillJapanese() {
    // Latin has 11 of 27 weighted letters: no script reaches 60%, but kana with 40% is enough
    String text = "AlibabaはQWENシリーズを開始";
    assertEquals(List.of("ja[0," + text.length() + ")"), layout(text));
    assertEquals(16.0 / 27, detector.segments(text).get(0).confidence(), 1e-9);
  }

  @Test
  void cyrillicIsRussian() {
    String text = "Новости\nКомпания Яндекс представила новую языковую модель YandexGPT 5.";
    assertEquals(List.of("ru[0," + text.length() + ")"), layout(text));
    assertEquals(1.0, detector.segments("Новости").get(0).confidence(), 1e-9);
  }

  @Test
  void dutchGermanAndEnglishParagraphsAreThreeSegments() {
    String nl = "De Chinese president heeft verklaard dat het jaar een doorbraak was voor kunstmatige intelligentie.";
    String de = "Die Konferenz entwickelt sich rasant zu einer strategischen Plattform für die Industriepolitik.";
    String en = "The strategic approaches of both countries differ, with one focusing on application and distribution.";
    String text = nl + "\n\n" + de + "\n\n" + en;
    assertEquals(List.of(at(text, "nl", nl, nl), at(text, "de", de, de), at(text, "en", en, en)), layout(text));
  }

  @Test
  void singleShortLinesAreUndetermined() {
    // too few letters to tell nl, de and en apart; too few Cyrillic letters to call
    for (String line : List.of("Alibaba", "GPT-5", "Workflow", "ИИ", "2025-08-13 12:33", "中国")) {
      assertEquals(List.of("und[0," + line.length() + ")"), layout(line), line);
      assertEquals(0.0, detector.segments(line).get(0).confidence(), line);
    }
  }

  @Test
  void shortLineBetweenTwoParagraphsOfOneLanguageJoinsThem() {
    String en1 = "OpenAI released a new reasoning model on Tuesday, its first since the summer.";
    String en2 = "The company said the model beats its predecessor on most coding benchmarks.";
    String text = en1 + "\nGPT-5\n" + en2;
    assertEquals(List.of(at(text, "en", en1, en2)), layout(text));
  }

  // short table rows of names and figures take the language of the text around the table
  @Test
  void shortTableRowsJoinTheParagraphsAroundThem() {
    String nl1 = "De Chipbrief legde het model op de Nederlandstalige ranglijst van EuroEval naast drie alternatieven:";
    String nl2 = "Met een gemiddelde van 61,2 blijft het model duidelijk achter bij de Franse concurrent van vorig jaar.";
    String text = nl1 + "\nModel | EuroEval-nl | MMLU-nl\nMistral Large 3 | 68,9 | 71,5\nGPT-NL | 61,2 | 58,4\n" + nl2;
    assertEquals(List.of(at(text, "nl", nl1, nl2)), layout(text));
  }

  @Test
  void shortLineAtTheStartOrBetweenTwoLanguagesStaysUndetermined() {
    String zh = "中国开源AI将主导世界?硅谷和华盛顿惊了";
    String en = "China is making significant advancements in the AI field, with several models released in 2025.";
    String text = "Workflow\n" + zh + "\nGuan Cha Zhe Wang·2025-08-13 12:33\n\n" + en;
    assertEquals(List.of(at(text, "und", "Workflow", "Workflow"), at(text, "zh", zh, zh),
        at(text, "und", "Guan", "12:33"), at(text, "en", en, en)), layout(text));
  }

  @Test
  void mixedLineWithoutADominantScriptIsUndetermined() {
    // 12 Latin letters against 5 hanzi (weight 10): no script reaches 60%
    String line = "Alibaba Cloud 阿里云发布";
    assertEquals(List.of("und[0," + line.length() + ")"), layout(line));
  }

  @Test
  void hangulAndOtherScriptsAreNotOurs() {
    for (String line : List.of("인공지능 반도체 수출 규제 강화", "Η τεχνητή νοημοσύνη αλλάζει")) {
      assertEquals(List.of("und[0," + line.length() + ")"), layout(line), line);
    }
  }

  @Test
  void webAddressesDoNotCountAsLatinText() {
    // without the skip, the address made this Japanese line "de"
    String text = "紙の住所:https://artificialanalysis.ai/downloads/china-report/2025/q1";
    assertEquals(List.of("ja[0," + text.length() + ")"), layout(text));
  }

  @Test
  void aForcedLanguageCoversTheTrimmedText() {
    assertEquals(List.of(new TextSegment(2, 9, "en", 1.0)), detector.segments("  Alibaba\n\n", "en"));
    assertEquals(List.of(), detector.segments(" \n ", "en"));
    assertEquals(List.of(new TextSegment(0, 7, "de", 1.0)), detector.segments("Alibaba", "DE"));
    assertEquals(detector.segments("GPT-5"), detector.segments("GPT-5", null));
    assertThrows(IllegalArgumentException.class, () -> detector.segments("x", " "));
  }

  @Test
  void blankTextHasNoSegments() {
    assertEquals(List.of(), detector.segments(""));
    assertEquals(List.of(), detector.segments(" \n\t\n"));
  }

  @Test
  void documentLanguageIsTheOneCoveringMostCharacters() {
    List<TextSegment> segments = List.of(new TextSegment(0, 30, "zh", 1.0), new TextSegment(31, 60, "und", 0),
        new TextSegment(61, 80, "en", 0.2), new TextSegment(81, 95, "en", 0.2));
    assertEquals("en", LanguageDetector.documentLanguage(segments));
    // a tie goes to the language that comes first; und never wins
    assertEquals("de", LanguageDetector.documentLanguage(
        List.of(new TextSegment(0, 10, "de", 1), new TextSegment(10, 20, "nl", 1))));
    assertEquals("und", LanguageDetector.documentLanguage(List.of(new TextSegment(0, 10, "und", 0))));
    assertEquals("und", LanguageDetector.documentLanguage(List.of()));
  }

  @Test
  void configurationIsChecked() {
    assertThrows(IllegalArgumentException.class, () -> new LanguageDetector(List.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LanguageDetector(List.of("nl", "xx")));
    assertEquals("unknown language code 'xx'", e.getMessage());
    assertEquals(List.of("nl", "ru", "de", "zh", "ja", "en"), detector.languages());
  }

  @Test
  void languagesOutsideTheConfigurationAreNeverReturned() {
    // ru only: Latin text has no candidate, Han no candidate; Cyrillic is decided by its script
    LanguageDetector ruOnly = new LanguageDetector(List.of("ru"));
    String text = "Компания представила новую модель.\n\nThe company presented a new model today.\n中国开源模型";
    List<String> langs = ruOnly.segments(text).stream().map(TextSegment::lang).toList();
    assertEquals(List.of("ru", "und"), langs);
  }

  @Test
  void oneDetectorSharedByThreadsGivesTheSameSegments() throws Exception {
    // the pipeline builds one detector and one splitter for all its threads
    List<String> texts = List.of(
        "中国开源AI将主导世界?硅谷和华盛顿惊了\n\nChina is making significant advancements in the AI field.",
        "De Chinese president heeft verklaard dat het jaar een doorbraak was.\nGPT-5\nDie Konferenz entwickelt sich.",
        "半導体輸出規制強化\n政府は半導体の輸出規制を強化すると発表した。",
        "Компания Яндекс представила новую языковую модель.");
    List<List<TextSegment>> expected = texts.stream().map(detector::segments).toList();
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<newsfacts.extract.Span>> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(splitter.split(texts.get(i), expected.get(i)));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < texts.size(); i++) {
              List<TextSegment> got = detector.segments(texts.get(i));
              if (!got.equals(expected.get(i)) || !splitter.split(texts.get(i), got).equals(sentences.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void randomTextGivesSortedDisjointTrimmedSegments() {
    // blast random mixed-script strings through the detector
    String alphabet = "abcdefghij klmnoäöü ЖИзнь 中国开源 のモデル 한국 .,!?\n\n\t12";
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<TextSegment> segments = detector.segments(text);
      int last = 0;
      List<String> langs = new ArrayList<>();
      for (TextSegment s : segments) {
        assertTrue(s.start() >= last && s.end() <= text.length() && s.end() > s.start(), text);
        assertTrue(!Character.isWhitespace(text.charAt(s.start())) && !Character.isWhitespace(text.charAt(s.end() - 1)));
        assertTrue(langs.isEmpty() || !langs.get(langs.size() - 1).equals(s.lang()), "neighbours merged");
        assertTrue(s.lang().equals("und") || LanguageDetector.DEFAULT_LANGUAGES.contains(s.lang()));
        langs.add(s.lang());
        last = s.end();
      }
    }
  }
}
