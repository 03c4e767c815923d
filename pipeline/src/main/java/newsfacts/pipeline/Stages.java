package newsfacts.pipeline;

import java.util.List;
import newsfacts.extract.entity.EntityExtractor;
import newsfacts.extract.figures.FxRates;
import newsfacts.extract.figures.Metrics;
import newsfacts.extract.figures.MoneyExtractor;
import newsfacts.extract.figures.PercentExtractor;
import newsfacts.extract.figures.ScoreExtractor;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import newsfacts.extract.link.FactLinker;

/** The standard extraction stages, built once from the lexicons. */
final class Stages {
  private Stages() {}

  static FactPipeline pipeline(LexiconSource source) {
    Lexicons lexicons = Lexicons.load(source);
    FxRates fx = FxRates.load(source);
    Metrics metrics = Metrics.load(source);
    FactLinker linker = new FactLinker(metrics.all().stream().flatMap(m -> m.aliases().stream()).toList());
    return new FactPipeline(
        List.of(new EntityExtractor(lexicons), new MoneyExtractor(), new PercentExtractor(),
            new ScoreExtractor(metrics)),
        (passage, facts) -> linker.link(passage, facts, fx));
  }
}
