package newsfacts.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.entity.EntityExtractor;
import newsfacts.extract.figures.Metrics;
import newsfacts.extract.figures.FxRates;
import newsfacts.extract.figures.MoneyExtractor;
import newsfacts.extract.figures.ScoreExtractor;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class FactLinkerTest {
  private static final FxRates FX = FxRates.of(Map.of("USD", 1.0, "EUR", 0.8, "CNY", 7.0), "2019-06-13");
  private static final MoneyExtractor MONEY = new MoneyExtractor();
  private static final ScoreExtractor SCORES = new ScoreExtractor(Metrics.load(LexiconSource.packaged()));
  private final FactLinker linker = new FactLinker();

  private static Fact company(String text, String surface, String id) {
    return Fact.company(surface, text.indexOf(surface), "nl", id, surface);
  }

  private static Fact model(String text, String surface, String id, String vendor) {
    return Fact.model(surface, text.indexOf(surface), "ja", id, surface, vendor, true);
  }

  private static List<Fact> ofType(List<Fact> facts, FactType type) {
    return facts.stream().filter(f -> f.type() == type).toList();
  }

  // a parenthesised amount in another currency is the same amount: both facts point at each other
  @Test
  void pairInParenthesesIsSameAs() {
    String text = "Nvidia verloor $600 miljard (€510 miljard) aan waarde.";
    Passage p = Passage.of(text, "nl");
    List<Fact> money = ofType(linker.link(p, MONEY.extract(p), FX), FactType.MONEY);
    assertEquals(List.of(29), money.get(0).sameAs()); // where "€510 miljard" starts
    assertEquals(List.of(15), money.get(1).sameAs()); // where "$600 miljard" starts
  }

  // usd is the amount divided by the units per dollar, with the table's date
  @Test
  void convertsToUsdWithDate() {
    String text = "380 miljard yuan (€50,6 miljard)";
    Passage p = Passage.of(text, "nl");
    List<Fact> money = linker.link(p, MONEY.extract(p), FX);
    assertEquals(380e9 / 7.0, money.get(0).usd(), 1);
    assertEquals(50.6e9 / 0.8, money.get(1).usd(), 1);
    assertEquals("2019-06-13", money.get(0).fxDate());
  }

  // a currency without a rate keeps usd null
  @Test
  void unknownCurrencyHasNoUsd() {
    Passage p = Passage.of("10 ₽", "ru");
    Fact f = linker.link(p, MONEY.extract(p), FX).get(0);
    assertNull(f.usd());
    assertNull(f.fxDate());
  }

  // the first company before the figure is the subject; the others follow by distance; model vendors count
  @Test
  void companiesSubjectFirst() {
    String text = "Meta kocht Manus voor $2 miljard, aldus Qwen-maker";
    Passage p = Passage.of(text, "nl");
    List<Fact> facts = new ArrayList<>(MONEY.extract(p));
    facts.add(company(text, "Meta", "meta"));
    facts.add(company(text, "Manus", "manus"));
    facts.add(Fact.model("Qwen", text.indexOf("Qwen"), "nl", "qwen", "Qwen", "alibaba", true));
    Fact m = ofType(linker.link(p, facts, FX), FactType.MONEY).get(0);
    assertEquals(List.of("meta", "manus", "alibaba"), m.companies());
  }

  // companies of another sentence are not linked
  @Test
  void companiesStayInTheirSentence() {
    String text = "Alibaba groeit.\nHet kost $5 miljard.";
    Passage p = Passage.of(text, "nl");
    List<Fact> facts = new ArrayList<>(MONEY.extract(p));
    facts.add(company(text, "Alibaba", "alibaba"));
    assertNull(ofType(linker.link(p, facts, FX), FactType.MONEY).get(0).companies());
  }

  // a score takes the nearest model before it in the sentence
  @Test
  void scoreTakesNearestPrecedingModel() {
    String text = "DeepseekのR1モデルインテリジェンスインデックス89は、OpenaiのO1モデルとほぼ同じです(94)。";
    Passage p = Passage.of(text, "ja");
    List<Fact> facts = new ArrayList<>(SCORES.extract(p));
    facts.add(model(text, "R1", "deepseek-r1", "deepseek"));
    facts.add(model(text, "O1", "o1", "openai"));
    List<Fact> scores = ofType(linker.link(p, facts, FX), FactType.SCORE);
    assertEquals(2, scores.size());
    assertEquals("deepseek-r1", scores.get(0).model());
    assertEquals(89, scores.get(0).value());
    assertEquals("o1", scores.get(1).model());
    assertEquals(94, scores.get(1).value());
  }

  // a score found by context without a model is dropped; an explicit one is kept without a model
  @Test
  void contextScoreWithoutModelIsDropped() {
    String text = "インテリジェンスインデックス89は、モデルとほぼ同じです(94)。";
    Passage p = Passage.of(text, "ja");
    List<Fact> scores = ofType(linker.link(p, SCORES.extract(p), FX), FactType.SCORE);
    assertEquals(1, scores.size());
    assertEquals(89, scores.get(0).value());
    assertNull(scores.get(0).model());
  }

  // a model named inside the score's span ("индекс интеллекта модели DeepSeek-R1 составил 89 баллов") is the
  // score's model, not the nearer one before the span
  @Test
  void scoreTakesModelInsideItsSpan() {
    String text = "После GPT-5 индекс интеллекта модели DeepSeek-R1 составил 89 баллов.";
    Passage p = Passage.of(text, "ru");
    List<Fact> facts = new ArrayList<>(SCORES.extract(p));
    facts.add(model(text, "GPT-5", "gpt-5", "openai"));
    facts.add(model(text, "DeepSeek-R1", "deepseek-r1", "deepseek"));
    List<Fact> scores = ofType(linker.link(p, facts, FX), FactType.SCORE);
    assertEquals(1, scores.size());
    assertEquals("индекс интеллекта модели DeepSeek-R1 составил 89 баллов", scores.get(0).text());
    assertEquals(12, scores.get(0).start());
    assertEquals(67, scores.get(0).end());
    assertEquals(89, scores.get(0).value());
    assertEquals("intelligence-index", scores.get(0).metric());
    assertEquals("deepseek-r1", scores.get(0).model());
  }

  // the model before "89 on the Intelligence Index" and "智能指数上的得分为89分", found by the entity extractor
  // over the packaged lexicons, like the model inside the Russian span
  @Test
  void scoresOfTheNewPhrasingsTakeTheirModel() {
    EntityExtractor entities = new EntityExtractor(Lexicons.load(LexiconSource.packaged()));
    for (String[] c : new String[][] {
        {"en", "DeepSeek-R1 scored 89 on the Intelligence Index.", "89 on the Intelligence Index"},
        {"zh", "DeepSeek-R1在智能指数上的得分为89分", "智能指数上的得分为89分"},
        {"ru", "После GPT-5 индекс интеллекта модели DeepSeek-R1 составил 89 баллов.",
            "индекс интеллекта модели DeepSeek-R1 составил 89 баллов"},
        {"nl", "DeepSeek-R1 scoorde 89 op de Intelligence Index.", "89 op de Intelligence Index"},
        {"de", "DeepSeek-R1 erreichte 89 Punkte im Intelligence Index.", "89 Punkte im Intelligence Index"},
        {"ja", "DeepSeek-R1はIntelligence Indexで89を記録した。", "Intelligence Indexで89"}}) {
      Passage p = Passage.of(c[1], c[0]);
      List<Fact> facts = new ArrayList<>(entities.extract(p));
      facts.addAll(SCORES.extract(p));
      List<Fact> scores = ofType(linker.link(p, facts, FX), FactType.SCORE);
      assertEquals(1, scores.size(), c[1]);
      assertEquals(c[2], scores.get(0).text(), c[1]);
      assertEquals(c[1].indexOf(c[2]), scores.get(0).start(), c[1]);
      assertEquals(89, scores.get(0).value(), c[1]);
      assertEquals("intelligence-index", scores.get(0).metric(), c[1]);
      assertEquals("deepseek-r1", scores.get(0).model(), c[1]);
    }
  }
}
