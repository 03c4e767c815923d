package newsfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Running only the recognizers that can answer a legacy charset ranks those charsets exactly as
 * Tika's {@code detectAll} over all 35 recognizers does, once filtered the same way; and {@link
 * LegacyRecognizers#best}, which skips the single-byte recognizers when a multi-byte answer scoring
 * 100 is taken, picks what the full ranking picks.
 */
class LegacyRecognizersTest {

  /** What {@link CharsetSniffer} got before: a fresh detector, every recognizer, then the filter. */
  private static List<Charset> detectAllFiltered(byte[] sample) {
    CharsetDetector detector = new CharsetDetector(LegacyRecognizers.SAMPLE_BYTES);
    detector.enableInputFilter(true);
    detector.setText(sample);
    List<Charset> out = new ArrayList<>();
    for (CharsetMatch match : detector.detectAll()) {
      Charset charset = Charsets.forLabel(match.getName());
      if (charset != null && CharsetSniffer.LEGACY.contains(charset)) {
        out.add(charset);
      }
    }
    return out;
  }

  /** What CharsetSniffer.detect did with the full ranking: the first clean one, else the first one. */
  private static Charset firstClean(List<Charset> ranked, Predicate<Charset> clean) {
    for (Charset charset : ranked) {
      if (clean.test(charset)) {
        return charset;
      }
    }
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  /** best() against the full ranking, with the real test (clean decode) and with every answer refused or taken. */
  private static void sameBest(byte[] sample, String name) {
    List<Charset> ranked = detectAllFiltered(sample);
    Predicate<Charset> decodes = c -> Charsets.decodesCleanly(sample, 0, c);
    assertEquals(firstClean(ranked, decodes), LegacyRecognizers.best(sample, decodes), name + " decodes");
    int single = LegacyRecognizers.singleByteConfidence(sample);
    assertTrue(single <= LegacyRecognizers.SINGLE_BYTE_MAX, name + ": a single-byte recognizer gave " + single);
    assertEquals(firstClean(ranked, c -> false), LegacyRecognizers.best(sample, c -> false), name + " none");
    assertEquals(firstClean(ranked, c -> true), LegacyRecognizers.best(sample, c -> true), name + " all");
    Predicate<Charset> notTop = c -> !ranked.isEmpty() && !c.equals(ranked.get(0));
    assertEquals(firstClean(ranked, notTop), LegacyRecognizers.best(sample, notTop), name + " not the top");
  }

  private static byte[] sample(byte[] bytes) {
    return bytes.length <= LegacyRecognizers.SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, LegacyRecognizers.SAMPLE_BYTES);
  }

  @Test
  void onlyTheNineRecognizersThatCanAnswerALegacyCharsetRun() {
    // The fast path is active with this Tika: a silent fallback to detectAll would only be slower.
    assertTrue(LegacyRecognizers.isRestricted());
    assertEquals(List.of("Shift_JIS", "ISO-2022-JP", "GB18030", "EUC-JP", "Big5", "ISO-8859-1", "windows-1251",
        "KOI8-R", "IBM866"), LegacyRecognizers.names());
  }

  static Stream<Arguments> charsetCorpus() {
    return CharsetCorpusTest.variants().map(a -> {
      Object[] v = a.get();
      @SuppressWarnings("unchecked")
      List<String> paragraphs = (List<String>) v[4];
      String charset = (String) v[1];
      String form = (String) v[2];
      return Arguments.of(v[0] + " " + charset + " " + form,
          CharsetCorpusTest.fixture(charset, form, (String) v[3], paragraphs));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charsetCorpus")
  void sameRankingOnTheCharsetCorpus(String name, byte[] bytes) {
    // Every variant of CharsetCorpusTest (UTF-8/16 too, where the legacy answers are all low).
    assertEquals(detectAllFiltered(bytes), LegacyRecognizers.rank(bytes), name);
    sameBest(bytes, name);
  }

  @Test
  void sameRankingOnTheSharedRawDocuments() throws IOException {
    // Real pages and texts in legacy charsets (chardet, Tika, readability ...), sampled as CharsetSniffer does.
    List<Path> files;
    try (Stream<Path> walk = Files.walk(RawDocumentsConformanceTest.root())) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() >= 37, "raw documents: " + files.size());
    for (Path file : files) {
      byte[] s = sample(Files.readAllBytes(file));
      assertEquals(detectAllFiltered(s), LegacyRecognizers.rank(s), file.toString());
      sameBest(s, file.toString());
    }
  }

  @Test
  void sameRankingOnRandomHighBytes() {
    // Noise gives many recognizers middling and equal confidences: equal ones must keep their order too.
    Random random = new Random(20251201L);
    int ordered = 0;
    for (int i = 0; i < 300; i++) {
      byte[] b = new byte[16 + random.nextInt(4000)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (random.nextInt(4) == 0 ? ' ' + random.nextInt(90) : 0x80 + random.nextInt(128));
      }
      List<Charset> expected = detectAllFiltered(b);
      assertEquals(expected, LegacyRecognizers.rank(b), "sample " + i);
      sameBest(b, "sample " + i);
      ordered += expected.size() > 1 ? 1 : 0;
    }
    assertTrue(ordered > 0, "no sample had two legacy answers to order");
  }

  @Test
  void singleByteRecognizersComeCloseToTheirBound() throws IOException {
    // Single-byte scores come close to the bound the shortcut relies on (99): Tika's Dutch sample scores 90.
    int max = 0;
    String best = null;
    try (Stream<Path> walk = Files.walk(RawDocumentsConformanceTest.root())) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        int confidence = LegacyRecognizers.singleByteConfidence(sample(Files.readAllBytes(file)));
        if (confidence > max) {
          max = confidence;
          best = file.getFileName().toString();
        }
      }
    }
    assertEquals("90 nl.test", max + " " + best);
  }
}
