package newsfacts.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Abbreviations whose period does not end a sentence, per language: the bundled {@code common.txt} plus the
 * language's own list ({@code abbreviations/<lang>.txt} beside this class; the format is in
 * {@code common.txt}). A single capital letter with a period ("J. Smith", "В. Путин") counts as an
 * abbreviation that never ends a sentence. Immutable and thread-safe; each language is loaded once.
 */
final class Abbreviations {
  /** What a period at a given place is. */
  enum Kind {
    /** Not after a known abbreviation: an ordinary sentence end candidate. */
    NONE,
    /** After an abbreviation that never ends a sentence ("z.B.", "mln.", "Dr."). */
    NEVER_FINAL,
    /** After an abbreviation that may end one ("Inc.", "г."): a sentence ends only before a capital. */
    MAY_END
  }

  private static final Map<String, Abbreviations> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Longest first, so that "т.д." is tried before "д.". */
  private final List<Entry> entries;

  private Abbreviations(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt((Entry e) -> e.text.length()).reversed());
    this.entries = List.copyOf(sorted);
  }

  /** The list for {@code lang}: common entries only when the language has no file of its own. */
  static Abbreviations forLanguage(String lang) {
    return BY_LANGUAGE.computeIfAbsent(lang, l -> {
      Map<String, Entry> all = new HashMap<>();
      load("common.txt", all, true);
      load(l + ".txt", all, false);
      return new Abbreviations(List.copyOf(all.values()));
    });
  }

  /**
   * What the period at {@code period} follows, looking no further back than {@code from}. An abbreviation
   * matches when it ends with this period, ignoring case, and starts the text or follows a non-letter.
   */
  Kind at(CharSequence text, int from, int period) {
    int initial = period - 1;
    if (initial >= from && Character.isUpperCase(text.charAt(initial))
        && (initial == from || Character.isWhitespace(text.charAt(initial - 1))
            || "(\"'«“„".indexOf(text.charAt(initial - 1)) >= 0)) {
      return Kind.NEVER_FINAL; // an initial: "J. Smith", "В. Путин" (but not the S of "U.S.")
    }
    int end = period + 1;
    for (Entry e : entries) {
      int start = end - e.text.length();
      if (start >= from && regionMatchesIgnoreCase(text, start, e.text) && !letterBefore(text, from, start)) {
        return e.mayEnd ? Kind.MAY_END : Kind.NEVER_FINAL;
      }
    }
    return Kind.NONE;
  }

  private static boolean letterBefore(CharSequence text, int from, int start) {
    return start > from && Character.isLetter(text.charAt(start - 1));
  }

  private static boolean regionMatchesIgnoreCase(CharSequence text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static void load(String name, Map<String, Entry> into, boolean required) {
    String path = "abbreviations/" + name;
    try (InputStream in = Abbreviations.class.getResourceAsStream(path)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("bundled resource newsfacts/lang/" + path + " is missing");
        }
        return;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      java.util.Set<String> seen = new java.util.HashSet<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        boolean mayEnd = s.endsWith(" *");
        String abbr = (mayEnd ? s.substring(0, s.length() - 2).strip() : s).toLowerCase(Locale.ROOT);
        if (!abbr.endsWith(".")) {
          throw new IllegalStateException(path + ":" + number + ": an abbreviation ends with a period, got \""
              + line + "\"");
        }
        if (!seen.add(abbr)) {
          throw new IllegalStateException(path + ":" + number + ": duplicate abbreviation \"" + line + "\"");
        }
        into.put(abbr, new Entry(abbr, mayEnd)); // a language's entry overrides the common one
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load " + path, e);
    }
  }

  private record Entry(String text, boolean mayEnd) {}
}
