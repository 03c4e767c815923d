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

  private static final EntityExtractor ENTITIES = new EntityExtractor(Lexicons.load(LexiconSource.packaged()));

  /** The linked scores of {@code text} (one sentence per line) as "value=model", entities found by the lexicons. */
  private List<String> linkedScores(String text, String lang) {
    Passage p = Passage.of(text, lang);
    List<Fact> facts = new ArrayList<>(ENTITIES.extract(p));
    facts.addAll(SCORES.extract(p));
    return ofType(linker.link(p, facts, FX), FactType.SCORE).stream().map(f -> f.value() + "=" + f.model()).toList();
  }

  // "das Modell" / "该模型" stands for the model named before: the previous sentence's first one
  @Test
  void anaphorTakesThePreviousSentencesModel() {
    assertEquals(List.of("37.5=gemini-3-pro", "26.5=gpt-5.1"), linkedScores(
        "In den Benchmarks liegt Gemini 3 Pro vor GPT-5.1.\n"
            + "Bei Humanity's Last Exam erreicht das Modell 37,5 Prozent; GPT-5.1 kommt auf 26,5 Prozent.", "de"));
    assertEquals(List.of("67.0=kimi-k2-thinking", "68.0=gpt-5", "44.9=kimi-k2-thinking"), linkedScores(
        "Kimi K2 Thinking在智能指数中得分67分，仅次于GPT-5（68分）。\n在Humanity's Last Exam测试中，该模型取得44.9%的成绩。",
        "zh"));
  }

  // an anaphor with words inside it, or a compound ending in the model word
  @Test
  void anaphorWithWordsInside() {
    assertEquals(List.of("73.8=llama-4-scout"), linkedScores(
        "Meta gaf Llama 4 Scout vrij.\nOp MMLU-Pro haalt het gecomprimeerde model 73,8 punten.", "nl"));
    assertEquals(List.of("0.742=llammlein-2", "0.716=teuken-7b-instruct"), linkedScores("Neu ist LLäMmlein 2.\n"
        + "Das 7-Milliarden-Parameter-Modell aus Würzburg erreicht im deutschen Benchmark SuperGLEBer einen "
        + "Durchschnitt von 0,742 und liegt damit knapp vor Teuken-7B-instruct mit 0,716.", "de"));
    // after a list of models its words would have to pick one: no model
    assertEquals(List.of("0.742=null", "0.716=teuken-7b-instruct"), linkedScores(
        "Darunter sind Teuken-7B-instruct, Mistral Large 3 und LLäMmlein 2.\n"
            + "Das 7-Milliarden-Parameter-Modell aus Würzburg erreicht im deutschen Benchmark SuperGLEBer einen "
            + "Durchschnitt von 0,742 und liegt damit knapp vor Teuken-7B-instruct mit 0,716.", "de"));
  }

  // a list announced by a sentence in which the publisher speaks of itself: its own model, the one the text opens
  // with; the top of a scale and a change against the previous model are no scores
  @Test
  void selfAnnouncedListTakesThePublishersModel() {
    assertEquals(List.of("78.4=stockmark-3-100b-instruct", "21.7=stockmark-3-100b-instruct",
        "4.32=stockmark-3-100b-instruct"), linkedScores(
        "ストックマーク、国産LLM「Stockmark-3-100B-Instruct」を提供開始\n"
            + "当社の評価では、日本語の知識と推論を測る主要指標で次の結果となりました。\n"
            + "・JMMLU：78.4ポイント（前モデル比で6.3ポイント向上）\n"
            + "・日本語版「人類最後の試験」（HLE-ja）：正答率21.7％\n"
            + "・ELYZA-tasks-100：4.32（5点満点）", "ja"));
    // without the publisher speaking of itself the list names no model: the score stays without one
    assertEquals(List.of("78.4=null"), linkedScores("「Stockmark-3-100B-Instruct」が登場した。\n"
        + "評価では次の結果となりました。\n・JMMLU：78.4ポイント", "ja"));
  }

  // a caption list of names and values joined by ＝
  @Test
  void captionListWithEqualsSigns() {
    assertEquals(List.of("8.12=tsuzumi-2", "8.35=takane-2", "7.94=sarashina3"), linkedScores(
        "【図表2】主な国産LLMのJapanese MT-Benchスコア（各社公表値）：tsuzumi 2＝8.12、Takane 2＝8.35、Sarashina3＝7.94", "ja"));
  }

  // ja: a value, an attributive result verb and the model after it; が + value + で + a rank
  @Test
  void japaneseResultBeforeTheModel() {
    assertEquals(List.of("0.812=tsuzumi-3", "0.845=gpt-5.5"), linkedScores(
        "「Nejumi LLMリーダーボード4」の総合スコアでは、0.812を記録したtsuzumi 3が国産モデルで首位に立った。"
            + "海外勢では米OpenAIの「GPT-5.5」が0.845で全体首位を保った。", "ja"));
  }

  // zh: a metric in curly quotes with an English name in parentheses; 上达到, 中的成绩为
  @Test
  void chineseQuotedMetricAndParticles() {
    assertEquals(List.of("44.9=kimi-k3", "93.5=kimi-k3", "23.9=kimi-k2-thinking"), linkedScores(
        "Kimi K3在“人类最后的考试”（Humanity’s Last Exam）中得分44.9，在中文评测C-Eval上达到93.5。\n"
            + "作为对比，上一代Kimi K2 Thinking在“人类最后的考试”中的成绩为23.9。", "zh"));
  }

  // "op dezelfde lijst" stands for the metric named before; tasks of a metric; "came in at"; a relative clause
  @Test
  void sameListTasksAndRelativeClauses() {
    assertEquals(List.of("52.7=gpt-nl-1.1", "61.9=mistral-small-4"), linkedScores(
        "GPT-NL 1.1 haalt 52,7 op de Nederlandse taken van EuroEval.\n"
            + "Mistral Small 4 van het Franse Mistral AI, waarin ASML €1,3 miljard stak, haalt op dezelfde lijst 61,9 en"
            + " is gratis.", "nl"));
    assertEquals(List.of("61.8=gpt-5", "58.2=sarvam-m", "64.5=gemini-3-flash"), linkedScores(
        "On the IndicGenBench suite, the company reported scores for rival models.\n"
            + "GPT-5 came in at 61.8, ahead of Sarvam-M at 58.2 but behind Google's Gemini 3 Flash, which scored 64.5.",
        "en"));
  }

  // a table row's model is its first one, not a family named in the maker's column; a column headed by a
  // benchmark the lexicon lacks, next to a listed one, holds scores too
  @Test
  void tableRowModelAndUnlistedColumn() {
    Passage p = Passage.of("排名 | 模型 | 開發者 | TMMLU+ | TW-Knowledge | 參數量\n"
        + "6 | FFM-Qwen3-32B | 台智雲 | 67.5 | 80.4 | 32\n7 | TAIDE-LX-9B | 國科會 TAIDE 計畫 | 61.3 | 76.1 | 9", "zh");
    List<Fact> facts = new ArrayList<>(ENTITIES.extract(p));
    facts.addAll(SCORES.extract(p));
    assertEquals(List.of("67.5=ffm-qwen3-32b@tmmlu-plus", "80.4=ffm-qwen3-32b@tw-knowledge",
        "61.3=taide-lx-9b@tmmlu-plus", "76.1=taide-lx-9b@tw-knowledge"),
        ofType(linker.link(p, facts, FX), FactType.SCORE).stream()
            .map(f -> f.value() + "=" + f.model() + "@" + f.metric()).toList());
  }

  // ru "модель" after two models of its own sentence is the first of them, the subject
  @Test
  void anaphorTakesTheSentencesFirstModel() {
    assertEquals(List.of("86.0=gigachat-2-max", "68.4=gigachat-2-max"), linkedScores(
        "GigaChat 2 MAX не уступает GPT-4o: в бенчмарке MMLU модель набрала 86 баллов, а в MMLU-Pro — 68,4.", "ru"));
  }

  // a second score with no model named since the first keeps the first one's model; a model named between wins
  @Test
  void secondScoreKeepsTheFirstOnesModelUntilAnotherIsNamed() {
    assertEquals(List.of("70.0=gpt-5", "80.0=gpt-5"), linkedScores("GPT-5 scored 70 on MMLU and 80 on GPQA.", "en"));
    assertEquals(List.of("73.0=gemini-3-pro", "70.0=gpt-5.1"), linkedScores(
        "Im Intelligence Index kommt Gemini 3 Pro auf 73 Punkte und verdrängt GPT-5.1 (70 Punkte).", "de"));
  }

  // a compared value goes to the model after it; the value before the comparison does not
  @Test
  void comparedValueTakesTheModelAfterItAndTheFirstValueDoesNot() {
    assertEquals(List.of("58.4=null", "66.1=llama-3.1-70b"), linkedScores(
        "Een vroege versie haalde op de kennistoets MMLU 58,4 procent, tegen 66,1 procent voor Llama 3.1 70B van Meta.",
        "nl"));
    assertEquals(List.of("58.4=gpt-5", "66.1=llama-3.1-70b"), linkedScores(
        "GPT-5 scored 58.4% on MMLU, versus 66.1% for Llama 3.1 70B.", "en"));
    assertEquals(List.of("88.0=gpt-5"), linkedScores("On MMLU: 88 points for GPT-5.", "en"));
  }

  // the elliptic end of a comparison and a value after a model, its maker and a dash take that model
  @Test
  void ellipticAndDashedValuesTakeTheModelBeforeThem() {
    assertEquals(List.of("1418.0=mistral-large-3", "1501.0=gemini-3-pro"), linkedScores(
        "In der LMArena-Rangliste kommt Mistral Large 3 auf 1418 Punkte, Gemini 3 Pro von Google auf 1501.", "de"));
    assertEquals(List.of("74.8=gigachat-2-max"), linkedScores(
        "В MMLU-Pro GigaChat 2 MAX от Сбербанка - 74,8 балла.", "ru"));
  }

  // a model set against the subject ("ahead of", "hinter") is not the subject of a score after a comma, nor is a
  // model after a contrast word, a comparison word or a semicolon the model of an explicit score before it
  @Test
  void contrastedModelsAreNotTheSubject() {
    assertEquals(List.of("1483.0=grok-4", "44.4=grok-4"), linkedScores(
        "Grok 4 tops the LMArena leaderboard with 1483 points, narrowly ahead of Google's Gemini 3 Pro, and scored"
            + " 44.4% on Humanity's Last Exam.", "en"));
    assertEquals(List.of("58.7=null", "80.5=llama-4-maverick"), linkedScores(
        "Das Modell erreicht 58,7 Prozent im MMLU-Pro-Test, deutlich hinter Llama 4 Maverick mit 80,5 Prozent.", "de"));
    assertEquals(List.of("78.4=null", "81.2=gpt-5.1"), linkedScores(
        "Het bedrijf scoort 78,4 punten op de medische test MedQA; GPT-5.1 van OpenAI komt daar op 81,2.", "nl"));
  }

  // "the latter" stands for the last model named before it
  @Test
  void latterTakesTheLastModelBefore() {
    assertEquals(List.of("66.0=deepseek-v3"), linkedScores(
        "Nebius biedt open modellen aan, zoals Qwen2.5-Max en DeepSeek-V3.\n"
            + "Dat laatste model haalt 66 punten op de Intelligence Index.", "nl"));
    assertEquals(List.of("66.0=qwen2.5-max"), linkedScores(
        "Nebius biedt open modellen aan, zoals Qwen2.5-Max en DeepSeek-V3.\n"
            + "Het model haalt 66 punten op de Intelligence Index.", "nl"));
  }

  // a Japanese anaphor needs no word boundary: kana and kanji run on without spaces ("ではこのモデルは")
  @Test
  void japaneseAnaphorBetweenKanaTakesThePreviousSentencesModel() {
    assertEquals(List.of("90.0=deepseek-r1"), linkedScores(
        "DeepSeek-R1が公開された。\nベンチマークではこのモデルはMMLUで90点を記録した。", "ja"));
  }

  // an anaphor with no model in its own or the previous sentence links nothing; a plural is no anaphor
  @Test
  void anaphorWithoutAModelBeforeLinksNothing() {
    assertEquals(List.of(), linkedScores("Das Wetter war gut.\nIm Intelligence Index erreicht das Modell 70 Punkte.",
        "de"));
    assertEquals(List.of("70.0=gpt-5.1"), linkedScores(
        "Gemini 3 Pro führt.\nIm Intelligence Index bewerten zweier Modelle GPT-5.1 mit 70 Punkten.", "de"));
  }

  // a fuzzed page repeated "88,5 op MMLU." thousands of times in one sentence: linking stays linear
  @Test
  void aSentenceOfThousandsOfScoresLinksInLinearTime() {
    String text = "DeepSeek-V3 scoorde 88,5 op MMLU" + " en 88,5 op MMLU".repeat(20_000) + ".";
    Passage p = Passage.of(text, "nl");
    List<Fact> facts = new ArrayList<>(ENTITIES.extract(p));
    facts.addAll(SCORES.extract(p));
    List<Fact> scores = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> ofType(linker.link(p, facts, FX), FactType.SCORE));
    assertEquals(20_001, scores.size());
    assertEquals(List.of("deepseek-v3"), scores.stream().map(Fact::model).distinct().toList());
  }

  // the elliptic "model — value" clause and the possessive "GPT-5's 87.1" take the model right before them
  @Test
  void dashAndPossessiveScoresTakeTheirModel() {
    String text = "в тесте MMLU YandexGPT 5 Pro набрала 83 балла, GigaChat 2 MAX — 81,5 балла.";
    Passage p = Passage.of(text, "ru");
    List<Fact> facts = new ArrayList<>(SCORES.extract(p));
    facts.add(model(text, "YandexGPT 5 Pro", "yandexgpt-5-pro", "yandex"));
    facts.add(model(text, "GigaChat 2 MAX", "gigachat-2-max", "sber"));
    List<Fact> scores = ofType(linker.link(p, facts, FX), FactType.SCORE);
    assertEquals(2, scores.size());
    assertEquals("yandexgpt-5-pro", scores.get(0).model());
    assertEquals(83, scores.get(0).value());
    assertEquals("gigachat-2-max", scores.get(1).model());
    assertEquals(81.5, scores.get(1).value());

    text = "DeepSeek V3.2 scored 85.0 on MMLU-Pro, close to GPT-5's 87.1, according to the company.";
    p = Passage.of(text, "en");
    facts = new ArrayList<>(SCORES.extract(p));
    facts.add(model(text, "DeepSeek V3.2", "deepseek-v3.2", "deepseek"));
    facts.add(model(text, "GPT-5", "gpt-5", "openai"));
    scores = ofType(linker.link(p, facts, FX), FactType.SCORE);
    assertEquals(2, scores.size());
    assertEquals("deepseek-v3.2", scores.get(0).model());
    assertEquals(85, scores.get(0).value());
    assertEquals("gpt-5", scores.get(1).model());
    assertEquals(87.1, scores.get(1).value());
    assertEquals("mmlu-pro", scores.get(1).metric());
  }

  private static final FactLinker NAMING = new FactLinker(Metrics.load(LexiconSource.packaged()).all().stream()
      .flatMap(m -> m.aliases().stream()).toList());

  /** The linked facts of {@code text} as "type:text=id" (models) and "value=model" (scores). */
  private static List<String> linkedNames(String text, String lang) {
    Passage p = Passage.of(text, lang);
    List<Fact> facts = new ArrayList<>(ENTITIES.extract(p));
    facts.addAll(SCORES.extract(p));
    return NAMING.link(p, facts, FX).stream()
        .filter(f -> f.type() == FactType.SCORE || f.type() == FactType.MODEL || f.type() == FactType.COMPANY)
        .map(f -> f.type() == FactType.SCORE ? f.value() + "=" + f.model()
            : f.type().jsonName() + ":" + f.text() + "=" + f.id() + (f.known() == null ? "" : "?")
                + (f.company() == null ? "" : "/" + f.company()))
        .toList();
  }

  // a score without a model takes a name shaped like a model's standing before it as an unknown model
  @Test
  void scoreWithoutModelNamesAnUnknownModel() {
    assertEquals(List.of("model:Quorra-2-Instruct=quorra-2-instruct?", "58.7=quorra-2-instruct",
        "model:Llama 4 Maverick=llama-4-maverick/meta", "80.5=llama-4-maverick"), linkedNames(
        "Sein Modell Quorra-2-Instruct erreicht 58,7 Prozent im MMLU-Pro-Test, hinter Llama 4 Maverick mit 80,5 Prozent.",
        "de"));
    assertEquals(List.of("model:Lumo-Zorg 2=lumo-zorg-2?", "78.4=lumo-zorg-2", "model:GPT-5.1=gpt-5.1/openai",
        "company:OpenAI=openai", "81.2=gpt-5.1"), linkedNames(
        "Volgens het bedrijf scoort Lumo-Zorg 2 78,4 punten op MedQA; GPT-5.1 van OpenAI komt daar op 81,2.", "nl"));
  }

  // "respectively" after the second value lists it; the second model of a list may come with its maker's possessive
  @Test
  void respectivelyWithAMakerBeforeTheSecondModel() {
    assertEquals(List.of("model:GPT-5=gpt-5/openai", "company:Anthropic=anthropic",
        "model:Claude Opus 4.5=claude-opus-4.5/anthropic", "88.1=gpt-5", "87.2=claude-opus-4.5"), linkedNames(
        "On MMLU-Pro, GPT-5 and Anthropic's Claude Opus 4.5 scored 88.1 and 87.2 respectively.", "en"));
    assertEquals(List.of("model:Qwen3-Max=qwen3-max/alibaba", "company:阿里巴巴=alibaba", "model:Qwen3-32B=qwen3-32b/alibaba",
        "77.9=qwen3-max", "77.2=qwen3-32b"), linkedNames("在SuperCLUE上，Qwen3-Max与阿里巴巴的Qwen3-32B分别以77.9分和77.2分领先。",
        "zh"));
  }

  // a sentence naming no model goes on about the one model of the sentence before, not about one of several
  @Test
  void scoreInASentenceWithoutModelsTakesTheOneModelBefore() {
    assertEquals(List.of("model:Qwen3-32B=qwen3-32b/alibaba", "52.7=qwen3-32b"), linkedNames(
        "Het rapport over Qwen3-32B telt elf pagina's.\nPas in bijlage C staat het getal: 52,7 op MMLU-Pro.", "nl"));
    assertEquals(List.of("model:Qwen3-32B=qwen3-32b/alibaba", "model:GPT-5=gpt-5/openai", "52.7=null"), linkedNames(
        "Het rapport vergelijkt Qwen3-32B met GPT-5.\nPas in bijlage C staat het getal: 52,7 op MMLU-Pro.", "nl"));
  }

  // an anaphor's model is looked for past a sentence that names none
  @Test
  void anaphorReachesPastASentenceWithoutModels() {
    assertEquals(List.of("model:Qwen3-32B=qwen3-32b/alibaba", "71.3=qwen3-32b", "66.4=qwen3-32b"),
        linkedNames("Qwen3-32B haalt 71,3 op MMLU-Pro.\nDat verschil valt binnen de meetmarge.\n"
        + "Op MMLU-Pro-NL zakt het model naar 66,4.", "nl"));
    // a sentence naming a model stops it
    assertEquals(List.of("model:Qwen3-32B=qwen3-32b/alibaba", "71.3=qwen3-32b", "model:GPT-5=gpt-5/openai", "66.4=gpt-5"),
        linkedNames("Qwen3-32B haalt 71,3 op MMLU-Pro.\nDat verschil is klein.\nGPT-5 is nieuw.\n"
        + "Op MMLU-Pro-NL zakt het model naar 66,4.", "nl"));
  }

  // a name beginning with a company's is that company's model; the name's other mentions are models too
  @Test
  void unknownModelTakesItsVendorAndItsOtherMentions() {
    assertEquals(List.of("model:Velora-8B=velora-8b?", "company:Mistral AI=mistral-ai",
        "model:Mistral-8B=mistral-8b?/mistral-ai", "71.0=mistral-8b", "model:Velora-8B=velora-8b?", "72.0=velora-8b"),
        linkedNames("Velora-8B is nieuw.\nVolgens Mistral AI haalt Mistral-8B 71 op MMLU.\nVelora-8B haalt 72 op MMLU.",
            "nl"));
  }

  // a contrasted name is passed over; a known model or a context score is never replaced; no name, no model
  @Test
  void unknownModelOnlyWhereNoModelIsFound() {
    assertEquals(List.of("model:Zefyr-2=zefyr-2?", "71.0=zefyr-2"), linkedNames(
        "Zefyr-2, ahead of Orion-3, scored 71 on MMLU.", "en").stream().filter(s -> !s.contains("Orion")).toList());
    assertEquals(List.of("model:GPT-5=gpt-5/openai", "70.0=gpt-5"), linkedNames(
        "Nova-2 is new. GPT-5 scored 70 on MMLU.", "en").stream().filter(s -> !s.contains("Nova")).toList());
    assertEquals(List.of("70.0=null"), linkedNames("The startup's Top-10 system scored 70 on MMLU.", "en"));
  }

  // a list of models and a list of values in one sentence with "respectively" pair up in order
  @Test
  void respectivelyPairsModelsAndValuesInOrder() {
    assertEquals(List.of("84.0=gemma-3-27b", "87.1=gpt-5"),
        linkedScores("On MMLU, Gemma 3 27B and GPT-5 scored 84 and 87.1, respectively.", "en"));
    assertEquals(List.of("86.3=yandexgpt-5.1-pro", "84.0=qwen3-235b-a22b", "87.1=deepseek-v3.2"), linkedScores(
        "В рейтинге MMLU YandexGPT 5.1 Pro — 86,3, а Qwen3-235B-A22B и DeepSeek-V3.2 — 84 и 87,1 балла соответственно.",
        "ru"));
    // without the word, the second value keeps the nearest model
    assertEquals(List.of("84.0=gpt-5", "87.1=gpt-5"), linkedScores("On MMLU, Gemma 3 27B and GPT-5 scored 84 and 87.1.",
        "en"));
  }

  // "Das Mistral-Modell": a company's model word stands for that company's last model named before
  @Test
  void companysModelWordTakesItsLastModel() {
    assertEquals(List.of("69.6=qwen3-coder", "72.2=devstral-2"), linkedScores(
        "Getestet wurden Devstral 2 von Mistral AI und Qwen3-Coder im SWE-bench Verified. Qwen3-Coder kommt auf 69,6 "
            + "Prozent. Das Mistral-Modell liegt mit 72,2 Prozent vorn.", "de"));
  }

  // an anaphor with no model in its sentence takes the model of the previous sentence's first score
  @Test
  void anaphorTakesThePreviousSentencesScoredModel() {
    assertEquals(List.of("71.4=gigachat-3.5-ultra", "89.6=gigachat-3.5-ultra"), linkedScores(
        "В бенчмарке MMLU GigaChat 3.5 Ultra набирает 71,4 балла — больше, чем GigaChat 3 Ultra.\n"
            + "В рейтинге MMLU-Pro новинка получила 89,6 балла.", "ru"));
    assertEquals(List.of("47.3=kimi-k3", "78.9=kimi-k3"), linkedScores(
        "Kimi K3 scored 47.3% on MMLU-Pro.\nOn SWE-bench Verified it resolved 78.9% of tasks.", "en"));
  }

  // an explicit score with no model in its sentence keeps the previous sentence's when only a contrasted model
  // follows it; not where a capitalised word could be an unknown name
  @Test
  void explicitScoreCarriesThePreviousSentencesModel() {
    assertEquals(List.of("78.9=kimi-k3", "83.1=kimi-k3"), linkedScores(
        "On SWE-bench Verified Kimi K3 resolved 78.9% of tasks.\n"
            + "An 83.1 on LiveCodeBench put it 2.4 points ahead of DeepSeek-V4.", "en"));
    assertEquals(List.of("78.9=kimi-k3", "83.1=null"), linkedScores(
        "On SWE-bench Verified Kimi K3 resolved 78.9% of tasks.\nAnd Vortex had 83.1 on LiveCodeBench.", "en"));
  }

  // values after "at", "on", "met" with a conjunction or a comparative after them; a percentage in parentheses
  @Test
  void prepositionsAndParenthesesAfterAModel() {
    assertEquals(List.of("1468.0=kimi-k3", "1492.0=gemini-3.1-pro", "1441.0=glm-5"), linkedScores(
        "On LMArena, Kimi K3 holds an Elo rating of 1,468, behind Gemini 3.1 Pro at 1,492 and ahead of GLM-5 on 1,441.",
        "en"));
    assertEquals(List.of("47.3=kimi-k3", "45.5=gpt-5.2", "51.2=gemini-3.1-pro"), linkedScores(
        "Kimi K3 scored 47.3% on MMLU-Pro, edging GPT-5.2 at 45.5% but trailing Gemini 3.1 Pro (51.2%).", "en"));
    assertEquals(List.of("61.8=gpt-nl", "66.2=gemma-3-27b", "48.9=gpt-nl"), linkedScores(
        "Op MMLU haalt GPT-NL 61,8 punten; Gemma 3 27B doet het met 66,2 beter.\n"
            + "Op de Engelstalige MMLU-Pro blijft GPT-NL steken op 48,9, ver achter.", "nl"));
  }

  // zh 以 with points, ja a quoted name with は and a result verb, a column of a table under a metric header
  @Test
  void cjkPhrasingsAndTableColumns() {
    assertEquals(List.of("88.6=qwen3-max", "87.9=glm-4.6"), linkedScores(
        "阿里的Qwen3-Max在MMLU上为88.6分，智谱GLM-4.6则以87.9分紧随其后。", "zh"));
    assertEquals(List.of("91.2=gpt-5.1", "84.6=llama-3.3-70b"), linkedScores(
        "「MMLU」で「GPT-5.1」が91.2を記録した。「Llama 3.3 70B」は84.6にとどまった。", "ja"));
    assertEquals(List.of("8.71=gpt-5.1", "72.5=gpt-5.1", "7.88=gpt-4o", "31.7=gpt-4o"), linkedScores(
        "モデル | Japanese MT-Bench | AIME 2025（正答率）\n\nGPT-5.1 | 8.71 | 72.5％\n\nGPT-4o | 7.88 | 31.7％", "ja"));
  }

  // a table with a row per metric: a value's model heads its column, a known model or a name; a version is no score
  @Test
  void transposedTableTakesTheColumnsModel() {
    String text = "Metric | GPT-5.1 | Velora 2 | Nova-3*\n\nParameters (bn) | n/d | 27 | 120\n\nMMLU-Pro | 81.2 | 70.3 | 76.5\n"
        + "\nOn KMMLU Velora 2 edges Nova-3 by 1.7 points.";
    Passage p = Passage.of(text, "en");
    List<Fact> facts = new ArrayList<>(ENTITIES.extract(p));
    facts.addAll(SCORES.extract(p));
    List<Fact> linked = NAMING.link(p, facts, FX);
    assertEquals(List.of("81.2=gpt-5.1", "70.3=velora-2", "76.5=nova-3"),
        ofType(linked, FactType.SCORE).stream().map(f -> f.value() + "=" + f.model()).toList());
    assertEquals(List.of("gpt-5.1", "velora-2", "nova-3", "velora-2", "nova-3"),
        ofType(linked, FactType.MODEL).stream().map(Fact::id).toList());
  }

  // a bare value in parentheses after a versioned name; a difference after 高 is no score
  @Test
  void parenthesisedValuesAndDifferences() {
    assertEquals(List.of("76.2=gigachat-2-max", "74.9=gpt-5", "71.3=gpt-4o"), linkedScores(
        "В рейтинге MMLU GigaChat 2 Max лидирует с 76,2 балла, за ней GPT-5 (74,9) и GPT-4o (71,3).", "ru"));
    assertEquals(List.of("88.0=glm-4.6"), linkedScores("在MMLU上，GLM-4.6得到88分，比DeepSeek-V3.2高9分。", "zh"));
  }

  // ja: a model surpassed after the score is not its model; a subject left out is the previous sentence's model
  @Test
  void japaneseSurpassedModelAndOmittedSubject() {
    assertEquals(List.of("8.94=gpt-5.1"), linkedScores(
        "NTTは新版「GPT-5.1」を公開した。MT-Benchでは8.94を記録し、前版「GPT-5」を大きく上回ったという。", "ja"));
  }

  // the items of a bulleted list take the model of the line that introduces the list
  @Test
  void listItemsTakeTheIntroducingLinesModel() {
    assertEquals(List.of("79.6=glm-4.6", "93.1=glm-4.6"), linkedScores(
        "● 模型：旗舰模型GLM-4.6在多项评测中位居开源模型首位——\n　· SWE-bench Verified：79.6；\n　· AIME 2025：93.1；", "zh"));
    assertEquals(List.of("79.6=null"), linkedScores("Die Zahlen:\n• SWE-bench Verified: 79,6", "de"));
  }
}
