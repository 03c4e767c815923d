package newsfacts.read;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Tika's ICU-derived charset detection, restricted to the recognizers whose answer can be one of
 * {@link CharsetSniffer#LEGACY}: Shift_JIS, ISO-2022-JP, GB18030, EUC-JP, Big5, ISO-8859-1 (which
 * answers windows-1252 when C1 bytes occur), windows-1251, KOI8-R and IBM866.
 *
 * <p>Why: {@code CharsetDetector.detectAll} runs all 35 recognizers, and the EBCDIC, Arabic, Hebrew,
 * Greek, Turkish and Central European ones each walk the whole sample once per n-gram table; their
 * answers were then thrown away, and they were more than half of the detection time. Each recognizer
 * scores the sample on its own (confidence depends on the sample and on no other recognizer), and
 * the ranking is the one {@code detectAll} makes (by confidence capped at 100, ties to the recognizer
 * listed later), so leaving the others out cannot change the order of those kept.
 *
 * <p>Tika has no public way to run a subset: {@code setDetectableCharset} is ignored by {@code
 * detectAll} in 3.3.1. The recognizers are therefore taken once, by reflection, from the detector's
 * own list; when that fails (a Tika with other internals) {@code detectAll} is used and filtered, which
 * gives the same answers, only slower ({@link #isRestricted()} tells which, and a test pins it).
 * Thread-safe: each thread has its own {@link CharsetDetector} (which holds the sample being scored).
 */
final class LegacyRecognizers {
  /** How many bytes of the (tag-stripped) sample the recognizers look at, as before. */
  static final int SAMPLE_BYTES = 64 * 1024;
  /** The highest confidence a single-byte (n-gram) recognizer gives: 98, or a hit rate of 0.33 x 300. */
  static final int SINGLE_BYTE_MAX = 99;

  private static final Restricted RESTRICTED = Restricted.load();
  private static final ThreadLocal<CharsetDetector> DETECTORS = ThreadLocal.withInitial(() -> {
    CharsetDetector detector = new CharsetDetector(SAMPLE_BYTES);
    detector.enableInputFilter(true);
    return detector;
  });

  private LegacyRecognizers() {}

  /** True when only the recognizers that can answer a legacy charset run (the fast path). */
  static boolean isRestricted() {
    return RESTRICTED != null;
  }

  /** The names of the recognizers that run, in Tika's order (all of them when not restricted). */
  static List<String> names() {
    return RESTRICTED != null ? RESTRICTED.names : List.of(CharsetDetector.getAllDetectableCharsets());
  }

  /**
   * The legacy charsets the detector finds in {@code sample} (at most {@value #SAMPLE_BYTES} bytes),
   * best first: what {@code detectAll} returns, mapped by {@link Charsets#forLabel} and filtered to
   * {@link CharsetSniffer#LEGACY}.
   */
  static List<Charset> rank(byte[] sample) {
    CharsetDetector detector = DETECTORS.get();
    detector.setText(sample);
    return RESTRICTED != null ? charsets(RESTRICTED.rank(RESTRICTED.score(detector, true, true))) : all(detector);
  }

  /**
   * The first charset of {@link #rank} that {@code clean} accepts, else the first of {@link #rank},
   * else null; {@code clean} is asked in rank order, at most once per charset.
   *
   * <p>Single-byte recognizers never score above {@value #SINGLE_BYTE_MAX} (their n-gram hit rate
   * gives 98 above a third, else rate x 300), while the multi-byte ones (Shift_JIS, EUC-JP, GB18030,
   * Big5, ISO-2022-JP) reach 100 on real CJK text. So the multi-byte recognizers run first; when one
   * scoring 100 is accepted, the single-byte ones could only have ranked below it and are not run
   * (for CJK text they were three quarters of the detection time).
   */
  static Charset best(byte[] sample, Predicate<Charset> clean) {
    CharsetDetector detector = DETECTORS.get();
    detector.setText(sample);
    Map<Charset, Boolean> asked = new HashMap<>();
    Predicate<Charset> once = c -> asked.computeIfAbsent(c, clean::test);
    if (RESTRICTED != null) {
      List<Scored> multi = RESTRICTED.score(detector, true, false);
      for (Scored s : RESTRICTED.rank(multi)) {
        if (s.confidence() <= SINGLE_BYTE_MAX) {
          break;
        }
        if (s.charset() != null && once.test(s.charset())) {
          return s.charset();
        }
      }
      List<Scored> everyone = new ArrayList<>(multi);
      everyone.addAll(RESTRICTED.score(detector, false, true));
      everyone.sort(Comparator.comparingInt(Scored::index));
      return firstAccepted(charsets(RESTRICTED.rank(everyone)), once);
    }
    return firstAccepted(all(detector), once);
  }

  /** The highest confidence a single-byte recognizer gives {@code sample}, 0 for none (for tests of the bound). */
  static int singleByteConfidence(byte[] sample) {
    CharsetDetector detector = DETECTORS.get();
    detector.setText(sample);
    int max = 0;
    for (Scored s : RESTRICTED.score(detector, false, true)) {
      max = Math.max(max, s.confidence());
    }
    return max;
  }

  private static Charset firstAccepted(List<Charset> ranked, Predicate<Charset> clean) {
    for (Charset charset : ranked) {
      if (clean.test(charset)) {
        return charset;
      }
    }
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  /** The legacy charsets {@code detectAll} ranks, best first (every recognizer runs). */
  static List<Charset> all(CharsetDetector detector) {
    List<Charset> out = new ArrayList<>();
    for (CharsetMatch match : detector.detectAll()) {
      Charset charset = legacy(match.getName());
      if (charset != null) {
        out.add(charset);
      }
    }
    return out;
  }

  private static List<Charset> charsets(List<Scored> ranked) {
    List<Charset> out = new ArrayList<>(ranked.size());
    for (Scored s : ranked) {
      if (s.charset() != null) {
        out.add(s.charset());
      }
    }
    return out;
  }

  /** The charset a recognizer's answer means, when it is one of {@link CharsetSniffer#LEGACY}, else null. */
  private static Charset legacy(String name) {
    Charset charset = Charsets.forLabel(name);
    return charset != null && CharsetSniffer.LEGACY.contains(charset) ? charset : null;
  }

  /** The recognizers kept, and how to call their package-private {@code match}. */
  private static final class Restricted {
    private final List<Object> recognizers;
    private final List<String> names;
    private final boolean[] singleByte;
    private final Method match;

    private Restricted(List<Object> recognizers, List<String> names, boolean[] singleByte, Method match) {
      this.recognizers = recognizers;
      this.names = names;
      this.singleByte = singleByte;
      this.match = match;
    }

    static Restricted load() {
      try {
        Field all = CharsetDetector.class.getDeclaredField("ALL_CS_RECOGNIZERS");
        all.setAccessible(true);
        Class<?> infoClass = Class.forName("org.apache.tika.parser.txt.CharsetDetector$CSRecognizerInfo");
        Field recognizerField = infoClass.getDeclaredField("recognizer");
        recognizerField.setAccessible(true);
        Class<?> recognizerClass = Class.forName("org.apache.tika.parser.txt.CharsetRecognizer");
        Class<?> singleByteClass = Class.forName("org.apache.tika.parser.txt.CharsetRecog_sbcs");
        Method getName = recognizerClass.getDeclaredMethod("getName");
        getName.setAccessible(true);
        Method match = recognizerClass.getDeclaredMethod("match", CharsetDetector.class);
        match.setAccessible(true);
        List<?> infos = (List<?>) all.get(null);
        String[] published = CharsetDetector.getAllDetectableCharsets();
        if (infos.size() != published.length) {
          return null;
        }
        List<Object> kept = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> single = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
          Object recognizer = recognizerField.get(infos.get(i));
          String name = (String) getName.invoke(recognizer);
          if (!name.equals(published[i])) {
            return null; // not the list getAllDetectableCharsets describes
          }
          if (legacy(name) != null) {
            kept.add(recognizer);
            names.add(name);
            single.add(singleByteClass.isInstance(recognizer));
          }
        }
        boolean[] singleByte = new boolean[single.size()];
        for (int i = 0; i < singleByte.length; i++) {
          singleByte[i] = single.get(i);
        }
        return new Restricted(List.copyOf(kept), List.copyOf(names), singleByte, match);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // other Tika internals: detectAll, same answers
      }
    }

    /**
     * The matches of the multi-byte and/or single-byte recognizers, in recognizer order, as {@code
     * detectAll} keeps them: confidence above 0, capped at 100.
     */
    List<Scored> score(CharsetDetector detector, boolean multiByte, boolean singleByte) {
      List<Scored> matches = new ArrayList<>(recognizers.size());
      for (int i = 0; i < recognizers.size(); i++) {
        if (this.singleByte[i] ? !singleByte : !multiByte) {
          continue;
        }
        CharsetMatch m = invoke(recognizers.get(i), detector);
        if (m != null) {
          int confidence = m.getConfidence() & 0xFF;
          if (confidence > 0) {
            matches.add(new Scored(i, legacy(m.getName()), Math.min(confidence, 100)));
          }
        }
      }
      return matches;
    }

    /** As {@code detectAll} orders them: a stable ascending sort, then reversed (equal ones later-first). */
    List<Scored> rank(List<Scored> inRecognizerOrder) {
      List<Scored> ranked = new ArrayList<>(inRecognizerOrder);
      ranked.sort(Comparator.comparingInt(Scored::confidence));
      Collections.reverse(ranked);
      return ranked;
    }

    private CharsetMatch invoke(Object recognizer, CharsetDetector detector) {
      try {
        return (CharsetMatch) match.invoke(recognizer, detector);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("accessible at load, not now", e);
      }
    }
  }

  /** A recognizer's match: its place in Tika's list, the legacy charset it names (or null), its confidence. */
  private record Scored(int index, Charset charset, int confidence) {}
}
