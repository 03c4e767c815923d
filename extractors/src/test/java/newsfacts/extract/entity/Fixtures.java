package newsfacts.extract.entity;

import java.net.URISyntaxException;
import java.nio.file.Path;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;

/** The small hand-written lexicons under {@code src/test/resources/newsfacts/extract/entity/lexicons}. */
final class Fixtures {
  static final Lexicons LEXICONS = Lexicons.load(LexiconSource.withOverrides(dir()));
  static final EntityExtractor EXTRACTOR = new EntityExtractor(LEXICONS);

  private Fixtures() {}

  static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("lexicons/companies.jsonl").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
