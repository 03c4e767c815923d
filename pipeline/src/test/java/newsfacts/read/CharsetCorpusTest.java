package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same article saved in every charset newsfacts supports, as .txt and .html, with and without a
 * declaration, must give exactly the same title and text as its UTF-8 original.
 */
class CharsetCorpusTest {
  private static final String JA_TITLE = "生成AIと半導体の最新動向";
  private static final List<String> JA = List.of(
      "東京の半導体メーカーは、人工知能向けの新しいチップを発表した。同社によると、推論の速度は前世代より四割向上し、消費電力は三割減ったという。",
      "アナリストは、生成ＡＩの需要が今後も拡大すると見ている。一方で、輸出規制や製造装置の不足が課題として残っており、各社は対応を急いでいる。",
      "政府はこの分野に一兆円規模の支援を行う方針で、国内の研究機関や大学との連携も強化される見通しだ。");
  private static final String ZH_TITLE = "人工智能芯片市场持续升温";
  private static final List<String> ZH = List.of(
      "据报道，多家中国科技公司近日发布了新的大模型和人工智能芯片。业内人士认为，国产算力正在快速追赶国际先进水平。",
      "分析师表示，今年第三季度数据中心的投资同比增长百分之三十，其中大部分用于采购训练和推理所需的服务器。",
      "与此同时，出口管制仍然给行业带来不确定性，企业正在加大自主研发的力度，以降低对外部供应链的依赖。");
  private static final String ZH_HANT_TITLE = "人工智慧晶片需求強勁";
  private static final List<String> ZH_HANT = List.of(
      "台灣的半導體廠商表示，人工智慧伺服器的訂單持續增加，先進製程的產能已經滿載，預計明年營收將再創新高。",
      "分析師指出，雲端業者大量採購繪圖處理器，帶動了整個供應鏈的成長，但地緣政治風險仍需要密切關注。");
  private static final String RU_TITLE = "Рынок чипов для искусственного интеллекта растёт";
  private static final List<String> RU = List.of(
      "Крупнейшие производители полупроводников сообщили о росте выручки, связанном со спросом на ускорители для обучения нейросетей.",
      "По словам аналитиков, инвестиции в центры обработки данных в этом году увеличатся почти на треть, а дефицит памяти сохранится до конца следующего года.",
      "Эксперты отмечают, что экспортные ограничения подталкивают компании к разработке собственных процессоров.");
  private static final String DE_TITLE = "KI-Chips: Nachfrage übertrifft Erwartungen";
  private static final List<String> DE = List.of(
      "Der Umsatz der Halbleiterbranche stieg im dritten Quartal um 17 % auf 52 Mrd. € – getrieben von „generativer KI“ und großen Rechenzentren.",
      "Analysten erwarten, dass die Nachfrage nach Beschleunigern weiter wächst; Engpässe bei Speicherchips könnten jedoch die Auslieferungen bremsen.");
  private static final String NL_TITLE = "Chipmakers profiteren van AI-hype";
  private static final List<String> NL = List.of(
      "De Europese chipsector zag de omzet met 12 % stijgen tot € 4,2 miljard, zo meldt de brancheorganisatie — vooral dankzij „kunstmatige intelligentie”.",
      "Volgens analisten blijft de vraag naar geheugen en rekenkracht groeien, al zorgen exportbeperkingen voor onzekerheid bij fabrikanten in België en Nederland.");
  private static final String EN_TITLE = "AI chip sales beat forecasts";
  private static final List<String> EN = List.of(
      "Revenue from AI accelerators rose 40 % to €18 billion in the quarter — well ahead of the “consensus” estimate — as cloud providers kept buying.",
      "Analysts said supply of high-bandwidth memory remains the main constraint, and that export rules could still weigh on sales next year.");

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    add(out, "ja", JA_TITLE, JA, "Shift_JIS", "windows-31j", "EUC-JP", "ISO-2022-JP");
    add(out, "zh", ZH_TITLE, ZH, "GB2312", "GBK", "GB18030");
    add(out, "zh-Hant", ZH_HANT_TITLE, ZH_HANT, "Big5");
    add(out, "ru", RU_TITLE, RU, "KOI8-R", "windows-1251", "IBM866");
    add(out, "de", DE_TITLE, DE, "windows-1252");
    add(out, "nl", NL_TITLE, NL, "windows-1252");
    add(out, "en", EN_TITLE, EN, "windows-1252");
    return out.stream();
  }

  private static void add(List<Arguments> out, String lang, String title, List<String> paragraphs, String... legacy) {
    List<String> charsets = new ArrayList<>(List.of("UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM"));
    charsets.addAll(List.of(legacy));
    for (String charset : charsets) {
      for (String form : List.of("txt", "html", "html+meta")) {
        out.add(Arguments.of(lang, charset, form, title, paragraphs));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("variants")
  void sameTextInEveryCharset(String lang, String charset, String form, String title, List<String> paragraphs,
      @TempDir Path dir) throws Exception {
    String body = String.join("\n\n", paragraphs);
    Path file = dir.resolve("article." + (form.equals("txt") ? "txt" : "html"));
    Files.write(file, fixture(charset, form, title, paragraphs));

    Article article = new ArticleReader(ReaderConfig.DEFAULT).read(file, file.toString()).get(0);

    String expectedText = form.equals("txt") ? title + "\n\n" + body : title + "\n\n" + body;
    // Decoding, title and main text do not depend on the charset or on a declaration.
    assertEquals(expectedText, article.text(), "text of " + lang + " in " + charset + " as " + form);
    assertEquals(title, article.title(), "title of " + lang + " in " + charset + " as " + form);
    assertEquals(List.of(), article.warnings(), "warnings of " + lang + " in " + charset + " as " + form);
  }

  /** The article as the bytes of one variant: {@code form} is txt, html or html+meta. */
  static byte[] fixture(String charset, String form, String title, List<String> paragraphs) {
    String body = String.join("\n\n", paragraphs);
    String content;
    if (form.equals("txt")) {
      content = title + "\n\n" + body + "\n";
    } else {
      String label = charset.replace(" BOM", "");
      String meta = form.equals("html+meta") ? "<meta charset=\"" + label + "\">\n" : "";
      StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>\n" + meta + "<title>" + title
          + " | Example News</title>\n</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/tech\">Tech</a></nav>\n<article>\n<h1>"
          + title + "</h1>\n");
      for (String p : paragraphs) {
        html.append("<p>").append(p).append("</p>\n");
      }
      html.append("</article>\n<footer>Copyright Example News</footer>\n</body></html>\n");
      content = html.toString();
    }
    return encode(content, charset);
  }

  static byte[] encode(String content, String charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (charset) {
      case "UTF-8 BOM" -> {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
      }
      case "UTF-16LE BOM" -> {
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(content.getBytes(StandardCharsets.UTF_16LE));
      }
      case "UTF-16BE BOM" -> {
        out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        out.writeBytes(content.getBytes(StandardCharsets.UTF_16BE));
      }
      default -> {
        Charset cs = Charset.forName(charset);
        if (!cs.newEncoder().canEncode(content)) {
          throw new IllegalArgumentException("fixture not encodable in " + charset);
        }
        out.writeBytes(content.getBytes(cs));
      }
    }
    return out.toByteArray();
  }
}
