package newsfacts.extract.entity;

import static newsfacts.extract.entity.ShortAliasesTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries of the packaged lexicons that news about AI and chips names, with the spellings of each press. */
class PackagedEntriesTest {

  @Test
  void dutchBanksQuotedAsAnalysts() {
    // ING is listed in capitals, so the "ing" of English words never matches
    assertEquals(List.of("company ing [14,17) ING", "company abn-amro [21,29) ABN Amro",
        "company rabobank [33,41) Rabobank"), find("Analisten van ING en ABN Amro en Rabobank", "nl"));
    assertEquals(List.of(), find("The ing ending", "en"));
  }

  @Test
  void investorsOfAiRounds() {
    assertEquals(List.of("company iconiq [17,23) ICONIQ", "company fidelity [30,60) Fidelity Management & Research",
        "company menlo-ventures [62,76) Menlo Ventures"),
        find("The round led by ICONIQ, with Fidelity Management & Research, Menlo Ventures", "en"));
    assertEquals(List.of("company bpifrance [4,13) Bpifrance", "company dst-global [17,27) DST Global"),
        find("het Bpifrance en DST Global", "nl"));
    assertEquals(List.of("company idg-capital [5,10) IDG资本", "company 5y-capital [13,17) 五源资本"),
        find("本轮融资由IDG资本领投，五源资本跟投", "zh"));
  }

  @Test
  void fidelityAloneIsAWord() {
    // "high fidelity" is no company; next to another company it is one
    assertEquals(List.of(), find("high fidelity audio", "en"));
    assertEquals(List.of("company fidelity [0,8) Fidelity", "company gic [13,16) GIC"), find("Fidelity and GIC", "en"));
  }

  @Test
  void russianBrokerWithItsDeclension() {
    assertEquals(List.of("company finam [13,18) Финам"), find("Аналитик ФГ «Финам» считает", "ru"));
    assertEquals(List.of("company finam [10,16) Финама"), find("аналитики Финама", "ru"));
  }

  @Test
  void softBankCorpIsNotTheGroupInJapanese() {
    // Japanese media write ソフトバンク for the telecom operator and ソフトバンクグループ for the parent
    assertEquals(List.of("company softbank-group [0,10) ソフトバンクグループ", "company softbank-corp [13,19) ソフトバンク"),
        find("ソフトバンクグループ傘下のソフトバンク", "ja"));
    assertEquals(List.of("company softbank-group [0,8) SoftBank"), find("SoftBank invested", "en"));
  }

  @Test
  void japaneseNamesInKatakana() {
    // シャープ is Sharp, not the シャープ of シャープペンシル; アンペア・コンピューティング is Ampere Computing
    assertEquals(List.of("company sharp [0,4) シャープ"), find("シャープの旧工場、シャープペンシル", "ja"));
    assertEquals(List.of("company ampere-computing [1,15) アンペア・コンピューティング"), find("米アンペア・コンピューティング", "ja"));
  }

  @Test
  void chipAndToolCompanies() {
    assertEquals(List.of("company tsmc [0,4) TSMC", "company esmc [10,14) ESMC"), find("TSMC baut ESMC", "de"));
    assertEquals(List.of("company windsurf [17,25) Windsurf", "company windsurf [27,34) Codeium"),
        find("den VS-Code-Fork Windsurf (Codeium)", "de"));
    assertEquals(List.of("company questmobile [0,11) QuestMobile"), find("QuestMobile数据显示", "zh"));
  }

  @Test
  void modelsNamedInTheNews() {
    assertEquals(List.of("model mistral-medium-3.1 [0,18) Mistral Medium 3.1 vendor=mistral-ai",
        "model qwen3-235b-a22b [20,30) Qwen3 235B vendor=alibaba"), find("Mistral Medium 3.1, Qwen3 235B", "en"));
    assertEquals(List.of("model t-pro [16,21) T-Pro vendor=t-bank", "model t-pro-2.0 [24,33) T-Pro 2.0 vendor=t-bank unknown"),
        find("языковая модель T-Pro и T-Pro 2.0", "ru"));
  }

  @Test
  void contextualCompanyInAListWithAKnownOne() {
    // "Fidelity" is contextual ('high fidelity'); an item of a list that names Nvidia is the company
    assertEquals(List.of("company fidelity [24,32) Fidelity", "company qia [38,64) Qatar Investment Authority",
        "company nvidia [69,75) Nvidia"), find("with participation from Fidelity, the Qatar Investment Authority and Nvidia", "en"));
    // lower-case words between: no list
    assertEquals(List.of("company nvidia [41,47) Nvidia"), find("with high Fidelity, the sound that suits Nvidia", "en"));
  }

  @Test
  void contextualCompanyWithOneOfItsModelsInTheDocument() {
    String without = "Microsoft sloot een contract en ook Meta nam voor zo'n $3 miljard af.";
    assertEquals(List.of("company microsoft [0,9) Microsoft"), find(without, "nl"));
    assertEquals(List.of("company microsoft [0,9) Microsoft", "company meta [36,40) Meta",
        "model llama-4-maverick [89,105) Llama 4 Maverick vendor=meta"),
        find(without + "\nKlanten draaien er Llama 4 Maverick.", "nl"));
  }

  @Test
  void heldOutCompaniesAndTheirNeighbours() {
    // UMC is the foundry, UMC Utrecht the hospital (the longer name wins); Lumo Labs, unlisted, is read by its form
    assertEquals(List.of("company lumo-labs [0,9) Lumo Labs unknown", "company umc-utrecht [30,41) UMC Utrecht"), find("Lumo Labs werkt samen met het UMC Utrecht", "nl"));
    assertEquals(List.of("company umc [0,3) UMC"), find("UMC raised prices", "en"));
    // Taiwan's 超微 is AMD (contextual: 超微型 is "ultra-micro"); 美超微 is Supermicro; the longer Japanese
    // name is the subsidiary
    assertEquals(List.of("company broadcom [0,2) 博通", "company amd [3,5) 超微"), find("博通與超微的AI晶片", "zh"));
    assertEquals(List.of(), find("超微型感測器", "zh"));
    assertEquals(List.of("company supermicro [0,3) 美超微"), find("美超微伺服器", "zh"));
    // 家登 after a maker word is Gudeng; inside 大家登录 it is nothing
    assertEquals(List.of("company gudeng [4,6) 家登"), find("光罩盒廠家登今年營收", "zh"));
    assertEquals(List.of(), find("欢迎大家登录网站", "zh"));
    assertEquals(List.of("company mizuho-capital [0,8) みずほキャピタル"), find("みずほキャピタルが出資", "ja"));
    // MTS AI is the unit, МТС the parent
    assertEquals(List.of("company mts-ai [0,6) МТС AI", "company mts [26,29) МТС"),
        find("МТС AI, дочерняя компания МТС", "ru"));
    assertEquals(List.of("model gpt-nl [4,10) GPT-NL vendor=tno", "company tno [15,18) TNO"),
        find("Ook GPT-NL van TNO", "nl"));
  }

  @Test
  void tierAndOneDigitVersionOfAPackagedFamily() {
    assertEquals(List.of("model cotype-pro-2 [16,28) Cotype Pro 2 vendor=mts unknown"),
        find("Нынешняя версия Cotype Pro 2 набрала", "ru"));
  }

  // a version after a sub-brand prefix takes that brand's id; ChatGPT still names GPT versions
  @Test
  void subBrandPrefixesKeepTheirOwnIds() {
    assertEquals(List.of("model devstral-2 [0,10) Devstral 2 vendor=mistral-ai unknown"), find("Devstral 2", "en"));
    assertEquals(List.of("model seedream-5.0 [0,12) Seedream 5.0 vendor=bytedance unknown"), find("Seedream 5.0", "en"));
    assertEquals(List.of("model gpt-5 [0,9) ChatGPT-5 vendor=openai"), find("ChatGPT-5", "en"));
  }

  // a capitalised contextual alias does not match the lower-case word, whatever its context
  @Test
  void capitalisedContextualAliasNeedsItsCapital() {
    assertEquals(List.of("company volcano-engine [0,14) Volcano Engine", "company bytedance [16,25) ByteDance"),
        find("Volcano Engine, ByteDance’s cloud arm", "en"));
    assertEquals(List.of("company arm [0,3) Arm", "company nvidia [8,14) Nvidia"), find("Arm and Nvidia", "en"));
  }
}
