package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon lint's findings, line by line. */
class LexiconLintTest {
  private static final String HEADER = "# source: test\n# licence: CC0-1.0\n";
  private static final LexiconLint LINT = new LexiconLint();

  @TempDir
  Path dir;

  private LexiconLint.Report lint(String companies, String models, String families) throws IOException {
    Files.writeString(dir.resolve("companies.jsonl"), HEADER + companies + "\n");
    Files.writeString(dir.resolve("models.jsonl"), HEADER + models + "\n");
    Files.writeString(dir.resolve("model-families.jsonl"), HEADER + families + "\n");
    return LINT.check(LexiconSource.withOverrides(dir));
  }

  private String at(String file, int line) {
    return dir.resolve(file) + ":" + line;
  }

  @Test
  void fixtureLexiconsAreClean() {
    // the test fixtures follow every rule (contextual Meta, non-Latin aliases for CN and RU companies)
    LexiconLint.Report r = LINT.check(LexiconSource.withOverrides(Fixtures.dir()));
    assertEquals(0, r.errors(), String.join("\n", r.lines()));
  }

  @Test
  void reportsCommonWordsMissingScriptsAndSharedAliases() throws IOException {
    // "Apple" as a full alias is an error; a CN company with Latin names only, a common-word family prefix,
    // a model name that is a company name and a shared contextual alias are reported
    LexiconLint.Report r = lint(
        "{\"id\":\"apple\",\"name\":\"Apple\",\"country\":\"US\"}\n"
            + "{\"id\":\"stepfun\",\"name\":\"StepFun\",\"country\":\"CN\",\"aliases\":{\"zh-Hans\":[\"阶跃星辰\"]}}\n"
            + "{\"id\":\"baichuan\",\"name\":\"Baichuan\",\"country\":\"CN\"}",
        "{\"id\":\"baichuan\",\"name\":\"Baichuan\",\"vendor\":\"baichuan\",\"family\":\"step\"}\n"
            + "{\"id\":\"step-1\",\"name\":\"Step-1\",\"vendor\":\"stepfun\",\"family\":\"step\",\"contextual\":[\"S1\"]}\n"
            + "{\"id\":\"step-1v\",\"name\":\"Step-1V\",\"vendor\":\"stepfun\",\"family\":\"step\",\"contextual\":[\"S1\"]}",
        "{\"family\":\"step\",\"name\":\"Step\",\"vendor\":\"stepfun\",\"prefixes\":[\"Step\"]}");
    assertEquals(List.of(
        "ERROR " + at("companies.jsonl", 3) + ": alias 'Apple' of company 'apple' is a common en word; move it to \"contextual\"",
        "WARNING " + at("model-families.jsonl", 3) + ": prefix 'Step' of family 'step' is a common en word (it matches only with a version)",
        "WARNING " + at("models.jsonl", 3) + ": alias 'Baichuan' of model 'baichuan' is read as company 'baichuan' ("
            + at("companies.jsonl", 5) + "); add it to the model's \"wins\" to change that",
        "WARNING " + at("companies.jsonl", 5) + ": company 'baichuan' (CN) has no non-Latin alias; add its name as the local press writes it",
        "INFO " + at("models.jsonl", 4) + ": contextual alias 'S1' is shared by [step-1, step-1v]; the vendor named nearby decides"),
        r.lines());
    assertEquals(1, r.errors());
    assertEquals(3, r.warnings());
  }

  @Test
  void latinAliasInAnotherScriptIsAWarning() throws IOException {
    LexiconLint.Report r = lint("{\"id\":\"arenadata\",\"name\":\"Arenadata\",\"country\":\"RU\","
        + "\"aliases\":{\"latin\":[\"Arenadata\",\"Группа Arenadata\"],\"ru\":[\"Аренадата\"]}}", "", "");
    assertEquals(List.of("WARNING " + at("companies.jsonl", 3) + ": company 'arenadata' has a latin alias in another "
        + "script ('Группа Arenadata'); put it under its script's key"), r.lines().stream()
            .filter(l -> l.contains("arenadata")).toList());
  }

  @Test
  void emptyModelFileIsAWarning() throws IOException {
    // a lexicon without entries loads but finds nothing: say so instead of silently matching nothing
    LexiconLint.Report r = lint("{\"id\":\"openai\",\"name\":\"OpenAI\",\"country\":\"US\"}", "",
        "{\"family\":\"gpt\",\"name\":\"GPT\",\"vendor\":\"openai\",\"prefixes\":[\"GPT\"]}");
    assertEquals(List.of("WARNING models.jsonl has no entries: only versions of families will be found"), r.lines());
    assertEquals(0, r.errors());
  }

  @Test
  void everyBadLineOfAFileIsAnError() throws IOException {
    // a lexicon that does not load: all its bad lines are reported at once, in file order
    LexiconLint.Report r = lint("{\"id\":\"x\"}\n{\"id\":\"openai\",\"name\":\"OpenAI\",\"country\":\"US\"}\n"
        + "{\"id\":\"y\",\"name\":\"Open AI\",\"country\":\"usa\"}", "", "");
    assertEquals(List.of(
        "ERROR " + at("companies.jsonl", 3) + ": [name] required property is missing: {\"id\":\"x\"}",
        "ERROR " + at("companies.jsonl", 5) + ": [country] must be an ISO 3166-1 alpha-2 code, got 'usa': "
            + "{\"id\":\"y\",\"name\":\"Open AI\",\"country\":\"usa\"}"), r.lines());
    assertEquals(2, r.errors());
  }
}
