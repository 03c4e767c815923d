package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import org.junit.jupiter.api.Test;

/** Exact-offset cases for every matching rule, over the fixture lexicons. */
class EntityExtractorTest {

  /** Facts as "type id [start,end) text", plus "vendor" and "unknown" for models. */
  static List<String> find(String text, String lang) {
    return Fixtures.EXTRACTOR.extract(Passage.of(text, lang)).stream().map(EntityExtractorTest::show).toList();
  }

  static String show(Fact f) {
    String s = (f.type() == FactType.COMPANY ? "company " : "model ") + f.id() + " [" + f.start() + "," + f.end()
        + ") " + f.text();
    if (f.type() == FactType.MODEL) {
      s += " vendor=" + f.company() + (f.known() == null ? "" : " unknown");
    } else if (f.known() != null) {
      s += " unknown";
    }
    return s;
  }

  // --- normalization: case, width, dashes and spaces

  @Test
  void caseAndSpacingVariantsMatchOneModel() {
    // "Kimi K2" = "Kimi-K2" = "KIMI K2", offsets are the original ones
    assertEquals(List.of("model kimi-k2 [0,7) Kimi-K2 vendor=moonshot", "model kimi-k2 [12,19) KIMI K2 vendor=moonshot"),
        find("Kimi-K2 and KIMI K2", "en"));
  }

  @Test
  void fullWidthNamesMatchInJapanese() {
    // full-width Latin inside Japanese text: ＤｅｅｐＳｅｅｋ is DeepSeek
    assertEquals(List.of("company deepseek [0,8) ＤｅｅｐＳｅｅｋ"), find("ＤｅｅｐＳｅｅｋは発表した", "ja"));
  }

  @Test
  void gluedAndCapitalizedVersionsMatch() {
    // "QWEN2.5MAX" = "Qwen2.5-Max" and "Doubao1.5Pro" = "Doubao 1.5 Pro"
    assertEquals(List.of("model qwen2.5-max [0,10) QWEN2.5MAX vendor=alibaba",
        "model doubao-1.5-pro [11,23) Doubao1.5Pro vendor=bytedance"), find("QWEN2.5MAX、Doubao1.5Proモデル", "ja"));
  }

  @Test
  void symbolInsideANameIsIgnored() {
    // "Meta✴ Platforms" (Russian media mark Meta with a star) is Meta Platforms
    assertEquals(List.of("company meta [9,24) Meta✴ Platforms"), find("компания Meta✴ Platforms", "ru"));
  }

  @Test
  void tickersMatchOnlyAsWritten() {
    // "BABA" is Alibaba's ticker; "baba" in lower case is not
    assertEquals(List.of("company alibaba [0,4) BABA"), find("BABA rose, baba fell", "en"));
  }

  // --- boundaries per script

  @Test
  void latinAliasesNeedWordBoundaries() {
    // "SAP" not in "SAPPHIRE", "Meta" not in "Metaverse" (and it is contextual anyway), "OpenAI" alone is fine
    assertEquals(List.of("company openai [24,30) OpenAI"), find("SAPPHIRE and Metaverse, OpenAI", "en"));
    assertEquals(List.of("company sap [0,3) SAP"), find("SAP reported", "en"));
  }

  @Test
  void digitsAlsoBreakNoBoundary() {
    // "GLM-4.5" is a model, but "GLM-4.51" is not the same version: the derived id shows it
    assertEquals(List.of("model glm-4.51 [0,8) GLM-4.51 vendor=zhipu unknown"), find("GLM-4.51", "en"));
  }

  @Test
  void cjkAliasesMatchInsideRunningText() {
    // Chinese has no spaces: 阿里巴巴 inside 据阿里巴巴称
    assertEquals(List.of("company alibaba [1,5) 阿里巴巴", "company nvidia [6,9) 英伟达"), find("据阿里巴巴和英伟达称", "zh"));
  }

  @Test
  void latinAliasInsideCjkTextMatches() {
    // "DeepseekのR1モデル": the Latin alias is bounded by kana, R1 has its vendor right before it
    assertEquals(List.of("company deepseek [0,8) Deepseek", "model deepseek-r1 [9,11) R1 vendor=deepseek"),
        find("DeepseekのR1モデル", "ja"));
  }

  @Test
  void katakanaAliasNotInsideAKatakanaWord() {
    // アリババ is Alibaba, but not inside a longer katakana word
    assertEquals(List.of("company alibaba [0,4) アリババ"), find("アリババとアリババル", "ja"));
  }

  // --- Russian inflection

  @Test
  void russianCaseEndingsMapToTheLemma() {
    // "Яндекса" (genitive), "Сбербанку" (dative), "Алибабой" (instrumental: stem Алибаб + ой)
    assertEquals(List.of("company yandex [6,13) Яндекса", "company sber [16,25) Сбербанку",
        "company alibaba [28,36) Алибабой"), find("акции Яндекса и Сбербанку с Алибабой", "ru"));
  }

  @Test
  void russianEndingMustEndTheWord() {
    // "Яндексовый" is an adjective, not a case form: no match; the bare stem "Алибаб" is no word form either
    assertEquals(List.of(), find("Яндексовый Алибаб", "ru"));
  }

  @Test
  void russianQuotesAroundInflectedName() {
    // «Яндекса» in guillemets
    assertEquals(List.of("company yandex [1,8) Яндекса"), find("«Яндекса»", "ru"));
  }

  // --- Dutch and German compounds and possessives

  @Test
  void compoundsStopAtTheHyphen() {
    // "Nvidia-chips", "DeepSeek-modellen": the company part only
    assertEquals(List.of("company nvidia [0,6) Nvidia", "company deepseek [16,24) DeepSeek"),
        find("Nvidia-chips en DeepSeek-modellen", "nl"));
  }

  @Test
  void possessivesStopAtTheApostrophe() {
    // "DeepSeek’s" and "OpenAI's": the span excludes the clitic
    assertEquals(List.of("company deepseek [0,8) DeepSeek", "company openai [14,20) OpenAI"),
        find("DeepSeek’s en OpenAI's", "nl"));
  }

  @Test
  void germanGenitiveSIsPartOfTheName() {
    // German/Dutch genitive without apostrophe: "Alibabas Qwen"
    assertEquals(List.of("company alibaba [0,8) Alibabas", "model qwen [9,13) Qwen vendor=alibaba"),
        find("Alibabas Qwen", "de"));
  }

  @Test
  void genitiveSOnlyInDutchAndGerman() {
    // in English "Alibabas" is no form of Alibaba
    assertEquals(List.of(), find("Alibabas", "en"));
  }

  // --- ambiguous aliases

  @Test
  void ambiguousAliasAloneIsDropped() {
    // R1, o1, K2, Claude, Meta with no context are not entities
    assertEquals(List.of(), find("R1, o1 and K2 met Claude at Meta.", "en"));
  }

  @Test
  void ambiguousAliasWithVendorBefore() {
    // "DeepSeek’s R1" (nl): the vendor is nearby
    assertEquals(List.of("company deepseek [13,21) DeepSeek", "model deepseek-r1 [24,26) R1 vendor=deepseek"),
        find("de lancering DeepSeek’s R1", "nl"));
  }

  @Test
  void ambiguousAliasWithVendorAfter() {
    // "V3 от DeepSeek" (ru): the vendor follows
    assertEquals(List.of("model deepseek-v3 [0,2) V3 vendor=deepseek", "company deepseek [6,14) DeepSeek"),
        find("V3 от DeepSeek", "ru"));
  }

  @Test
  void ambiguousAliasWithModelWord() {
    // "моделей ... R1" and "R1 AI-model": a model word within 30 chars
    assertEquals(List.of("model deepseek-r1 [8,10) R1 vendor=deepseek"), find("моделей R1", "ru"));
    assertEquals(List.of("model deepseek-r1 [4,6) R1 vendor=deepseek"), find("het R1 AI-model", "nl"));
    assertEquals(List.of("model o1 [0,2) O1 vendor=openai"), find("O1モデル", "ja"));
  }

  @Test
  void ambiguousAliasAfterAnEarlierFullMention() {
    // "DeepSeek-R1 ... R1": the second R1 is the model mentioned before, even in another sentence
    assertEquals(List.of("model deepseek-r1 [0,11) DeepSeek-R1 vendor=deepseek",
        "model deepseek-r1 [33,35) R1 vendor=deepseek"), find("DeepSeek-R1 was released.\nLater, R1 was everywhere", "en"));
  }

  @Test
  void ambiguousCompanyNeedsContextToo() {
    // "AI-bedrijf Meta" (company word) and "Llama от Meta" (one of its models) count; "Meta" alone does not
    assertEquals(List.of("company meta [11,15) Meta"), find("AI-bedrijf Meta", "nl"));
    assertEquals(List.of("model llama [0,5) Llama vendor=meta", "company meta [9,13) Meta"),
        find("Llama от Meta", "ru"));
    assertEquals(List.of(), find("Meta", "en"));
  }

  @Test
  void ambiguousCompanyInAListOfCompanies() {
    // "Meta and OpenAI": another company right next to it
    assertEquals(List.of("company meta [0,4) Meta", "company openai [9,15) OpenAI"), find("Meta and OpenAI", "en"));
  }

  @Test
  void claudeNeedsItsVendor() {
    // "Anthropic’s Claude" counts
    assertEquals(List.of("company anthropic [0,9) Anthropic", "model claude [12,18) Claude vendor=anthropic"),
        find("Anthropic’s Claude", "nl"));
  }

  // --- unknown versions of known families

  @Test
  void unknownVersionGetsDerivedId() {
    // "Qwen3.5-Max" is not in the lexicon but Qwen is: id joins like the family's ids (qwen3, qwen2.5-max)
    assertEquals(List.of("model qwen3.5-max [0,11) Qwen3.5-Max vendor=alibaba unknown"), find("Qwen3.5-Max", "en"));
  }

  @Test
  void unknownVersionOfAFamilyWhoseIdsDoNotStartWithIt() {
    // family openai-o has ids o1, o3-mini: "OpenAI o5" is o5, not openai-o-5
    assertEquals(List.of("model o5 [0,9) OpenAI o5 vendor=openai unknown"), find("OpenAI o5", "en"));
  }

  @Test
  void unknownVersionAfterDash() {
    // "GLM-5" follows "glm-4.5": the family's ids use a dash
    assertEquals(List.of("model glm-5 [4,9) GLM-5 vendor=zhipu unknown"), find("Zur GLM-5-Reihe", "de"));
  }

  @Test
  void derivedVersionThatIsKnownIsKnown() {
    // "DeepSeek V3" is written without the dash the lexicon's name has: derived id deepseek-v3 is known
    assertEquals(List.of("model deepseek-v3 [0,11) DeepSeek V3 vendor=deepseek"), find("DeepSeek V3 и R1", "ru")
        .subList(0, 1));
  }

  @Test
  void katakanaSuffixAfterAVersion() {
    // "通义千问3ターボ": a CJK prefix, a version, a katakana suffix written in Latin in the id
    assertEquals(List.of("model qwen3-turbo [0,8) 通义千问3ターボ vendor=alibaba unknown"), find("通义千问3ターボモデル", "ja"));
  }

  @Test
  void tierWordBeforeAVersion() {
    // "Mistral Medium 3.1" is a version of its own; the known "Mistral Medium 3" does not match inside it
    assertEquals(List.of("model mistral-medium-3.1 [0,18) Mistral Medium 3.1 vendor=mistral unknown",
        "model mistral-medium-3 [23,39) Mistral Medium 3 vendor=mistral"),
        find("Mistral Medium 3.1 und Mistral Medium 3", "de"));
  }

  @Test
  void tierWordFirstTakesTheKnownOrder() {
    // "Claude Sonnet 3.7" is the known claude-3.7-sonnet; "Claude Pro 20" is no version
    assertEquals(List.of("model claude-3.7-sonnet [0,17) Claude Sonnet 3.7 vendor=anthropic",
        "company anthropic [22,31) Anthropic"), find("Claude Sonnet 3.7 van Anthropic", "nl"));
    assertEquals(List.of(), find("Claude Pro 20 dollar per maand", "nl"));
  }

  @Test
  void tierWordAndOneDigitIsAVersion() {
    // one digit after a tier word is a version: Mistral Large 3 (two digits stay a count, above)
    assertEquals(List.of("model mistral-large-3 [4,19) Mistral Large 3 vendor=mistral unknown"),
        find("Mit Mistral Large 3 auf 1418 Punkte", "de"));
  }

  @Test
  void germanAdjectiveFirstWordIsDeclined() {
    // "der Deutschen Bank" is Deutsche Bank
    assertEquals(List.of("company deutsche-bank [14,28) Deutschen Bank"), find("Analysten der Deutschen Bank", "de"));
  }

  @Test
  void companyNamedAsItsFamilyInAListOfModelsIsTheFamily() {
    // "Qwen и DeepSeek", "DeepSeek、通义千问": models; next to a company or alone, DeepSeek is the company
    assertEquals(List.of("model qwen [0,4) Qwen vendor=alibaba", "model deepseek [7,15) DeepSeek vendor=deepseek"),
        find("Qwen и DeepSeek", "ru"));
    assertEquals(List.of("model deepseek [0,8) DeepSeek vendor=deepseek", "model qwen [9,13) 通义千问 vendor=alibaba"),
        find("DeepSeek、通义千问等大模型", "zh"));
    assertEquals(List.of("company alibaba [0,7) Alibaba", "company deepseek [10,18) DeepSeek"),
        find("Alibaba и DeepSeek", "ru"));
    assertEquals(List.of("company deepseek [0,8) DeepSeek", "model qwen3 [18,23) Qwen3 vendor=alibaba"),
        find("DeepSeek outpaced Qwen3", "en"));
    assertEquals(List.of("model deepseek-v3 [0,2) V3 vendor=deepseek", "company deepseek [6,14) DeepSeek",
        "model kimi-k2 [17,24) Kimi K2 vendor=moonshot"), find("V3 от DeepSeek и Kimi K2", "ru")); // its maker
  }

  @Test
  void versionOfAKnownModelEndingInALetter() {
    // "AutoGLM 3": the lexicon has AutoGLM (no family prefix of its own): a new version with the model's vendor
    assertEquals(List.of("model autoglm-3 [2,11) AutoGLM 3 vendor=zhipu unknown",
        "model autoglm [13,20) AutoGLM vendor=zhipu"), find("发布AutoGLM 3，比AutoGLM更强", "zh"));
    assertEquals(List.of("model gpt-image-2 [4,15) GPT Image 2 vendor=openai unknown"), find("vor GPT Image 2", "de"));
    // a figure or a year after it is no version; nor is a name that ends in a digit read again
    assertEquals(List.of("model autoglm [0,7) AutoGLM vendor=zhipu"), find("AutoGLM 61,8 punten", "nl"));
    assertEquals(List.of("model autoglm [0,7) AutoGLM vendor=zhipu"), find("AutoGLM 2025", "en"));
  }

  @Test
  void gluedUpperCaseWordsMakeALongerName() {
    // a maker's prefix before a model (a fine-tune), capitals or sizes after it; not words like API
    assertEquals(List.of("model ffm-qwen3 [0,9) FFM-Qwen3 vendor=null unknown",
        "model qwen3-lx-9b [14,25) Qwen3-LX-9B vendor=alibaba unknown", "model gpt-5 [27,32) GPT-5 vendor=openai unknown"),
        find("FFM-Qwen3 und Qwen3-LX-9B, GPT-5-API", "de"));
    // a tier word glued on continues the name when its version follows
    assertEquals(List.of("model qwen3-max-thinking-2 [0,20) Qwen3-Max-Thinking-2 vendor=alibaba unknown"),
        find("Qwen3-Max-Thinking-2", "en"));
  }

  @Test
  void russianQuotesAreContextAndACapitalIsNeeded() {
    // «Микрон» in guillemets is the company; the lower-case unit and a bare mention with no context are not
    assertEquals(List.of("company mikron [14,20) Микрон"), find("его дочерний «Микрон» запустил линию", "ru"));
    assertEquals(List.of("company mikron [14,21) Микрона"), find("акции завода «Микрона» выросли", "ru").subList(0, 1));
    assertEquals(List.of(), find("толщиной 5 микрон и «микрон»", "ru"));
    assertEquals(List.of(), find("Микрон запустил линию", "ru"));
  }

  @Test
  void quotedLatinNameAfterAModelWordIsAModel() {
    // 「」 after 模型/モデル/版: a model the lexicon lacks; not without the model word, nor a plain word
    assertEquals(List.of("model meddr-2 [6,13) MedDr-2 vendor=null unknown", "model smore-vl [22,30) SMore-VL vendor=null unknown"),
        find("多模態模型「MedDr-2」與工業視覺模型「SMore-VL」", "zh"));
    assertEquals(List.of(), find("計劃「MedDr-2」與模型「Alpha」", "zh"));
  }

  @Test
  void tierWordAfterADash() {
    // "ELYZA-Thinking 2.0": the family prefix, a dash, a tier word, the version
    assertEquals(List.of("company kddi [0,4) KDDI", "company elyza [6,11) ELYZA",
        "model elyza-thinking-2.0 [12,30) ELYZA-Thinking 2.0 vendor=elyza unknown"),
        find("KDDI傘下ELYZAのELYZA-Thinking 2.0が続いた", "ja"));
  }

  @Test
  void yearIsNoVersion() {
    // "Qwen 2025": four digits are a year, so only the family is reported
    assertEquals(List.of("model qwen [0,4) Qwen vendor=alibaba"), find("Qwen 2025", "en"));
  }

  @Test
  void figureAfterAFamilyIsNoVersion() {
    // "Qwen 61,8 punten" is Qwen with a score, not a Qwen 61; "Qwen 61% of" a share
    assertEquals(List.of("model qwen [0,4) Qwen vendor=alibaba"), find("Qwen 61,8 punten", "nl"));
    assertEquals(List.of("model qwen [0,4) Qwen vendor=alibaba"), find("Qwen 61% of", "en"));
  }

  @Test
  void capitalisedSuperIsASuffix() {
    // "Llama 4 Super" is a tier of its own; a lower-case "super" is an adverb
    assertEquals(List.of("model llama-4-super [0,13) Llama 4 Super vendor=meta unknown"), find("Llama 4 Super kommt", "de"));
    assertEquals(List.of("model llama-4 [0,7) Llama 4 vendor=meta unknown"), find("Llama 4 super schnell", "de"));
  }

  // --- overlap policy

  @Test
  void modelNameHidesTheCompanyInsideIt() {
    // longest wins: "DeepSeek-V3.2" is one model fact naming its vendor, no company fact at "DeepSeek"
    assertEquals(List.of("company deepseek [0,8) DeepSeek", "model deepseek-v3.2 [16,29) DeepSeek-V3.2 vendor=deepseek"),
        find("DeepSeek bracht DeepSeek-V3.2 uit", "nl"));
  }

  @Test
  void longerCompanyAliasWins() {
    // "Alibaba Cloud" over "Alibaba"; both are alibaba
    assertEquals(List.of("company alibaba [8,21) Alibaba Cloud"), find("Qwen от Alibaba Cloud", "ru").subList(1, 2));
  }

  // --- contract

  @Test
  void randomInputGivesValidSortedFacts() {
    // spans inside the text, text equals the span, sorted and disjoint, on random mixes of alias pieces
    String[] pieces = {"Deep", "Seek", "-", " ", "R1", "Qwen", "3.5", "Алибаб", "ой", "阿里", "巴巴", "’s", "Ｑ", "\n",
        "Meta", "✴", "Kimi", "K", "2", "㍿", "🙂", "GLM", "5", "V3", "от"};
    Random r = new Random(42);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(30);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<Fact> facts = Fixtures.EXTRACTOR.extract(Passage.of(text, "en"));
      int last = 0;
      for (Fact f : facts) {
        assertTrue(f.start() >= last && f.end() <= text.length(), text + " -> " + f);
        assertEquals(text.substring(f.start(), f.end()), f.text());
        last = f.end();
      }
    }
  }

  // a name whose form says "company" is a company the lexicon lacks, on text no alias claimed
  @Test
  void unlistedCompanyByItsFormOnFreeTextOnly() {
    assertEquals(List.of("company nvidia [0,6) Nvidia", "company peak-capital [14,26) Peak Capital unknown",
        "company meta [31,35) Meta"), find("Nvidia Corp., Peak Capital and Meta Superintelligence Labs", "en"));
  }
}
