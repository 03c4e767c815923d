package newsfacts.jmh;

import java.util.concurrent.TimeUnit;
import newsfacts.extract.lexicon.TextNormalizer;
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
 * {@link TextNormalizer#normalize}: the alias normalization (NFKC, case folding, dash and separator rules)
 * with its offset map, over a whole article. The entity extractor runs it once per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-Dslf4j.internal.verbosity=ERROR"})
public class NormalizerBench {
  @Param({"nl", "ru", "de", "en", "zh", "ja"})
  public String lang;

  private String text;

  @Setup
  public void setUp() {
    text = Inputs.article(lang);
  }

  @Benchmark
  public TextNormalizer.Normalized normalizeArticle() {
    return TextNormalizer.normalize(text);
  }
}
