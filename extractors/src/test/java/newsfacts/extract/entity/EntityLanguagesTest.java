package newsfacts.extract.entity;

import static newsfacts.extract.entity.EntityExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules once per language (zh, ja, de, nl, ru, en), with exact offsets. */
class EntityLanguagesTest {

  @Test
  void widthAndCaseFoldingZh() {
    // full-width Latin and a full-width dash in Chinese text
    assertEquals(List.of("company deepseek [0,8) ＤｅｅｐＳｅｅｋ", "model kimi-k2 [11,18) ＫＩＭＩ－Ｋ２ vendor=moonshot"),
        find("ＤｅｅｐＳｅｅｋ发布了ＫＩＭＩ－Ｋ２", "zh"));
  }

  @Test
  void widthAndCaseFoldingDe() {
    // upper case and full width in German text
    assertEquals(List.of("company deepseek [0,8) DEEPSEEK", "company nvidia [13,19) Ｎｖｉｄｉａ"),
        find("DEEPSEEK und Ｎｖｉｄｉａ", "de"));
  }

  @Test
  void widthAndCaseFoldingEn() {
    // "KIMI-K2" and a full-width "Ｑｗｅｎ２．５－Ｍａｘ"
    assertEquals(List.of("model kimi-k2 [0,7) KIMI-K2 vendor=moonshot",
        "model qwen2.5-max [9,20) Ｑｗｅｎ２．５－Ｍａｘ vendor=alibaba"), find("KIMI-K2, Ｑｗｅｎ２．５－Ｍａｘ", "en"));
  }

  @Test
  void spacingVariantsNl() {
    // "Kimi-K2" in Dutch
    assertEquals(List.of("model kimi-k2 [0,7) Kimi-K2 vendor=moonshot",
        "model qwen3.5-max [11,22) Qwen3.5-Max vendor=alibaba unknown"), find("Kimi-K2 en Qwen3.5-Max", "nl"));
  }

  @Test
  void ambiguousWithVendorZh() {
    // 深度求索的R1模型: vendor before, a Latin alias inside Chinese text
    assertEquals(List.of("company deepseek [0,4) 深度求索", "model deepseek-r1 [5,7) R1 vendor=deepseek"),
        find("深度求索的R1模型", "zh"));
  }

  @Test
  void ambiguousWithoutContextZh() {
    // R1很强: no vendor, no model word, no earlier mention
    assertEquals(List.of(), find("R1很强", "zh"));
  }

  @Test
  void ambiguousWithVendorJa() {
    // ディープシークのV3モデル: katakana vendor name, then a model word too
    assertEquals(List.of("company deepseek [0,7) ディープシーク", "model deepseek-v3 [8,10) V3 vendor=deepseek"),
        find("ディープシークのV3モデル", "ja"));
  }

  @Test
  void ambiguousWithoutContextJa() {
    // K2が人気: alone it is not Kimi K2
    assertEquals(List.of(), find("K2が人気", "ja"));
  }

  @Test
  void ambiguousWithModelWordDe() {
    // "Das KI-Modell R1 von DeepSeek": model word before, vendor after
    assertEquals(List.of("model deepseek-r1 [14,16) R1 vendor=deepseek", "company deepseek [21,29) DeepSeek"),
        find("Das KI-Modell R1 von DeepSeek", "de"));
  }

  @Test
  void ambiguousWithoutContextDe() {
    // "Claude" as a first name
    assertEquals(List.of(), find("Claude ist ein Vorname", "de"));
  }

  @Test
  void ambiguousWithoutContextNl() {
    // "K2 is een berg": the mountain
    assertEquals(List.of(), find("K2 is een berg", "nl"));
  }

  @Test
  void ambiguousCompanyWithCompanyWordNl() {
    // "het bedrijf Meta" counts, "Metaverse" is no word boundary
    assertEquals(List.of("company meta [12,16) Meta"), find("het bedrijf Meta en Metaverse", "nl"));
  }

  @Test
  void ambiguousWithModelWordRu() {
    // "модель K2 от Moonshot AI"
    assertEquals(List.of("model kimi-k2 [7,9) K2 vendor=moonshot", "company moonshot [13,24) Moonshot AI"),
        find("модель K2 от Moonshot AI", "ru"));
  }

  @Test
  void ambiguousWithoutContextRu() {
    // "R1 — это ряд": a row, not a model
    assertEquals(List.of(), find("R1 — это ряд", "ru"));
  }

  @Test
  void ambiguousWithVendorEn() {
    // "DeepSeek's R1 and OpenAI's o1"
    assertEquals(List.of("company deepseek [0,8) DeepSeek", "model deepseek-r1 [11,13) R1 vendor=deepseek",
        "company openai [18,24) OpenAI", "model o1 [27,29) o1 vendor=openai"), find("DeepSeek's R1 and OpenAI's o1", "en"));
  }

  @Test
  void ambiguousWithoutContextEn() {
    // "o1 and o3 are letters"
    assertEquals(List.of(), find("o1 and o3 are letters", "en"));
  }

  @Test
  void inflectionRu() {
    // nominative, genitive and instrumental forms of three companies
    assertEquals(List.of("company yandex [9,15) Яндекс", "company sber [18,27) Сбербанка",
        "company alibaba [31,39) Алибабой"), find("компании Яндекс и Сбербанка, с Алибабой", "ru"));
  }

  @Test
  void inflectionOfBothWordsRu() {
    // "Лабораторией Касперского": the first word of a two-word name is declined too
    assertEquals(List.of("company kaspersky [2,26) Лабораторией Касперского", "company kaspersky [29,52) Лаборатории Касперского"),
        find("с Лабораторией Касперского и Лаборатории Касперского", "ru"));
  }

  @Test
  void inflectionRuUpperCaseAndLatinWithEnding() {
    // "ЯНДЕКСУ" in capitals; a Latin name with a Russian ending after an apostrophe stops at it
    assertEquals(List.of("company yandex [0,7) ЯНДЕКСУ", "company deepseek [10,18) DeepSeek"),
        find("ЯНДЕКСУ и DeepSeek’у", "ru"));
  }

  @Test
  void compoundsAndGenitiveDe() {
    // "DeepSeeks R1" (genitive -s) and "Nvidia-Chips" (compound)
    assertEquals(List.of("company deepseek [0,9) DeepSeeks", "model deepseek-r1 [10,12) R1 vendor=deepseek",
        "company nvidia [21,27) Nvidia"), find("DeepSeeks R1 und die Nvidia-Chips", "de"));
  }

  @Test
  void genitiveAndBoundaryDe() {
    // "SAPs Umsatz" is SAP; "SAPPHIRE" is not
    assertEquals(List.of("company sap [0,4) SAPs"), find("SAPs Umsatz, nicht SAPPHIRE", "de"));
  }

  @Test
  void unknownVersionsZh() {
    // Chinese family prefixes with versions: 通义千问3.5, 千问2.5 (both unknown to the fixture)
    assertEquals(List.of("model qwen3.5 [0,7) 通义千问3.5 vendor=alibaba unknown",
        "model qwen2.5 [10,15) 千问2.5 vendor=alibaba unknown"), find("通义千问3.5发布，千问2.5也在", "zh"));
  }

  @Test
  void unknownVersionsJa() {
    // "GLM-5を発表": a version right before kana
    assertEquals(List.of("model glm-5 [0,5) GLM-5 vendor=zhipu unknown"), find("GLM-5を発表", "ja"));
  }

  @Test
  void unknownVersionsDe() {
    // "GLM-5-Modell": the compound's model word is not a suffix
    assertEquals(List.of("model glm-5 [0,5) GLM-5 vendor=zhipu unknown"), find("GLM-5-Modell", "de"));
  }

  @Test
  void unknownVersionsRu() {
    // two unknown versions in Russian text
    assertEquals(List.of("model glm-5 [6,11) GLM-5 vendor=zhipu unknown",
        "model qwen3.5-max [14,25) Qwen3.5-Max vendor=alibaba unknown"), find("вышла GLM-5 и Qwen3.5-Max", "ru"));
  }

  @Test
  void unknownVersionsEn() {
    // "the Qwen3.5-Max model from Alibaba"
    assertEquals(List.of("model qwen3.5-max [4,15) Qwen3.5-Max vendor=alibaba unknown", "company alibaba [27,34) Alibaba"),
        find("the Qwen3.5-Max model from Alibaba", "en"));
  }

  @Test
  void commonWordPrefixNeedsAGluedVersion() {
    // "GPT" is no common word but "Step" is: "Step 2 of the plan" is no model, "Step-2" would be
    assertEquals(List.of("model gpt-6 [0,5) GPT-6 vendor=openai unknown"), find("GPT-6. Step 2 of the plan", "en"));
    // the known Step-2 as written only, in any sentence
    assertEquals(List.of("model step-2 [0,6) Step-2 vendor=stepfun"), find("Step-2 is out, Step 2 is not", "en"));
    // a capitalised common-word prefix takes a spaced version with a tier word after it
    assertEquals(List.of("model nova-3-pro [14,24) Nova 3 Pro vendor=amazon unknown"),
        find("Then it shows Nova 3 Pro, and a nova 3 pro in lower case", "en"));
  }

  // a brand right before a model of its family is part of that model's mention; a name that begins a benchmark's is
  // no model
  @Test
  void brandBeforeItsModelAndBenchmarkNames() {
    assertEquals(List.of("model qwen2.5-max [2,17) 通义千问Qwen2.5-Max vendor=alibaba"), find("发布通义千问Qwen2.5-Max", "zh"));
    assertEquals(List.of("model qwen [0,4) 通义千问 vendor=alibaba", "model qwen3 [5,10) Qwen3 vendor=alibaba"),
        find("通义千问，Qwen3", "zh")); // apart: two mentions
    assertEquals(List.of(), find("评测基准「Qwen3-eval」与 Qwen-Bench", "zh"));
  }

  // a company's name and a V version of one or two digits is that company's model; V100 is a chip
  @Test
  void companyAndVVersionIsItsModel() {
    assertEquals(List.of("model hkgai-v1 [5,13) HKGAI V1 vendor=hkgai unknown"), find("去年推出的HKGAI V1", "zh"));
    assertEquals(List.of("company nvidia [0,6) Nvidia"), find("Nvidia V100", "en"));
  }

  // a capitalised contextual company name with a possessive 's owns something: a company
  @Test
  void possessiveMakesAContextualCompany() {
    assertEquals(List.of("company meta [10,14) Meta"), find("In Paris, Meta's new campus opens.", "en"));
    assertEquals(List.of(), find("In Paris, meta's new campus opens. Meta is Greek.", "en"));
  }

  @Test
  void ambiguousVendorWithModelWordDe() {
    // "das KI-Modell von Meta": a company that makes models counts next to a model word
    assertEquals(List.of("company meta [18,22) Meta"), find("das KI-Modell von Meta", "de"));
  }

  @Test
  void dateCharIsNoAliasStartZh() {
    // "11日经环球影业发行": 日 closes the date, so 日经 (Nikkei) is not there; "据日经报道" is
    assertEquals(List.of("company nikkei [1,3) 日经"), find("据日经报道，6月11日经环球影业发行", "zh"));
  }

  @Test
  void hangulNamesTakeParticlesButNotLongerWords() {
    // "삼성전자는" is Samsung plus a particle; "삼성전자주식" runs on into another word
    assertEquals(List.of("company samsung [0,4) 삼성전자"), find("삼성전자는 삼성전자주식", "ko"));
  }

  @Test
  void cjkVendorBeforeLatinModelZh() {
    // 月之暗面的Kimi K2
    assertEquals(List.of("company moonshot [0,4) 月之暗面", "model kimi-k2 [5,12) Kimi K2 vendor=moonshot"),
        find("月之暗面的Kimi K2", "zh"));
  }
}
