package newsfacts.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.figures.MoneyExtractor;
import newsfacts.extract.figures.NumberParser;
import newsfacts.lang.LanguageDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Number parsing and money extraction.
 *
 * <ul>
 *   <li>{@code parseNumber}: {@link NumberParser#parse} on {@value #NUMBERS} number strings as journalists
 *       write them in the six languages (separators, scale words, CJK numerals and units, number words);
 *       the score is per number.
 *   <li>{@code extractMoney}: {@link MoneyExtractor#extract} over one article (segments and sentences
 *       computed in setup): every number, its currency and qualifiers.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-Dslf4j.internal.verbosity=ERROR"})
public class NumberBench {
  static final int NUMBERS = 28;

  /** Text and language pairs; each text starts with the number. */
  private static final String[][] SAMPLES = {
      {"1,7 miljard euro", "nl"}, {"1.250.000 gebruikers", "nl"}, {"3,5 mln.", "nl"}, {"12 procent", "nl"},
      {"twee miljard dollar", "nl"},
      {"380 млрд юаней", "ru"}, {"3 800 процессоров", "ru"}, {"50,6 млн", "ru"}, {"1,2 трлн рублей", "ru"},
      {"десять тысяч", "ru"},
      {"1,5 Milliarden Euro", "de"}, {"9.899 Dollar", "de"}, {"2,4 Mrd. US-Dollar", "de"}, {"achtundsiebzig", "de"},
      {"600 billion", "en"}, {"9,899", "en"}, {"3.14", "en"}, {"1.5bn", "en"}, {"two million", "en"},
      {"380亿元", "zh"}, {"一万亿", "zh"}, {"1.2万亿美元", "zh"}, {"四十五", "zh"},
      {"16億7,000万", "ja"}, {"四十九兆九千五百九十二億", "ja"}, {"１２３４億円", "ja"}, {"3兆", "ja"},
      {"二千五百万", "ja"}};

  /** The parser and its inputs. */
  @State(Scope.Benchmark)
  public static class Numbers {
    final NumberParser parser = new NumberParser();
    String[] texts;
    String[] langs;

    @Setup(Level.Trial)
    public void setUp() {
      if (SAMPLES.length != NUMBERS) {
        throw new IllegalStateException(SAMPLES.length + " samples, @OperationsPerInvocation says " + NUMBERS);
      }
      texts = new String[NUMBERS];
      langs = new String[NUMBERS];
      for (int k = 0; k < NUMBERS; k++) {
        texts[k] = SAMPLES[k][0];
        langs[k] = SAMPLES[k][1];
        NumberParser.Parsed p = parser.parse(texts[k], 0, langs[k]);
        if (p == null || !p.valid()) {
          throw new IllegalStateException("no number in \"" + texts[k] + "\" (" + langs[k] + ")");
        }
      }
    }
  }

  /** The money extractor and one article. */
  @State(Scope.Benchmark)
  public static class Article {
    @Param({"nl", "ru", "de", "en", "zh", "ja"})
    public String lang;

    final MoneyExtractor money = new MoneyExtractor();
    Passage passage;

    @Setup(Level.Trial)
    public void setUp() {
      passage = Inputs.passage(Inputs.article(lang), new LanguageDetector(LanguageDetector.DEFAULT_LANGUAGES));
    }
  }

  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public void parseNumber(Numbers n, Blackhole bh) {
    for (int k = 0; k < NUMBERS; k++) {
      bh.consume(n.parser.parse(n.texts[k], 0, n.langs[k]));
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Fact> extractMoney(Article a) {
    return a.money.extract(a.passage);
  }
}
