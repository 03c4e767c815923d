package newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact record validates itself and round-trips through its JSON form unchanged. */
class FactTest {

  @Test
  void spanMustMatchText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Fact(FactType.COMPANY, "Alibaba", 12, 9, "en", null, "alibaba", "Alibaba", null, null, null, null,
            null, null, null, null, null, null, null, null, null, null));
    assertEquals("span end must be >= start >= 0, got [12, 9)", e.getMessage());
    IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
        () -> new Fact(FactType.COMPANY, "Alibaba", 0, 3, "en", null, "alibaba", "Alibaba", null, null, null, null,
            null, null, null, null, null, null, null, null, null, null));
    assertEquals("text must be the span's text: span [0, 3) has length 3 but text 'Alibaba' has length 7",
        len.getMessage());
  }

  @Test
  void moneyNeedsIsoCurrencyAndOrderedRange() {
    assertEquals("currency must be an ISO 4217 code, got yuan (text '5 yuan')",
        assertThrows(IllegalArgumentException.class,
            () -> Fact.money("5 yuan", 0, "en", 5, "yuan", null, null)).getMessage());
    assertEquals("max must be >= amount, got 3.0..2.0 (text '3-2 bn')",
        assertThrows(IllegalArgumentException.class,
            () -> Fact.money("3-2 bn", 0, "en", 3, "USD", 2.0, null)).getMessage());
  }

  @Test
  void jsonRoundTripKeepsEveryField() {
    Fact money = Fact.money("约400億至420億美元", 7, "zh", 4e10, "USD", 4.2e10, Qualifier.APPROX)
        .withUsd(4e10, "2025-12-31").withCompanies(List.of("alibaba", "tencent")).withSameAs(List.of(30))
        .withSentence("阿里巴巴约400億至420億美元。");
    String json = FactJson.write(money, "a/b.txt", "abc");
    assertEquals("{\"kind\":\"fact\",\"source\":\"a/b.txt\",\"docId\":\"abc\",\"type\":\"money\","
        + "\"text\":\"约400億至420億美元\",\"start\":7,\"end\":19,\"lang\":\"zh\",\"sentence\":\"阿里巴巴约400億至420億美元。\","
        + "\"amount\":40000000000,\"currency\":\"USD\",\"max\":42000000000,\"approximate\":true,"
        + "\"qualifier\":\"approx\",\"usd\":40000000000,\"fxDate\":\"2025-12-31\",\"companies\":[\"alibaba\",\"tencent\"],"
        + "\"sameAs\":[30]}", json);
    assertEquals(money, FactJson.read(json));
    Fact model = Fact.model("Qwen3.5-Max", 0, "en", "qwen3.5-max", "Qwen3.5-Max", "alibaba", false);
    assertEquals(model, FactJson.read(FactJson.write(model, "s", "d")));
    Fact score = Fact.score("89", 3, "ja", 89, "intelligence-index", "deepseek-r1");
    assertEquals(score, FactJson.read(FactJson.write(score, "s", "d")));
    Fact points = Fact.percent("6 procentpunt", 10, "nl", 6, null, null).asPoints();
    String pj = FactJson.write(points, "s", "d");
    assertEquals("{\"kind\":\"fact\",\"source\":\"s\",\"docId\":\"d\",\"type\":\"percent\",\"text\":\"6 procentpunt\","
        + "\"start\":10,\"end\":23,\"lang\":\"nl\",\"approximate\":false,\"value\":6,\"points\":true}", pj);
    assertEquals(points, FactJson.read(pj));
    assertThrows(IllegalStateException.class, () -> score.asPoints());
  }

  @Test
  void passageLooksUpSegmentsAndSentences() {
    String text = "中国开源AI\nDeepSeek released R1. It is cheap.";
    Passage p = new Passage(text, List.of(new TextSegment(0, 6, "zh", 1), new TextSegment(7, text.length(), "en", 0.9)),
        List.of(new Span(0, 6), new Span(7, 28), new Span(29, text.length())));
    assertEquals("zh", p.langAt(2));
    assertEquals("und", p.langAt(6));
    assertEquals("en", p.langAt(30));
    assertEquals("It is cheap.", p.textOf(p.sentenceAt(33)));
    assertEquals(List.of(new Span(0, 6), new Span(7, text.length())), Passage.lineSpans(text));
  }
}
