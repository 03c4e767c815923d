package newsfacts.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.lang.LanguageDetector;
import newsfacts.pipeline.NewsFacts;
import newsfacts.read.ReaderConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles (ingest, extract). */
final class PipelineOptions {
  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Folder of lexicon files overriding the packaged ones (companies.jsonl, models.jsonl...).")
  Path lexicons;

  @Option(names = "--languages", paramLabel = "CODES", split = ",",
      description = "Languages to detect among (ISO 639-1, comma-separated). Default: nl,ru,de,zh,ja,en.")
  List<String> languages;

  @Option(names = "--lang", paramLabel = "CODE",
      description = "Force this language for every document instead of detecting it (for short snippets).")
  String lang;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
      description = "Most characters of text kept per document (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "209715200",
      description = "Largest file read at all, in bytes; larger ones get an error record (default: ${DEFAULT-VALUE}, "
          + "200 MB; a WARC file is streamed and the limit applies to each record).")
  long maxBytes;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Most seconds spent reading one file (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads reading and extracting (default: the number of cores).")
  Integer threads;

  int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + n);
    }
    return n;
  }

  NewsFacts.Options toOptions() {
    LexiconSource src = lexicons == null ? LexiconSource.packaged() : LexiconSource.withOverrides(lexicons);
    List<String> langs = languages == null ? LanguageDetector.DEFAULT_LANGUAGES
        : languages.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    String forced = lang == null ? null : lang.strip().toLowerCase(Locale.ROOT);
    if (forced != null && !forced.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("--lang takes an ISO 639-1 code like 'en' or 'ja', got '" + lang + "'");
    }
    ReaderConfig rc = new ReaderConfig(maxChars, maxBytes, Duration.ofSeconds(timeoutSeconds));
    return new NewsFacts.Options(src, langs, forced, rc);
  }

  @Override
  public String toString() {
    return "PipelineOptions" + Arrays.asList(lexicons, languages, lang);
  }
}
