package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {
  private static List<String> names(String t, String lang) {
    return CompanyNames.find(t, k -> true, k -> lang).stream().map(f -> {
      assertEquals(f.name(), t.substring(f.start(), f.end())); // the span is the name
      return f.name();
    }).toList();
  }

  // capitalised words ending in a company word; the words of origin and role before them are not the name
  @Test
  void capitalisedWordsBeforeACompanyWord() {
    assertEquals(List.of("Peak Capital", "Balderton Capital"),
        names("Het Amsterdamse Peak Capital en de Britse Balderton Capital investeren mee.", "nl"));
    assertEquals(List.of("Valor Equity Partners"), names("led by Valor Equity Partners, with Fidelity", "en"));
    assertEquals(List.of("Lumo Labs"), names("Het is wit. Lumo Labs werkt samen met het UMC.", "nl"));
    assertEquals(List.of("Black Forest Labs"), names("Das KI-Start-up Black Forest Labs sammelt Geld.", "de"));
    assertEquals(List.of("Peak Capital"), names("Der Finanzinvestor Peak Capital steigt ein.", "de"));
  }

  // a legal form ends the name and is not part of it; after a company word it is read with it
  @Test
  void legalFormsEndTheName() {
    assertEquals(List.of("FD Mediagroep", "Frankfurter Allgemeine Zeitung", "Lumo Labs"),
        names("© FD Mediagroep B.V. und Frankfurter Allgemeine Zeitung GmbH, Lumo Labs Inc. and", "en"));
    assertEquals(List.of("Bodycote Materials Testing Canada"), names("Bodycote Materials Testing Canada Inc. is", "en"));
    // a year before the name is no part of it
    assertEquals(List.of("Asia Tech Wire"), names("(c) 2026 Asia Tech Wire Ltd. All rights reserved.", "en"));
    // "Corp." and "Corporation" belong to the name
    assertEquals(List.of("China International Capital Corp."), names("by China International Capital Corp., the", "en"));
  }

  // generic runs, longer names, possessives, months, sentence starts and German genitives are no names
  @Test
  void noNameWhereTheFormMisleads() {
    assertEquals(List.of(), names("the Working Group and the European Investment Capital", "en"));
    assertEquals(List.of(), names("the Ontario Energy Board and the Printing Industries Association", "en"));
    assertEquals(List.of(), names("Singapore's Labs and In October Labs", "en"));
    assertEquals(List.of(), names("mit den Produkten des offiziellen Ford Partners", "de"));
    assertEquals(List.of(), names("Mistral, Labs and capital", "en"));
  }

  // Russian: a name in guillemets right after a company word or legal form
  @Test
  void russianNameInGuillemetsAfterACompanyWord() {
    assertEquals(List.of("Ф-Тех", "Аквариус"), names("компания «Ф-Тех» и ПАО «Аквариус» поставят", "ru"));
    assertEquals(List.of(), names("газета «Ведомости» и проект «Старгейт»", "ru"));
    assertEquals(List.of("Велес Капитал"), names("аналитик инвесткомпании «Велес Капитал» считает", "ru"));
    assertEquals(List.of("Ф-Тех", "Аквариус"), names("гендиректор дистрибьютора оборудования \"Ф-Тех\" и АО „Аквариус“", "ru"));
    assertEquals(List.of(), names("компания выпустила «Алису», а банк запустил «Волну»", "ru"));
  }

  // ids: lower case, other chars as one hyphen
  @Test
  void idOfAName() {
    assertEquals("peak-capital", CompanyNames.slug("Peak Capital"));
    assertEquals("ф-тех", CompanyNames.slug("Ф-Тех"));
  }
}
