package newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every bad line of a load before failing, so an editor sees all mistakes at once: the first
 * error is thrown with the others attached as suppressed exceptions (see {@link #all}).
 */
final class LoadErrors {
  private final List<LexiconFormatException> errors = new ArrayList<>();

  /** Runs {@code step}, keeping its error instead of stopping. */
  void collect(Runnable step) {
    try {
      step.run();
    } catch (LexiconFormatException e) {
      errors.add(e);
    }
  }

  /** Throws the first error, with the others suppressed, when there was any. */
  void throwIfAny() {
    if (errors.isEmpty()) {
      return;
    }
    LexiconFormatException first = errors.get(0);
    for (int i = 1; i < errors.size(); i++) {
      first.addSuppressed(errors.get(i));
    }
    throw first;
  }

  /** The error and the others found in the same load, in file order. */
  static List<LexiconFormatException> all(LexiconFormatException e) {
    List<LexiconFormatException> out = new ArrayList<>(List.of(e));
    for (Throwable t : e.getSuppressed()) {
      if (t instanceof LexiconFormatException l) {
        out.add(l);
      }
    }
    return out;
  }
}
