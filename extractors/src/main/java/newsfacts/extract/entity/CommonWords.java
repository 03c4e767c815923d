package newsfacts.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsfacts.extract.lexicon.TextNormalizer;

/**
 * Common words of the six languages ({@code common-words-LANG.txt} beside this class), normalized like
 * aliases. A missing bundled list is a build error.
 */
final class CommonWords {
  static final List<String> LANGUAGES = List.of("en", "nl", "de", "ru", "zh", "ja");

  /** Normalized word to the first language listing it. */
  private final Map<String, String> languageOf;

  private CommonWords(Map<String, String> languageOf) {
    this.languageOf = Map.copyOf(languageOf);
  }

  static CommonWords load() {
    Map<String, String> out = new HashMap<>();
    for (String lang : LANGUAGES) {
      String name = "common-words-" + lang + ".txt";
      try (InputStream in = CommonWords.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("bundled word list " + name + " is missing"));
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            out.putIfAbsent(TextNormalizer.key(w), lang);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load bundled word list " + name, e);
      }
    }
    return new CommonWords(out);
  }

  /** The language in which the normalized {@code key} is a common word, or null. */
  String languageOf(String key) {
    return languageOf.get(key);
  }
}
