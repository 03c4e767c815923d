package newsfacts.pipeline;

import java.util.List;
import newsfacts.extract.entity.EntityExtractor;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;

/** The standard extraction stages, built from the lexicons. */
final class Stages {
  private Stages() {}

  static FactPipeline pipeline(LexiconSource source) {
    Lexicons lexicons = Lexicons.load(source);
    return new FactPipeline(List.of(new EntityExtractor(lexicons)), (passage, facts) -> facts);
  }
}
