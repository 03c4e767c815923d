package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;

class ScoreExtractorTest {
  private static final ScoreExtractor SCORES = new ScoreExtractor(Metrics.load(LexiconSource.packaged()));

  private static List<Fact> scores(String text, String lang) {
    return SCORES.extract(Passage.of(text, lang));
  }

  private static void assertScore(Fact f, String text, int start, double value, String metric) {
    assertEquals(text, f.text());
    assertEquals(start, f.start());
    assertEquals(start + text.length(), f.end());
    assertEquals(value, f.value(), 1e-9);
    assertEquals(metric, f.metric());
  }

  // ja: the metric name followed directly by the value
  @Test
  void metricThenValueJapanese() {
    List<Fact> fs = scores("DeepseekのR1モデルインテリジェンスインデックス89は", "ja");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "インテリジェンスインデックス89", 14, 89, "intelligence-index");
    assertFalse(ScoreExtractor.foundByContext(fs.get(0)));
  }

  // ja: a particle between name and value ("インデックスに79")
  @Test
  void particleBetweenMetricAndValue() {
    List<Fact> fs = scores("QWEN2.5MAXのインテリジェントインデックスに79に達し", "ja");
    assertScore(fs.get(0), "インテリジェントインデックスに79", 11, 79, "intelligence-index");
  }

  // en translation inside Japanese text, in parentheses
  @Test
  void smartIndexInParentheses() {
    List<Fact> fs = scores("Hunyuan Large Model(Smart Index 74)", "ja");
    assertScore(fs.get(0), "Smart Index 74", 20, 74, "intelligence-index");
  }

  // ru: a model word and a verb between, points after
  @Test
  void russianComposedPoints() {
    List<Fact> fs = scores("индекс интеллекта модели составил 60 баллов", "ru");
    assertScore(fs.get(0), "индекс интеллекта модели составил 60 баллов", 0, 60, "intelligence-index");
  }

  // de: "von 89 Punkten"
  @Test
  void germanVonPunkten() {
    List<Fact> fs = scores("einen Intelligence Index von 89 Punkten", "de");
    assertScore(fs.get(0), "Intelligence Index von 89 Punkten", 6, 89, "intelligence-index");
  }

  // en: value first, then "on" and the metric; the longest metric name wins
  @Test
  void valueThenMetric() {
    List<Fact> fs = scores("GPT-5 scored 70 on MMLU-Pro and 88.5% on GPQA", "en");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "70 on MMLU-Pro", 13, 70, "mmlu-pro");
    assertScore(fs.get(1), "88.5% on GPQA", 32, 88.5, "gpqa");
  }

  // a value above the metric's max (a year) is not a score
  // a goal is no result: a target word in the clause before the score, or 目指す after it; "erzielte" is a result
  @Test
  void targetsAreNoScores() {
    assertTrue(scores("新一代模型的目標是在HKCanto-Eval超過80分。", "zh").isEmpty());
    assertTrue(scores("OpenAI aims for 95 on GPQA Diamond.", "en").isEmpty());
    assertTrue(scores("JGLUEで85点を目指す。", "ja").isEmpty());
    List<Fact> fs = scores("Es erzielte 85 Punkte auf MMLU-Pro; das Ziel sind 90 Punkte auf MMLU-Pro.", "de");
    assertEquals(1, fs.size(), fs::toString);
    assertScore(fs.get(0), "85 Punkte auf MMLU-Pro", 12, 85, "mmlu-pro");
  }

  // a verb of change and "to" in a metric's context state the new score; only the first clause is the metric's
  @Test
  void changedScore() {
    List<Fact> fs = scores("Qwen3-32B haalt 71,3 op MMLU-Pro. Op de vertaling zakt het model naar 66,4; de prijs daalt"
        + " naar 12.", "nl");
    assertEquals(2, fs.size(), fs::toString);
    assertScore(fs.get(1), "66,4", 70, 66.4, "mmlu-pro");
  }

  // ja: a quoted model's value after の, then a case particle
  @Test
  void japaneseQuotedModelsValue() {
    List<Fact> fs = scores("金融分野の「japanese-lm-fin-harness」では、「Qwen3-32B」の69.8を上回った。", "ja");
    assertEquals(1, fs.size(), fs::toString);
    assertScore(fs.get(0), "69.8", 45, 69.8, "japanese-lm-fin-harness");
    assertTrue(scores("「japanese-lm-fin-harness」では「Qwen3-32B」の69.8億円", "ja").isEmpty());
  }

  // a table whose caption names the metric: columns whose header names none are its total and sub-scores, but for
  // prices, parameters, ranks
  @Test
  void captionMetricForColumnsThatNameNone() {
    List<Fact> fs = scores("Лидеры MERA, декабрь 2026\nМодель | Общий балл | MaMuRAMu | Цена, ₽\nGigaChat 3 Ultra | 0,682 | 0,801 | 0,5", "ru");
    assertEquals(2, fs.size(), fs::toString);
    assertScore(fs.get(0), "0,682", 86, 0.682, "mera");
    assertScore(fs.get(1), "0,801", 94, 0.801, "mera");
  }

  // zh: 為 right before a value with points states a score; not before money
  @Test
  void chineseWeiWithPoints() {
    List<Fact> fs = scores("鴻海的FoxBrain 2在TMMLU+拿下71.3分，Breeze 2為64.8分，營收為5億元。", "zh");
    assertEquals(2, fs.size(), fs::toString);
    assertScore(fs.get(1), "64.8", 37, 64.8, "tmmlu-plus");
  }

  // a version of a test between the value and the metric ("der deutschen Fassung von", "the German version of")
  @Test
  void versionOfATestBeforeTheMetric() {
    List<Fact> fs = scores("Mit 58,3 Punkten auf der deutschen Fassung von MMLU-Pro liegt es vorn.", "de");
    assertEquals(1, fs.size(), fs::toString);
    assertScore(fs.get(0), "58,3 Punkten auf der deutschen Fassung von MMLU-Pro", 4, 58.3, "mmlu-pro");
  }

  @Test
  void yearAfterMetricIsNotAScore() {
    assertTrue(scores("the Intelligence Index 2025 report", "en").isEmpty());
  }

  // by context: points after a Latin model name, the metric named shortly before
  @Test
  void pointsInMetricContext() {
    String text = "OpenaiのO3 Model Intelligence Indexは94ポイントで、OpenaiのO3-Mini(90ポイント)です。";
    List<Fact> fs = scores(text, "ja");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "Intelligence Indexは94ポイント", 16, 94, "intelligence-index");
    assertScore(fs.get(1), "90", text.indexOf("90"), 90, "intelligence-index");
    assertTrue(ScoreExtractor.foundByContext(fs.get(1)));
  }

  // without a metric named before, points alone are not a score
  @Test
  void pointsWithoutMetricAreNotScores() {
    assertTrue(scores("OpenaiのO3-Mini(90ポイント)です。", "ja").isEmpty());
  }

  // by context: a parenthesised value after a model, and a value right after a model word
  @Test
  void parenthesesAndModelWordInContext() {
    String text = "インテリジェンスインデックス89は、OpenaiのO1モデルとほぼ同じです(94)。QWQ推論モデルは78に達しました";
    List<Fact> fs = scores(text, "ja");
    assertEquals(3, fs.size());
    assertScore(fs.get(1), "94", text.indexOf("94"), 94, "intelligence-index");
    assertScore(fs.get(2), "78", text.indexOf("78"), 78, "intelligence-index");
  }

  // en: "on the" / "in the" before the metric (a longer connector is tried before its prefix "on")
  @Test
  void valueThenOnTheMetric() {
    List<Fact> fs = scores("DeepSeek-R1 scored 89 on the Intelligence Index.", "en");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "89 on the Intelligence Index", 19, 89, "intelligence-index");
    assertFalse(ScoreExtractor.foundByContext(fs.get(0)));
    fs = scores("GPT-5 scored 68 in the Intelligence Index", "en");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "68 in the Intelligence Index", 13, 68, "intelligence-index");
  }

  // "on the" before a word that is no metric, a year, or a rank is not a score
  @Test
  void onTheWithoutMetricYearOrRankIsNotAScore() {
    assertTrue(scores("DeepSeek-R1 scored 89 on the market and 70 in the Intelligence report.", "en").isEmpty());
    assertTrue(scores("It was released in 2025 on the Intelligence Index site.", "en").isEmpty());
    assertTrue(scores("The Intelligence Index in 2025 on the list", "en").isEmpty());
    assertTrue(scores("GPT-5 ranked 1 on the Intelligence Index, DeepSeek-R1 was No. 3 on the Intelligence Index",
        "en").isEmpty());
    assertTrue(scores("GPT-5 staat op plaats 2 op de Intelligence Index en auf Platz 2 im Intelligence Index",
        "nl").isEmpty());
  }

  // de: "erreichte 89 Punkte im Intelligence Index", also "beim" and "auf dem"
  @Test
  void germanPunkteImMetric() {
    List<Fact> fs = scores("DeepSeek-R1 erreichte 89 Punkte im Intelligence Index.", "de");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "89 Punkte im Intelligence Index", 22, 89, "intelligence-index");
    fs = scores("GPT-5 kam auf 68 Punkte beim Intelligenz-Index", "de");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "68 Punkte beim Intelligenz-Index", 14, 68, "intelligence-index");
  }

  // nl: "scoorde 89 op de Intelligence Index" ("op de" before "op"), with or without "punten"
  @Test
  void dutchOpDeMetric() {
    List<Fact> fs = scores("DeepSeek-R1 scoorde 89 op de Intelligence Index.", "nl");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "89 op de Intelligence Index", 20, 89, "intelligence-index");
    fs = scores("DeepSeek-R1 scoorde 89 punten op de intelligentie-index.", "nl");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "89 punten op de intelligentie-index", 20, 89, "intelligence-index");
  }

  // zh: "在智能指数上的得分为89分" and its shorter and traditional forms, the unit 分 in the span
  @Test
  void chineseScoreParticles() {
    List<Fact> fs = scores("DeepSeek-R1在智能指数上的得分为89分", "zh");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "智能指数上的得分为89分", 12, 89, "intelligence-index");
    assertScore(scores("Qwen3在智能指数中得分85分，", "zh").get(0), "智能指数中得分85分", 6, 85, "intelligence-index");
    assertScore(scores("DeepSeek-R1在智能指数上获得89分", "zh").get(0), "智能指数上获得89分", 12, 89,
        "intelligence-index");
    assertScore(scores("DeepSeek-R1在智能指數上的得分為89分", "zh").get(0), "智能指數上的得分為89分", 12, 89,
        "intelligence-index");
    assertScore(scores("DeepSeek-R1的智能指数得分是89", "zh").get(0), "智能指数得分是89", 12, 89, "intelligence-index");
  }

  // zh: a rise of the index, a year or a count after the particles is not a score
  @Test
  void chineseRiseYearOrCountIsNotAScore() {
    assertTrue(scores("智能指数上升5%，智能指数的得分为2025年的新高", "zh").isEmpty());
    assertTrue(scores("智能指数取得2项突破", "zh").isEmpty());
  }

  // ja: "Intelligence Indexで89を記録", also with the unit 点
  @Test
  void japaneseRecordedOnMetric() {
    List<Fact> fs = scores("DeepSeek-R1はIntelligence Indexで89を記録した。", "ja");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "Intelligence Indexで89", 12, 89, "intelligence-index");
    fs = scores("DeepSeek-R1はインテリジェンスインデックスで89点を記録した。", "ja");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "インテリジェンスインデックスで89点", 12, 89, "intelligence-index");
  }

  // ru: a model named between the metric and the verb; the span holds it, so the linker takes that model
  @Test
  void russianModelBetweenMetricAndValue() {
    String text = "Индекс интеллекта модели DeepSeek-R1 составил 89 баллов";
    List<Fact> fs = scores(text, "ru");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), text, 0, 89, "intelligence-index");
    assertFalse(ScoreExtractor.foundByContext(fs.get(0)));
    fs = scores("Индекс интеллекта модели GPT-4o mini составил 54 баллов", "ru"); // a lower-case suffix goes on
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "Индекс интеллекта модели GPT-4o mini составил 54 баллов", 0, 54, "intelligence-index");
    fs = scores("Индекс интеллекта Claude 3.5 Sonnet составил 80 баллов", "ru");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "Индекс интеллекта Claude 3.5 Sonnet составил 80 баллов", 0, 80, "intelligence-index");
  }

  // en: the same with "of": "Intelligence Index of GPT-5 is 68"
  @Test
  void englishModelBetweenMetricAndValue() {
    List<Fact> fs = scores("The Intelligence Index of GPT-5 is 68.", "en");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "Intelligence Index of GPT-5 is 68", 4, 68, "intelligence-index");
  }

  // plain words between the metric and a number are no model name; a model needs a verb after it
  @Test
  void wordsBetweenMetricAndNumberAreNoModel() {
    assertTrue(scores("The Intelligence Index is a composite of 10 evaluations.", "en").isEmpty());
    assertTrue(scores("The Intelligence Index of the lab was 10.", "en").isEmpty());
    assertTrue(scores("Индекс интеллекта модели DeepSeek-R1 89 раз", "ru").isEmpty());
    assertTrue(scores("Индекс интеллекта модели DeepSeek-R1 составил 2025 год", "ru").isEmpty());
    assertTrue(scores("The Intelligence Index of GPT-5 users was 10.", "en").isEmpty()); // a plain word ends the name
  }

  // de/ru: values are read in their language, "37,5" is 37.5; a dash stands between metric and value
  @Test
  void decimalCommaAndDash() {
    String text = "Bei Humanity's Last Exam erreicht Gemini 3 Pro 37,5 Prozent.";
    List<Fact> fs = scores(text, "de");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "37,5", 47, 37.5, "hle");
    assertTrue(ScoreExtractor.foundByContext(fs.get(0)));
    fs = scores("в бенчмарке MMLU модель набрала 86 баллов, а в MMLU-Pro — 68,4.", "ru");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "86", 32, 86, "mmlu");
    assertScore(fs.get(1), "MMLU-Pro — 68,4", 47, 68.4, "mmlu-pro");
  }

  // de/nl/ru/en: a percent word before the metric, and a metric described by words with a test word next to it
  @Test
  void percentWordAndDescribedMetricAfterTheValue() {
    assertScore(scores("Sein Modell erreicht 58,7 Prozent im MMLU-Pro-Test.", "de").get(0),
        "58,7 Prozent im MMLU-Pro", 21, 58.7, "mmlu-pro");
    assertScore(scores("Volgens het bedrijf scoort het 78,4 punten op de medische test MedQA.", "nl").get(0),
        "78,4 punten op de medische test MedQA", 31, 78.4, "medqa");
    assertScore(scores("Версия набрала 71,4 балла в русскоязычной версии теста MMLU-Pro.", "ru").get(0),
        "71,4 балла в русскоязычной версии теста MMLU-Pro", 15, 71.4, "mmlu-pro");
    assertScore(scores("It scored 78.5 on the Korean-language KMMLU benchmark.", "en").get(0),
        "78.5 on the Korean-language KMMLU", 10, 78.5, "kmmlu");
    // without a test word next to the metric, words between are no description
    assertEquals(List.of(), scores("Revenue rose 5 percent in the US and MMLU was discussed.", "en"));
  }

  // de/nl: the elliptic end of a comparison, a bare value after a score word or preposition, a versioned name before
  @Test
  void ellipticBareValueAfterAVersionedName() {
    List<Fact> de = scores("In der LMArena-Rangliste kommt Mistral Large 3 auf 1418 Punkte, Gemini 3 Pro von Google auf 1501.",
        "de");
    assertEquals(2, de.size());
    assertScore(de.get(1), "1501", 92, 1501, "lmarena-elo");
    assertScore(scores("Op MedQA scoort Lumo 78,4 punten; GPT-5.1 van OpenAI komt daar op 81,2.", "nl").get(1),
        "81,2", 66, 81.2, "medqa");
    // no name with a version in the clause, or more words after the value: no score
    assertEquals(1, scores("In der LMArena-Rangliste kommt Mistral Large 3 auf 1418 Punkte, die Firma auf 1501.", "de")
        .size());
    assertEquals(1, scores("In der LMArena kommt Mistral Large 3 auf 1418 Punkte, Gemini 3 Pro auf 1501 Nutzer.", "de")
        .size());
  }

  // ru: a spaced hyphen as the dash, the model's maker between model and dash
  @Test
  void dashAfterAModelAndItsMaker() {
    List<Fact> fs = scores("В MMLU-Pro Cotype набрала 71,4 балла, тогда как GigaChat 2 MAX от Сбербанка - 74,8 балла.", "ru");
    assertEquals(2, fs.size());
    assertScore(fs.get(1), "74,8", 78, 74.8, "mmlu-pro");
  }

  // zh/ja: 則為 and a test word before the value, a parenthesis after the metric, a quoted model before (71.3点)
  @Test
  void chineseAndJapaneseParticlesAndParentheses() {
    assertScore(scores("GPT-5.2在SWE-bench Verified的得分則為80.0％。", "zh").get(0),
        "SWE-bench Verified的得分則為80.0", 8, 80, "swe-bench");
    assertScore(scores("Breeze 2在TMMLU+測驗拿下62.4分。", "zh").get(0), "TMMLU+測驗拿下62.4分", 9, 62.4, "tmmlu-plus");
    List<Fact> ja = scores("「PLaMo 2.1 Prime」は日本語版MMLU（JMMLU）で72.5点を獲得し、米OpenAIの「GPT-4o」（71.3点）を上回った。", "ja");
    assertEquals(2, ja.size());
    assertScore(ja.get(0), "MMLU（JMMLU）で72.5点", 22, 72.5, "mmlu");
    assertScore(ja.get(1), "71.3", 61, 71.3, "mmlu");
  }

  // a table row under the metric's caption, "с" with points, a possessive 的, 得到, の平均スコアが, "blijft steken op"
  @Test
  void tableRowsPossessivesAndMoreScoreWords() {
    List<Fact> table = scores("Open-weight models ranked by Artificial Analysis Intelligence Index\n\nModel | Index score\n\n"
        + "DeepSeek-V3.2 | 66\n\ngpt-oss-120B | 61", "en");
    assertEquals(2, table.size());
    assertScore(table.get(0), "66", 106, 66, "intelligence-index");
    assertEquals(List.of(), scores("Intelligence Index\n\nRevenue | 66", "en")); // no model in the first cell
    assertScore(scores("В ru-Arena-Hard модель набрала 87,2 балла, опередив DeepSeek-V3.2 с 84,5 балла.", "ru").get(1),
        "84,5", 68, 84.5, "arena-hard");
    assertScore(scores("Doubao-Seed-2.0-Pro在AIME 2025中取得93.1分，高于DeepSeek-V3.2的89.3分。", "zh").get(1),
        "89.3", 54, 89.3, "aime");
    assertScore(scores("在SWE-bench Verified上，该模型得到76.5分。", "zh").get(0), "76.5", 26, 76.5, "swe-bench");
    assertScore(scores("「ELYZA-tasks-100」の平均スコアが4.18となった。", "ja").get(0), "ELYZA-tasks-100」の平均スコアが4.18",
        1, 4.18, "elyza-tasks-100");
    assertScore(scores("Phi-4-mini haalt op MMLU 67,3 punten, het grotere Llama 3.1 8B blijft steken op 66,7.", "nl").get(1),
        "66,7", 80, 66.7, "mmlu");
  }

  // nl/en/de/ru: a value after a comparison word, its model named after it, runs on over the model's name
  @Test
  void comparedValueWithItsModelAfterIt() {
    String nl = "Een vroege versie haalde op de kennistoets MMLU 58,4 procent, tegen 66,1 procent voor Llama 3.1 70B van Meta.";
    List<Fact> fs = scores(nl, "nl");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "MMLU 58,4", 43, 58.4, "mmlu");
    assertScore(fs.get(1), "66,1 procent voor Llama 3.1 70B", 68, 66.1, "mmlu");
    assertScore(scores("On MMLU it reached 58.4%, versus 66.1% for Llama 3.1 70B.", "en").get(1),
        "66.1% for Llama 3.1 70B", 33, 66.1, "mmlu");
    assertScore(scores("Bei MMLU erreicht es 58,4 Prozent, gegenüber 66,1 Prozent bei GPT-4o mini.", "de").get(1),
        "66,1 Prozent bei GPT-4o mini", 45, 66.1, "mmlu");
    assertScore(scores("В MMLU модель набрала 58,4%, против 66,1% у Llama 3.1 70B.", "ru").get(1),
        "66,1% у Llama 3.1 70B", 36, 66.1, "mmlu");
    // no model after the preposition, or no comparison word: no score
    assertEquals(1, scores("On MMLU it reached 58.4%, versus 66.1% for the rest of the field.", "en").size());
    assertEquals(1, scores("On MMLU it reached 58.4%, and 66.1% for Llama 3.1 70B users were happy.", "en").size());
  }

  // de/en/zh: a score word a few words before a percentage in a metric's context makes it a score
  @Test
  void scoreWordBeforePercentInContext() {
    String text = "Im SWE-bench Verified, der echte Fehler misst, erreicht Gemini 3 Pro 76,2 Prozent und liegt knapp "
        + "hinter Claude Sonnet 4.5 mit 77,2 Prozent.";
    List<Fact> fs = scores(text, "de");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "76,2", 69, 76.2, "swe-bench");
    assertScore(fs.get(1), "77,2", 127, 77.2, "swe-bench");
    text = "Claude Opus 4.1 scored 74.5% on SWE-bench Verified, level with GPT-5, which OpenAI says scores 74.9%.";
    fs = scores(text, "en");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "74.5% on SWE-bench Verified", 23, 74.5, "swe-bench");
    assertScore(fs.get(1), "74.9", 95, 74.9, "swe-bench"); // the metric named after the first value is context
    fs = scores("在Humanity's Last Exam测试中，该模型在使用工具的情况下取得44.9%的成绩。", "zh");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "44.9", 39, 44.9, "hle");
  }

  // a percentage in a metric's context without a score word is something else (a rise, a share)
  @Test
  void percentWithoutScoreWordIsNoScore() {
    assertTrue(scores("Im Intelligence Index liegt GPT-5 vorn; der Marktanteil stieg um 15 Prozent.", "de").isEmpty());
    assertTrue(scores("Na de MMLU-test daalde het aandeel van OpenAI 5 procent.", "nl").isEmpty());
    assertTrue(scores("After the MMLU results, Nvidia held 62% of the market.", "en").isEmpty());
    // a preposition farther back, or a share word after the verb, is about a share
    assertTrue(scores("Im Intelligence Index: Hyundai wächst mit OpenAI o3 seinen Marktanteil um 55 Prozent.", "de")
        .isEmpty());
    assertTrue(scores("Na de MMLU-test haalt Qwen1.5 een marktaandeel van 8 procent.", "nl").isEmpty());
  }

  // de: points after a score word several words back, and in parentheses after a model and a space
  @Test
  void pointsAfterScoreWordAndSpacedParentheses() {
    String text = "Im Intelligence Index kommt Gemini 3 Pro auf 73 Punkte und verdrängt GPT-5.1 (70 Punkte).";
    List<Fact> fs = scores(text, "de");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "73", 45, 73, "intelligence-index");
    assertScore(fs.get(1), "70", 78, 70, "intelligence-index");
    fs = scores("In de Intelligence Index scoort Mistral Medium 3 momenteel 39 punten.", "nl");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "39", 59, 39, "intelligence-index");
  }

  // de: a bare value after "mit" counts when the clause gives points later; a model's version does not
  @Test
  void bareValueWithPointsLaterInTheClause() {
    String text = "Im Intelligence Index folgen Kimi K2 Thinking mit 67 und Grok 4 von xAI mit 65 Punkten.";
    List<Fact> fs = scores(text, "de");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "67", 50, 67, "intelligence-index");
    assertScore(fs.get(1), "65", 76, 65, "intelligence-index");
    assertTrue(scores("Im Intelligence Index folgen Modelle mit 67 Milliarden Parametern.", "de").isEmpty());
  }

  // de/en: an Elo word right before the value of an arena metric
  @Test
  void eloWordBeforeValue() {
    List<Fact> fs = scores("In der LMArena steht das Modell mit einem Elo-Wert von 1501 an erster Stelle.", "de");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "1501", 55, 1501, "lmarena-elo");
    fs = scores("On LMArena, Gemini 3 Pro leads with an Elo score of 1501.", "en");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "1501", 52, 1501, "lmarena-elo");
  }

  // nl: the metric name as the first part of a compound ("AIME 2025-wiskundetest")
  @Test
  void metricFirstInCompound() {
    List<Fact> fs = scores("Magistral Small haalt op de AIME 2025-wiskundetest 62,8 procent.", "nl");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "AIME 2025-wiskundetest 62,8", 28, 62.8, "aime");
  }

  // en: the metric's source in the possessive between "on" and the metric
  @Test
  void possessiveSourceBeforeMetric() {
    List<Fact> fs = scores("DeepSeek V3.2 scores 66 on Artificial Analysis’ Intelligence Index.", "en");
    assertEquals(1, fs.size());
    assertScore(fs.get(0), "66 on Artificial Analysis’ Intelligence Index", 21, 66, "intelligence-index");
    fs = scores("GPT-5 scores 68 on Artificial Analysis's Intelligence Index.", "en");
    assertScore(fs.get(0), "68 on Artificial Analysis's Intelligence Index", 13, 68, "intelligence-index");
    assertTrue(scores("GPT-5 scores 68 on Google's new chip.", "en").isEmpty());
  }

  // ja: MT-Bench, quoted, then the value with 点; "同じベンチマークで" stands for the metric named before
  @Test
  void mtBenchQuotedAndSameBenchmark() {
    List<Fact> fs = scores("日本語LLM「Lightblue-8B」は「Japanese MT-Bench」で8.2点を記録し、NECの「cotomi v2」は同じベンチマークで7.9点だった。", "ja");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "Japanese MT-Bench」で8.2点", 22, 8.2, "mt-bench");
    assertFalse(ScoreExtractor.foundByContext(fs.get(0)));
    assertScore(fs.get(1), "7.9", 75, 7.9, "mt-bench");
    assertTrue(ScoreExtractor.foundByContext(fs.get(1)));
    assertScore(scores("The model scores 8.1 on MT-Bench.", "en").get(0), "8.1 on MT-Bench", 17, 8.1, "mt-bench");
  }

  // MT-Bench's max is 10: a larger value next to it is no score, nor 同じベンチマークで without points
  @Test
  void mtBenchAboveMaxIsNotAScore() {
    assertTrue(scores("MT-Bench 2024 edition", "en").isEmpty());
    assertTrue(scores("「MT-Bench」の後、同じベンチマークで3回試した。", "ja").isEmpty());
  }

  // ru: the elliptic second clause of a comparison, model, dash, value with points
  @Test
  void dashAfterModelWithPoints() {
    List<Fact> fs = scores("в тесте MMLU YandexGPT 5 Pro набрала 83 балла, GigaChat 2 MAX — 81,5 балла.", "ru");
    assertEquals(2, fs.size());
    assertScore(fs.get(0), "83", 37, 83, "mmlu");
    assertScore(fs.get(1), "81,5", 64, 81.5, "mmlu");
    assertTrue(ScoreExtractor.foundByContext(fs.get(1)));
  }

  // ... but not an amount after the dash, a value without points, or a dash after a plain word
  @Test
  void dashAfterModelNeedsPointsOrTheClauseEndAndAModel() {
    assertEquals(1, scores("в тесте MMLU YandexGPT 5 Pro набрала 83 балла, GigaChat 2 MAX — 81,5 млрд рублей.", "ru")
        .size());
    // a bare value ending the clause after a model and a dash is its score ("У Qwen3-Max от Alibaba - 81,9.")
    assertEquals(2, scores("в тесте MMLU YandexGPT 5 Pro набрала 83 балла, GigaChat 2 MAX — 81,5.", "ru").size());
    assertEquals(2, scores("В ru-Arena-Hard модель набрала 87,2 балла. У Qwen3-Max от Alibaba - 81,9.", "ru").size());
    // a percentage after the dash is a share, not a score
    assertEquals(1, scores("в тесте MMLU GigaChat набрала 83 балла; на YandexGPT — 31%, на Qwen — 12%.", "ru").size());
    assertEquals(1, scores("в тесте MMLU YandexGPT 5 Pro набрала 83 балла, выручка — 81,5 балла.", "ru").size());
  }

  // en: a bare value after a model in the possessive, in the metric's context
  @Test
  void possessiveModelThenValue() {
    List<Fact> fs = scores("V3.2 scored 85.0 on MMLU-Pro, close to GPT-5's 87.1, according to the company.", "en");
    assertEquals(2, fs.size());
    assertScore(fs.get(1), "87.1", 47, 87.1, "mmlu-pro");
    assertTrue(ScoreExtractor.foundByContext(fs.get(1)));
    assertEquals(2, scores("V3.2 scored 85.0 on MMLU-Pro, close to GPT-5’s 87.1%.", "en").size());
  }

  // ... but not a count after the possessive, nor a possessive of a plain word
  @Test
  void possessiveModelThenCountIsNotAScore() {
    assertEquals(1, scores("V3.2 scored 85.0 on MMLU-Pro, while GPT-5's 87.1 million users wait.", "en").size());
    assertEquals(1, scores("V3.2 scored 85.0 on MMLU-Pro, up from last year's 80.", "en").size());
  }

  // benchmarks the packaged metrics name since 2026-12-02, and a name ending in a digit is not a number's start
  @Test
  void newerBenchmarksAndDigitBoundaries() {
    assertScore(scores("文心5.0在C-Eval上得分91.8", "zh").get(0), "C-Eval上得分91.8", 6, 91.8, "c-eval");
    assertScore(scores("в бенчмарке MERA модель набирает 71,4 балла", "ru").get(0), "71,4", 33,
        71.4, "mera");
    assertScore(scores("「JGLUE」で平均91.2を記録", "ja").get(0), "JGLUE」で平均91.2", 1, 91.2, "jglue");
    assertScore(scores("On ARC-AGI-2: 16%", "en").get(0), "ARC-AGI-2: 16", 3, 16, "arc-agi-2");
    List<Fact> arc = scores("ARC-AGI 29% of tasks", "en");
    assertEquals(List.of(), arc.stream().filter(f -> f.metric().equals("arc-agi-2")).toList());
  }
}
