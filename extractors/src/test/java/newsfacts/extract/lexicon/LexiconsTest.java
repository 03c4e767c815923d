package newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict loader: each bad line fails with file:line, the reason and the text. */
class LexiconsTest {
  private static final String HEADER = "# source: test\n# licence: CC0-1.0\n";
  private static final String OPENAI = "{\"id\":\"openai\",\"name\":\"OpenAI\",\"country\":\"US\"}";
  private static final String MODELS = "{\"id\":\"gpt-5\",\"name\":\"GPT-5\",\"vendor\":\"openai\",\"family\":\"gpt\"}";
  private static final String FAMILIES = "{\"family\":\"gpt\",\"name\":\"GPT\",\"vendor\":\"openai\",\"prefixes\":[\"GPT\"]}";

  @TempDir
  Path dir;

  private Lexicons load(String companies, String models, String families) throws IOException {
    Files.writeString(dir.resolve("companies.jsonl"), HEADER + companies + "\n");
    Files.writeString(dir.resolve("models.jsonl"), HEADER + models + "\n");
    Files.writeString(dir.resolve("model-families.jsonl"), HEADER + families + "\n");
    return Lexicons.load(LexiconSource.withOverrides(dir));
  }

  private String failure(String companies, String models, String families) {
    return assertThrows(LexiconFormatException.class, () -> load(companies, models, families)).getMessage();
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void validFilesLoad() throws IOException {
    // one entry per file, cross references resolved
    Lexicons l = load(OPENAI, MODELS, FAMILIES);
    assertEquals("openai", l.models().get("gpt-5").vendor());
    assertEquals(List.of("GPT"), l.families().get("gpt").prefixes());
  }

  @Test
  void unknownKeyIsAnError() {
    // a typo ("alias" for "aliases") is rejected, not ignored
    assertEquals(file("companies.jsonl") + ":4: unknown keys [alias]: {\"id\":\"x\",\"name\":\"X\",\"country\":\"US\",\"alias\":[]}",
        failure(OPENAI + "\n{\"id\":\"x\",\"name\":\"X\",\"country\":\"US\",\"alias\":[]}", MODELS, FAMILIES));
  }

  @Test
  void badIdShapeIsAnError() {
    // ids are lower-case slugs
    assertEquals(file("companies.jsonl") + ":3: [id] must match [a-z0-9][a-z0-9-]*, got 'Open AI': "
        + "{\"id\":\"Open AI\",\"name\":\"OpenAI\",\"country\":\"US\"}",
        failure("{\"id\":\"Open AI\",\"name\":\"OpenAI\",\"country\":\"US\"}", MODELS, FAMILIES));
  }

  @Test
  void duplicateAliasAcrossEntriesIsAnError() {
    // "Open-AI" normalizes like "OpenAI": two entries claim it and neither says it wins
    String dup = "{\"id\":\"openai2\",\"name\":\"Open-AI\",\"country\":\"US\"}";
    assertEquals(file("companies.jsonl") + ":4: alias 'Open-AI' (normalized 'openai') is also an alias of 'openai' at "
        + file("companies.jsonl") + ":3; list it in \"wins\" of the entry that should get it: " + dup,
        failure(OPENAI + "\n" + dup, MODELS, FAMILIES));
  }

  @Test
  void winsSettlesADuplicate() throws IOException {
    // the later entry claims the alias: it owns it, the other entry just does not match it
    String dup = "{\"id\":\"openai2\",\"name\":\"OpenAI Two\",\"country\":\"US\",\"aliases\":{\"latin\":[\"OpenAI\"]},"
        + "\"wins\":[\"OpenAI\"]}";
    Lexicons l = load(OPENAI + "\n" + dup, MODELS, FAMILIES);
    assertEquals("openai2", l.companies().claims().byKey().get("openai").get(0).ownerId());
    assertEquals(1, l.companies().claims().resolutions().size());
  }

  @Test
  void winsMustNameAnOwnAlias() {
    // "wins" cannot claim an alias the entry does not list
    String bad = "{\"id\":\"x\",\"name\":\"X Corp\",\"country\":\"US\",\"wins\":[\"OpenAI\"]}";
    assertEquals(file("companies.jsonl") + ":4: [wins] 'OpenAI' is not an alias of this entry: " + bad,
        failure(OPENAI + "\n" + bad, MODELS, FAMILIES));
  }

  @Test
  void unknownVendorIsAnErrorAtTheModelLine() {
    // every model's vendor must be a company id
    String m = "{\"id\":\"gpt-5\",\"name\":\"GPT-5\",\"vendor\":\"open-ai\",\"family\":\"gpt\"}";
    assertEquals(file("models.jsonl") + ":3: [vendor] 'open-ai' is not a company id in companies.jsonl",
        failure(OPENAI, m, FAMILIES));
  }

  @Test
  void unknownFamilyIsAnError() {
    // every model's family must be in model-families.jsonl
    String m = "{\"id\":\"gpt-5\",\"name\":\"GPT-5\",\"vendor\":\"openai\",\"family\":\"gpt5\"}";
    assertEquals(file("models.jsonl") + ":3: [family] 'gpt5' is not a family in model-families.jsonl",
        failure(OPENAI, m, FAMILIES));
  }

  @Test
  void allBadLinesOfAFileAreCollected() {
    // the first error is thrown, the file's other errors ride along so an editor sees them all at once
    LexiconFormatException e = assertThrows(LexiconFormatException.class, () -> load(
        "{\"id\":\"a\"}\n" + OPENAI + "\n{\"id\":\"b\",\"name\":\"B\",\"country\":\"US\",\"x\":1}", MODELS, FAMILIES));
    assertEquals(List.of(3, 5), Lexicons.errors(e).stream().map(LexiconFormatException::line).toList());
  }

  @Test
  void badJsonIsAnError() {
    // the JSON parser's reason is kept, with the line
    String msg = failure(OPENAI + "\n{\"id\":\"x\",", MODELS, FAMILIES);
    assertEquals(file("companies.jsonl") + ":4: not valid JSON", msg.substring(0, msg.indexOf(" (")));
  }

  @Test
  void missingProvenanceHeaderIsAnError() throws IOException {
    // every file names its source and licence
    Files.writeString(dir.resolve("companies.jsonl"), "# licence: CC0-1.0\n" + OPENAI + "\n");
    assertEquals(file("companies.jsonl") + ":1: header comment '# source: ...' is missing",
        assertThrows(LexiconFormatException.class,
            () -> CompanyLexicon.load(LexiconSource.withOverrides(dir))).getMessage());
  }

  @Test
  void companyBeatsModelOnASharedAlias() throws IOException {
    // "DeepSeek" as a company and as a model name: read as the company unless the model wins it
    String c = "{\"id\":\"deepseek\",\"name\":\"DeepSeek\",\"country\":\"CN\"}";
    String m = "{\"id\":\"deepseek\",\"name\":\"DeepSeek\",\"vendor\":\"deepseek\",\"family\":\"gpt\"}";
    Lexicons l = load(OPENAI + "\n" + c, MODELS + "\n" + m, FAMILIES);
    assertEquals(null, l.models().claims().byKey().get("deepseek"));
    assertEquals(1, l.shadowed().size());
  }

  @Test
  void sharedFamilyPrefixIsAnError() {
    // a prefix names one family only
    String f2 = "{\"family\":\"gpt2\",\"name\":\"GPT\",\"vendor\":\"openai\",\"prefixes\":[\"gpt\"]}";
    assertEquals(file("model-families.jsonl") + ":4: prefix 'gpt' is also a prefix of family 'gpt' at "
        + file("model-families.jsonl") + ":3: " + f2, failure(OPENAI, MODELS, FAMILIES + "\n" + f2));
  }
}
