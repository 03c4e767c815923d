package newsfacts.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsfacts.bench.CorpusGenerator;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.lang.LanguageDetector;
import newsfacts.lang.SentenceSplitter;

/**
 * The benchmark inputs: one real article per language, read once per trial.
 *
 * <p>nl, ru, de, en and ja are the seed articles in {@code seeds/} (the folder is the system property
 * {@code newsfacts.seeds}, default {@code seeds} relative to the working directory, else {@code ../seeds}).
 * The seeds hold no Chinese article (003 is English with a Chinese headline), so zh is the first plain UTF-8
 * Chinese article of the project's deterministic corpus generator ({@code ./newsfacts bench corpus}, seed 42),
 * built from the lexicons and Chinese sentence templates.
 */
final class Inputs {
  /** The article languages, the values of every {@code lang} parameter. */
  static final String[] LANGS = {"nl", "ru", "de", "en", "zh", "ja"};
  /** Seed file prefix per language (the languages the gold data assigns them). */
  private static final Map<String, String> SEED = Map.of("nl", "000", "ru", "001", "de", "002", "en", "003", "ja", "004");
  private static final long CORPUS_SEED = 42;

  private Inputs() {}

  /** The seeds folder. */
  static Path seedsDir() {
    String configured = System.getProperty("newsfacts.seeds");
    List<Path> tries = configured != null ? List.of(Path.of(configured)) : List.of(Path.of("seeds"), Path.of("../seeds"));
    for (Path p : tries) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("no seeds folder at " + tries + " (working directory "
        + Path.of("").toAbsolutePath() + "); run from the repository root or pass -Dnewsfacts.seeds=DIR");
  }

  /** The text of the article in {@code lang}. */
  static String article(String lang) {
    try {
      if (lang.equals("zh")) {
        return generatedChinese();
      }
      String prefix = SEED.get(lang);
      if (prefix == null) {
        throw new IllegalArgumentException("no article for language '" + lang + "'");
      }
      try (Stream<Path> files = Files.list(seedsDir())) {
        Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
            .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "_*.txt in " + seedsDir()));
        return Files.readString(f, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generatedChinese() throws IOException {
    Path dir = Files.createTempDirectory("newsfacts-jmh");
    try {
      CorpusGenerator.generate(60, dir, CORPUS_SEED, LexiconSource.packaged(), seedsDir());
      try (Stream<Path> files = Files.list(dir.resolve("zh"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
          } catch (CharacterCodingException legacyCharset) {
            // GB18030 or GBK: try the next file
          }
        }
      }
      throw new IllegalStateException("the corpus generator wrote no plain UTF-8 Chinese article");
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The article as the pipeline hands it to the extractors: language segments and sentences computed. */
  static Passage passage(String text, LanguageDetector detector) {
    List<TextSegment> segments = detector.segments(text);
    return new Passage(text, segments, new SentenceSplitter().split(text, segments));
  }

  /** The sentences of a passage as strings (the short segments). */
  static String[] sentences(Passage p) {
    List<String> out = new ArrayList<>();
    for (Span s : p.sentences()) {
      out.add(p.textOf(s));
    }
    return out.toArray(new String[0]);
  }
}
