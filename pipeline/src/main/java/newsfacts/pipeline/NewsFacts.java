package newsfacts.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;
import newsfacts.extract.TextSegment;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.lang.LanguageDetector;
import newsfacts.lang.SentenceSplitter;
import newsfacts.read.Article;
import newsfacts.read.ArticleReader;
import newsfacts.read.ReaderConfig;

/**
 * The newsfacts library facade: file in, documents and facts out. Reading (Tika), language and
 * sentences (Lingua, OpenNLP), extraction and linking. Built once (lexicons, automata and language
 * models load here), then thread-safe.
 */
public final class NewsFacts {

  /**
   * @param lexicons where lexicon files come from
   * @param languages ISO 639-1 codes to detect among
   * @param forcedLang a language for every document (skips detection), or null
   * @param reader reading limits
   */
  public record Options(LexiconSource lexicons, List<String> languages, String forcedLang, ReaderConfig reader) {
    public Options {
      Objects.requireNonNull(lexicons, "lexicons");
      languages = List.copyOf(languages);
      Objects.requireNonNull(reader, "reader");
    }

    public static Options defaults() {
      return new Options(LexiconSource.packaged(), LanguageDetector.DEFAULT_LANGUAGES, null, ReaderConfig.DEFAULT);
    }
  }

  private final Options options;
  private final ArticleReader reader;
  private final LanguageDetector detector;
  private final SentenceSplitter splitter;
  private final FactPipeline pipeline;
  private final StageTimes times = new StageTimes();

  private NewsFacts(Options options) {
    this.options = options;
    this.reader = new ArticleReader(options.reader());
    this.detector = options.forcedLang() == null ? new LanguageDetector(options.languages()) : null;
    this.splitter = new SentenceSplitter();
    this.pipeline = Stages.pipeline(options.lexicons());
  }

  /** Builds everything once; fails fast on a bad lexicon or language list. */
  public static NewsFacts create(Options options) {
    return new NewsFacts(options);
  }

  /** The options this instance was built with. */
  public Options options() {
    return options;
  }

  /** Time spent per stage since this instance was built. */
  public StageTimes times() {
    return times;
  }

  /**
   * Reads and extracts one file. Never throws for bad input: the outcome carries the reason. The file
   * is read once: its id ({@link #fileId}) is the SHA-256 of the bytes the reader parses.
   */
  public FileOutcome process(Path file, String source) {
    ArticleReader.FileRead read;
    long t0 = System.nanoTime();
    try {
      read = reader.readWithId(file, source);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String fileId;
      try {
        fileId = fileId(file);
      } catch (IOException io) {
        return FileOutcome.failure(source, null, "cannot read file: " + io.getMessage());
      }
      return FileOutcome.failure(source, fileId, "reader failed: " + e);
    } finally {
      times.read.add(System.nanoTime() - t0);
    }
    String fileId = read.fileId();
    if (read.error() != null) {
      return FileOutcome.failure(source, fileId, read.error());
    }
    List<Article> articles = read.articles();
    List<ExtractedDocument> docs = new ArrayList<>();
    for (Article a : articles) {
      try {
        docs.add(analyze(a));
      } catch (RuntimeException | StackOverflowError e) {
        return FileOutcome.failure(source, fileId, "extraction failed on " + a.id() + ": " + e);
      }
    }
    return new FileOutcome(source, fileId, docs, null);
  }

  /** Language, sentences and facts of an article already read. */
  public ExtractedDocument analyze(Article a) {
    String text = a.text();
    long t0 = System.nanoTime();
    List<TextSegment> segments = options.forcedLang() != null
        ? List.of(new TextSegment(0, text.length(), options.forcedLang(), 1.0))
        : detector.segments(text);
    List<Span> sentences = splitter.split(text, segments);
    Passage p = new Passage(text, segments, sentences);
    long t1 = System.nanoTime();
    times.language.add(t1 - t0);
    List<Fact> facts = pipeline.extract(p);
    times.extract.add(System.nanoTime() - t1);
    String lang = options.forcedLang() != null ? options.forcedLang() : LanguageDetector.documentLanguage(segments);
    return new ExtractedDocument(a, p, lang, facts);
  }

  /** SHA-256 (hex) of a file's bytes, streamed. */
  public static String fileId(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // digest as we go
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
