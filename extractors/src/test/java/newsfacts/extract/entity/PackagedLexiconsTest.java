package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsfacts.extract.lexicon.LexiconSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The lexicons packaged in the jar load and lint without errors. */
class PackagedLexiconsTest {

  @Test
  void packagedLexiconsLintWithoutErrors() {
    // the shipped data must pass `./newsfacts lexicon check`; warnings are printed for editors
    Assumptions.assumeTrue(LexiconSource.packaged().exists("models.jsonl"), "the packaged lexicons are not built yet");
    LexiconLint.Report r = new LexiconLint().check(LexiconSource.packaged());
    r.lines().forEach(System.out::println);
    System.out.println("lint: " + r.errors() + " errors, " + r.warnings() + " warnings");
    assertEquals(0, r.errors(), "lexicon lint errors, see the lines above");
  }
}
