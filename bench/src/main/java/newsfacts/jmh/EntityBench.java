package newsfacts.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.entity.EntityExtractor;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import newsfacts.lang.LanguageDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lexicon matching: {@link EntityExtractor#extract} (normalization, the alias automaton, word-form and
 * context rules, overlap resolution) over one article whose segments and sentences were computed in setup,
 * with the packaged lexicons loaded once, as the pipeline does ({@code Stages.pipeline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-Dslf4j.internal.verbosity=ERROR"})
public class EntityBench {
  @Param({"nl", "ru", "de", "en", "zh", "ja"})
  public String lang;

  private EntityExtractor extractor;
  private Passage passage;

  @Setup
  public void setUp() {
    extractor = new EntityExtractor(Lexicons.load(LexiconSource.packaged()));
    passage = Inputs.passage(Inputs.article(lang), new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES));
    if (extractor.extract(passage).isEmpty()) {
      throw new IllegalStateException("no entity in the " + lang + " article: not a realistic input");
    }
  }

  @Benchmark
  public List<Fact> extractEntities() {
    return extractor.extract(passage);
  }
}
