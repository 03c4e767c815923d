package newsfacts.read;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
    List<String> names = RESTRICTED != null ? RESTRICTED.detect(detector) : all(detector);
    List<Charset> out = new ArrayList<>(names.size());
    for (String name : names) {
      Charset charset = Charsets.forLabel(name);
      if (charset != null && CharsetSniffer.LEGACY.contains(charset)) {
        out.add(charset);
      }
    }
    return out;
  }

  /** The names {@code detectAll} ranks, best first (every recognizer runs). */
  static List<String> all(CharsetDetector detector) {
    List<String> names = new ArrayList<>();
    for (CharsetMatch match : detector.detectAll()) {
      names.add(match.getName());
    }
    return names;
  }

  /** The recognizers kept, and how to call their package-private {@code match}. */
  private static final class Restricted {
    private final List<Object> recognizers;
    private final List<String> names;
    private final Method match;

    private Restricted(List<Object> recognizers, List<String> names, Method match) {
      this.recognizers = recognizers;
      this.names = names;
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
        for (int i = 0; i < infos.size(); i++) {
          Object recognizer = recognizerField.get(infos.get(i));
          String name = (String) getName.invoke(recognizer);
          if (!name.equals(published[i])) {
            return null; // not the list getAllDetectableCharsets describes
          }
          Charset charset = Charsets.forLabel(name);
          if (charset != null && CharsetSniffer.LEGACY.contains(charset)) {
            kept.add(recognizer);
            names.add(name);
          }
        }
        return new Restricted(List.copyOf(kept), List.copyOf(names), match);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // other Tika internals: detectAll, same answers
      }
    }

    /** As {@code detectAll}, over the kept recognizers: confidence > 0, capped at 100, best first. */
    List<String> detect(CharsetDetector detector) {
      List<Scored> matches = new ArrayList<>(recognizers.size());
      for (Object recognizer : recognizers) {
        CharsetMatch m = invoke(recognizer, detector);
        if (m != null) {
          int confidence = m.getConfidence() & 0xFF;
          if (confidence > 0) {
            matches.add(new Scored(m.getName(), Math.min(confidence, 100)));
          }
        }
      }
      // detectAll: a stable ascending sort, then reversed; equal confidences end up later-first.
      matches.sort(Comparator.comparingInt(Scored::confidence));
      Collections.reverse(matches);
      List<String> out = new ArrayList<>(matches.size());
      for (Scored s : matches) {
        out.add(s.name());
      }
      return out;
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

  private record Scored(String name, int confidence) {}
}
