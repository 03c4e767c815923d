package newsfacts.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
  private static final Set<String> METRICS = ModelNames.keys(List.of("ELYZA-tasks-100", "AIME 2025", "MATH-500"));

  private static List<String> names(String t) {
    return ModelNames.find(t, 0, t.length(), k -> true, METRICS).stream()
        .map(s -> t.substring(s.start(), s.end())).toList();
  }

  // hyphenated heads with a digit, versions and tier words after single spaces
  @Test
  void findsHyphenatedNamesWithVersions() {
    assertEquals(List.of("Pharia-2-Instruct"), names("Sein jüngstes Modell Pharia-2-Instruct erreicht 58,7 Prozent"));
    assertEquals(List.of("Lumo-Zorg 2"), names("Volgens het bedrijf scoort Lumo-Zorg 2 78,4 punten"));
    assertEquals(List.of("Instella-Math 2 Pro"), names("AMD released Instella-Math 2 Pro, which scored 71.2%"));
    assertEquals(List.of("Lightblue-8B"), names("日本語LLM「Lightblue-8B」は、8.2点"));
    assertEquals(List.of("Nova-3.5 70B"), names("Nova-3.5 70B haalt 81"));
    assertEquals(List.of("Mistral-8B", "Lumo-Zorg 2"), names("Mistral-8B 71 en Lumo-Zorg 2 78 op MMLU"));
  }

  // a head of letters and digits needs a lower-case letter; in capitals it is a chip, a period or a unit
  @Test
  void lettersAndDigitsNeedALowerCaseLetter() {
    assertEquals(List.of("Phi4"), names("Phi4 scored 80"));
    assertEquals(List.of(), names("H200 and MI355X in FY2025 with 5G"));
  }

  // a plain capitalised word with a version is a name only right after a model word
  @Test
  void plainWordWithVersionOnlyAfterAModelWord() {
    assertEquals(List.of("Velvet 2"), names("het nieuwe taalmodel Velvet 2 haalt 70"));
    assertEquals(List.of("Velvet 2"), names("モデル「Velvet 2」は70点"));
    assertEquals(List.of(), names("Windows 11 and Velvet 2 reach 70"));
  }

  // no digit, a year as version, a number with a decimal comma after it: no name
  @Test
  void needsADigitButNotAYearOrTheValue() {
    assertEquals(List.of(), names("Das Open-Source-Modell Lumo-Zorg erreicht 78 Prozent"));
    assertEquals(List.of(), names("Das Modell Velvet 2025 erreicht 78 Prozent"));
    assertEquals(List.of(), names("Das Modell Velvet 78,4 Prozent"));
  }

  // counts, periods, standards; words running on into other letters; chips and benchmarks; metric names
  @Test
  void skipsCountsChipsBenchmarksAndMetrics() {
    assertEquals(List.of(), names("Top-10 and Covid-19, Q3-2025, HBM-4 and PCIe-5"));
    assertEquals(List.of(), names("Baden-Württemberg-2"));
    assertEquals(List.of("Velvet3"), names("Velvet3-модели")); // a Cyrillic ending after a hyphen: "Qwen3-модели"
    assertEquals(List.of("Instella-Math 2"), names("Instella-Math 2, trained on its MI-355X hardware, scored"));
    assertEquals(List.of(), names("the Tau2-Bench test and the BFCL-v3 benchmark"));
    assertEquals(List.of(), names("on ELYZA-tasks-100 and AIME-2025 and MATH-500"));
  }

  // ids are the lower-cased name with hyphens for spaces
  @Test
  void idOfAName() {
    assertEquals("lumo-zorg-2", ModelNames.id("Lumo-Zorg 2"));
    assertEquals("pharia-2-instruct", ModelNames.id("Pharia-2-Instruct"));
  }
}
