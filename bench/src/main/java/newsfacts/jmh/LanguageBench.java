package newsfacts.jmh;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsfacts.extract.TextSegment;
import newsfacts.lang.LanguageDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Language detection per segment: newsfacts' {@link LanguageDetector#segments} (script first, Lingua only
 * for Latin-script lines and on a 150-char sample, low-accuracy mode first) against the baseline of raw Lingua
 * {@code detectLanguageOf} on the same text (high accuracy, the six languages, models preloaded), both on
 *
 * <ul>
 *   <li>a sentence ({@code *Sentence}): each call takes the next sentence of the article, round robin, so the
 *       score is the mean over its sentences;
 *   <li>the whole article ({@code *Article}): every line classified, then runs resolved and merged.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-Dslf4j.internal.verbosity=ERROR"})
public class LanguageBench {

  /** Both detectors, built once (model loading is not measured). */
  @State(Scope.Benchmark)
  public static class Detectors {
    LanguageDetector newsfacts;
    com.github.pemistahl.lingua.api.LanguageDetector lingua;

    @Setup(Level.Trial)
    public void setUp() {
      newsfacts = new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES);
      lingua = LanguageDetectorBuilder.fromLanguages(Language.DUTCH, Language.RUSSIAN, Language.GERMAN,
          Language.CHINESE, Language.JAPANESE, Language.ENGLISH).withPreloadedLanguageModels().build();
    }
  }

  /** One article and its sentences. */
  @State(Scope.Benchmark)
  public static class Text {
    @Param({"nl", "ru", "de", "en", "zh", "ja"})
    public String lang;

    String article;
    String[] sentences;

    @Setup(Level.Trial)
    public void setUp(Detectors d) {
      article = Inputs.article(lang);
      sentences = Inputs.sentences(Inputs.passage(article, d.newsfacts));
    }
  }

  /** Where each thread is in the round robin over the sentences. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String take(String[] sentences) {
      String s = sentences[next];
      next = next + 1 == sentences.length ? 0 : next + 1;
      return s;
    }
  }

  @Benchmark
  public List<TextSegment> newsfactsSentence(Detectors d, Text t, Cursor c) {
    return d.newsfacts.segments(c.take(t.sentences));
  }

  @Benchmark
  public Language linguaSentence(Detectors d, Text t, Cursor c) {
    return d.lingua.detectLanguageOf(c.take(t.sentences));
  }

  @Benchmark
  public List<TextSegment> newsfactsArticle(Detectors d, Text t) {
    return d.newsfacts.segments(t.article);
  }

  @Benchmark
  public Language linguaArticle(Detectors d, Text t) {
    return d.lingua.detectLanguageOf(t.article);
  }
}
