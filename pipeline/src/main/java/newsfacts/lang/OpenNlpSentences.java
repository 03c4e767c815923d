package newsfacts.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import newsfacts.extract.Span;

/**
 * OpenNLP's pretrained sentence models (Universal Dependencies EWT for English, GSD for German), from the
 * {@code opennlp-models-sentdetect-en/-de} jars on the classpath, each loaded once per JVM on first use.
 *
 * <p>{@link SentenceModel} is thread-safe but {@link SentenceDetectorME} is not: callers take a fresh
 * detector per {@link SentenceSplitter#split} call ({@link #detector()}, cheap next to the model).
 */
final class OpenNlpSentences {
  private static final String EN = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String DE = "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";

  private OpenNlpSentences() {}

  /** The model for {@code lang}, or null when none is bundled (then the rules split). */
  static SentenceModel model(String lang) {
    return switch (lang) {
      case "en" -> English.MODEL;
      case "de" -> German.MODEL;
      default -> null;
    };
  }

  /** A detector for {@code model}, for one thread. */
  static SentenceDetectorME detector(SentenceModel model) {
    return new SentenceDetectorME(model);
  }

  /**
   * Adds the sentences of {@code text[start, end)} to {@code out}: OpenNLP's spans, trimmed, with the splits
   * it makes after a known abbreviation ("Mrd.", "vs.", "Jan."), before a lower-case word or after a letter or
   * digit ("verdrängt GPT-5.1 | (70 Punkte) von der Spitze.") undone.
   */
  static void split(SentenceDetectorME detector, String text, int start, int end, Abbreviations abbreviations,
      List<Span> out) {
    int s = start; // everything from here to the next accepted start is one sentence, nothing is dropped
    for (opennlp.tools.util.Span f : detector.sentPosDetect(text.substring(start, end))) {
      int next = start + f.getStart();
      if (next > s && startsSentence(text, s, next, abbreviations)) {
        RuleSentences.add(text, s, next, out);
        s = next;
      }
    }
    RuleSentences.add(text, s, end, out);
  }

  /** Whether a sentence may start at {@code next} after the sentence begun at {@code from}. */
  private static boolean startsSentence(String text, int from, int next, Abbreviations abbreviations) {
    int last = next - 1;
    while (last > from && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    char n = text.charAt(next);
    if (Character.isLowerCase(n)) {
      return false;
    }
    if (Character.isLetterOrDigit(text.charAt(last))) {
      return false; // no sentence ends on a word without a mark: the model read the "." inside "GPT-5.1"
    }
    if (text.charAt(last) != '.') {
      return true;
    }
    return switch (abbreviations.at(text, from, last)) {
      case NEVER_FINAL -> false;
      case MAY_END -> Character.isUpperCase(n);
      case NONE -> true;
    };
  }

  private static SentenceModel load(String resource) {
    try (InputStream in = OpenNlpSentences.class.getResourceAsStream(resource)) {
      return in == null ? null : new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load the OpenNLP sentence model " + resource, e);
    }
  }

  /** Lazy holders: a model is read the first time its language is split. */
  private static final class English {
    static final SentenceModel MODEL = load(EN);
  }

  private static final class German {
    static final SentenceModel MODEL = load(DE);
  }
}
