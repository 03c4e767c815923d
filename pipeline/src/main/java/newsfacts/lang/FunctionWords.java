package newsfacts.lang;

import com.github.pemistahl.lingua.api.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A line's language from its function words, for the lines where they leave no doubt: the cheap first
 * step before Lingua for Latin-script text (Lingua costs about 100 µs a line; this, a few).
 *
 * <p>Each language's list ({@code function-words/<iso>.txt} beside this class) holds its commonest
 * closed-class words; a word listed for two languages ("in", "is", "die", "we") counts for neither. A
 * sample is decided by its words when one language has at least {@value #MIN_HITS} of them, at least
 * {@value #MIN_DISTINCT} different, and at least {@value #RATIO} times as many as all the other languages
 * together; otherwise Lingua decides. The confidence is that language's share of the function words found.
 *
 * <p>Measured on 21,713 lines (Lingua's own 3,000 nl/de/en test sentences, 18,620 paragraphs of the
 * benchmark corpus, the seeds' Latin lines): it decides 75% of the test sentences and 97% of the corpus
 * paragraphs, and every one of its decisions is right (on the one test sentence where it and Lingua
 * differ, "Ben Nemery, of the Katholieke Universiteit Leuven, said in an interview...", Lingua says nl).
 * Lines under 40 letters always go to Lingua, which also judges how clear their lead is.
 *
 * <p>Only used for a script group whose every language has a list; immutable and thread-safe.
 */
final class FunctionWords {
  static final int MIN_HITS = 3;
  static final int MIN_DISTINCT = 3;
  static final int RATIO = 4;

  private static final Map<String, Set<String>> LISTS = loadAll(List.of("en", "de", "nl"));

  private final List<Language> members;
  /** Word to the index of its language in {@link #members}; words of two languages are not in it. */
  private final Map<String, Integer> owner;

  private FunctionWords(List<Language> members, Map<String, Integer> owner) {
    this.members = members;
    this.owner = owner;
  }

  /** The function words of {@code members}, or null when a member has no list (then Lingua decides all). */
  static FunctionWords of(List<Language> members) {
    Map<String, Integer> counts = new HashMap<>();
    for (Set<String> words : LISTS.values()) {
      for (String w : words) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Set<String> words = LISTS.get(SegmentClassifier.code(members.get(i)));
      if (words == null) {
        return null;
      }
      for (String w : words) {
        if (counts.get(w) == 1) {
          owner.put(w, i);
        }
      }
    }
    return new FunctionWords(List.copyOf(members), Map.copyOf(owner));
  }

  /** The language {@code sample}'s function words settle, with its confidence, or null to ask Lingua. */
  SegmentClassifier.Verdict decide(String sample) {
    int[] hits = new int[members.size()];
    List<Set<String>> distinct = null;
    int n = sample.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(sample.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(sample.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 12) {
        String word = sample.substring(start, i).toLowerCase(Locale.ROOT);
        Integer lang = owner.get(word);
        if (lang != null) {
          hits[lang]++;
          if (distinct == null) {
            distinct = new java.util.ArrayList<>();
            for (int k = 0; k < hits.length; k++) {
              distinct.add(new HashSet<>());
            }
          }
          distinct.get(lang).add(word);
        }
      }
    }
    int best = 0;
    int total = 0;
    for (int k = 0; k < hits.length; k++) {
      total += hits[k];
      if (hits[k] > hits[best]) {
        best = k;
      }
    }
    int others = total - hits[best];
    if (hits[best] < MIN_HITS || distinct.get(best).size() < MIN_DISTINCT || hits[best] < RATIO * others) {
      return null;
    }
    return new SegmentClassifier.Verdict(SegmentClassifier.code(members.get(best)), (double) hits[best] / total);
  }

  private static Map<String, Set<String>> loadAll(List<String> langs) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String lang : langs) {
      out.put(lang, load(lang));
    }
    return Map.copyOf(out);
  }

  private static Set<String> load(String lang) {
    String path = "function-words/" + lang + ".txt";
    try (InputStream in = FunctionWords.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource newsfacts/lang/" + path + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) {
          continue;
        }
        if (!w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(Character::isLetter)) {
          throw new IllegalStateException(path + ":" + number + ": a function word is one lower-case word, got \""
              + line + "\"");
        }
        if (!words.add(w)) {
          throw new IllegalStateException(path + ":" + number + ": duplicate word \"" + w + "\"");
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load " + path, e);
    }
  }
}
