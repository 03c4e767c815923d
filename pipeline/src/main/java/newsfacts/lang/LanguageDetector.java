package newsfacts.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.TextSegment;

/**
 * Language per segment of a document: paragraphs (or lines) detected one by one, neighbours with the
 * same language merged. Built once, shared by all threads.
 */
public final class LanguageDetector {
  /** The languages newsfacts is configured for by default. */
  public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "ru", "de", "zh", "ja", "en");

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
  private final Set<String> codes;

  public LanguageDetector(List<String> isoCodes) {
    List<Language> langs = new ArrayList<>();
    for (String c : isoCodes) {
      langs.add(toLingua(c));
    }
    if (langs.size() < 2) {
      throw new IllegalArgumentException("need at least 2 languages to choose from, got " + isoCodes);
    }
    this.lingua = LanguageDetectorBuilder.fromLanguages(langs.toArray(new Language[0]))
        .withPreloadedLanguageModels()
        .build();
    this.codes = Set.copyOf(isoCodes);
  }

  /** The segments of {@code text}, sorted, disjoint; blank stretches belong to no segment. */
  public List<TextSegment> segments(String text) {
    List<TextSegment> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? n : nl;
      int s = i;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        String lang = detect(text.substring(s, e));
        TextSegment last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.lang().equals(lang)) {
          out.set(out.size() - 1, new TextSegment(last.start(), e, lang, last.confidence()));
        } else {
          out.add(new TextSegment(s, e, lang, 1.0));
        }
      }
      i = end + 1;
    }
    return out;
  }

  /** The document language: the one covering most characters, or "und". */
  public static String documentLanguage(List<TextSegment> segments) {
    Map<String, Integer> chars = new java.util.TreeMap<>();
    for (TextSegment s : segments) {
      if (!s.lang().equals(TextSegment.UNDETERMINED)) {
        chars.merge(s.lang(), s.length(), Integer::sum);
      }
    }
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(TextSegment.UNDETERMINED);
  }

  private String detect(String s) {
    Language l = lingua.detectLanguageOf(s);
    if (l == Language.UNKNOWN) {
      return TextSegment.UNDETERMINED;
    }
    String code = l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    return codes.contains(code) ? code : TextSegment.UNDETERMINED;
  }

  static Language toLingua(String iso) {
    for (Language l : Language.all()) {
      if (l.getIsoCode639_1().toString().equalsIgnoreCase(iso)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language code '" + iso + "'");
  }

}
