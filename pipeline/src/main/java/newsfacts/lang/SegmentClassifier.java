package newsfacts.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import newsfacts.extract.TextSegment;

/**
 * Decides the language of one stretch of text (a line or paragraph). Thread-safe and immutable once built.
 *
 * <p>With the script shortcut (the default) the letters' scripts decide first, and Lingua is asked only
 * where a script is shared by several configured languages (Latin: nl, de, en):
 *
 * <ol>
 *   <li>Kana with Han and kana making at least {@value #MIN_KANA_SHARE} of the weighted letters: Japanese
 *       (Western names take a large share of Japanese news lines: {@code AlibabaはQWENシリーズを開始}).
 *   <li>No script group holds {@value #MIN_SHARE} of the weighted letters: mixed, {@code und}.
 *   <li>Han and kana dominate: any kana means Japanese (at least {@value #MIN_KANA_TEXT_LETTERS} Han or kana
 *       letters). Han without kana (at least {@value #MIN_HAN_LETTERS} characters) is Chinese unless
 *       Japanese-only kanji outnumber Chinese-only hanzi ({@link HanCues}); with no cue at all it is
 *       marked {@linkplain Verdict#tentative tentative}, and {@link LanguageDetector} makes it Japanese
 *       next to Japanese.
 *   <li>Cyrillic dominates: the one configured Cyrillic language (ru) from {@value #MIN_CYRILLIC_LETTERS}
 *       letters on, else Lingua restricted to the configured Cyrillic languages.
 *   <li>Latin dominates: Lingua restricted to the configured Latin languages, on the Latin letters of the
 *       first {@value #SAMPLE_CHARS} chars (cut at a space; more text costs time and adds no accuracy).
 *       Fewer than {@value #MIN_LATIN_LETTERS} letters ("Alibaba", "GPT-5") is {@code und}; below
 *       {@value #SHORT_LATIN_LETTERS} letters the best language must lead the runner-up by a relative
 *       distance of {@value #SHORT_MIN_DISTANCE}, or it is {@code und}, and a lead below
 *       {@value #FIRM_DISTANCE} makes the decision {@linkplain Verdict#tentative tentative}. From
 *       {@value #SHORT_LATIN_LETTERS} letters on, Lingua's low accuracy mode (trigrams only, several times
 *       faster) goes first and stands when its lead is at least {@value #FIRM_DISTANCE}; otherwise, and for
 *       shorter text, the high accuracy mode decides. On Lingua's test sentences the cascade is as accurate
 *       as the high accuracy mode alone.
 *   <li>Hangul and other scripts are not ours: {@code und} (Korean if it was configured).
 * </ol>
 *
 * <p>Confidence: for a script decision, the dominant group's share of the weighted letters; for a Lingua
 * decision, Lingua's relative distance between the best and the second-best language (Lingua 1.2.2 always
 * gives the best language 1.0, so the distance is the informative figure; 1 when there is no runner-up).
 *
 * <p>Without the shortcut (for the benchmark) every stretch goes to one Lingua detector over all the
 * configured languages, with the same letter thresholds.
 */
final class SegmentClassifier {
  static final double MIN_SHARE = 0.6;
  static final double MIN_KANA_SHARE = 0.4;
  static final int MIN_LATIN_LETTERS = 10;
  static final int SHORT_LATIN_LETTERS = 40;
  static final double SHORT_MIN_DISTANCE = 0.05;
  static final double FIRM_DISTANCE = 0.1;
  static final int MIN_CYRILLIC_LETTERS = 4;
  static final int MIN_HAN_LETTERS = 4;
  static final int MIN_KANA_TEXT_LETTERS = 2;
  static final int SAMPLE_CHARS = 150;
  /** Han text without a cue is a coin toss between zh and ja settled by default: half the confidence. */
  static final double AMBIGUOUS_HAN_FACTOR = 0.5;

  /**
   * A decision: a configured language code or {@code und}, and the confidence in it.
   *
   * @param tentative a weak decision that yields to its neighbours (see {@link LanguageDetector}): Han
   *     text with no cue either way, or a short Latin line whose lead is below {@value #FIRM_DISTANCE}
   */
  record Verdict(String lang, double confidence, boolean tentative) {
    static final Verdict UNDETERMINED = new Verdict(TextSegment.UNDETERMINED, 0.0, false);

    Verdict(String lang, double confidence) {
      this(lang, confidence, false);
    }

    boolean undetermined() {
      return lang.equals(TextSegment.UNDETERMINED);
    }
  }

  private final Set<Language> languages;
  private final boolean scriptShortcut;
  private final ScriptGroup latin;
  private final ScriptGroup cyrillic;
  /** Every configured language in one detector; only without the script shortcut. */
  private final ScriptGroup all;

  SegmentClassifier(Set<Language> languages, boolean scriptShortcut) {
    this.languages = Set.copyOf(languages);
    this.scriptShortcut = scriptShortcut;
    if (scriptShortcut) {
      this.latin = ScriptGroup.of(languages, Language.allWithLatinScript());
      this.cyrillic = ScriptGroup.of(languages, Language.allWithCyrillicScript());
      this.all = null;
    } else {
      this.latin = null;
      this.cyrillic = null;
      this.all = ScriptGroup.of(languages, List.copyOf(languages));
    }
  }

  /** The language of {@code text[start, end)}. */
  Verdict classify(String text, int start, int end) {
    ScriptProfile profile = ScriptProfile.of(text, start, end);
    return scriptShortcut ? byScript(text, start, end, profile) : byLinguaOnly(text, start, end, profile);
  }

  private Verdict byScript(String text, int start, int end, ScriptProfile profile) {
    int total = profile.totalWeight();
    double cjkShare = total == 0 ? 0 : (double) profile.weight(ScriptProfile.Group.CJK) / total;
    if (profile.letters(Script.KANA) > 0 && cjkShare >= MIN_KANA_SHARE
        && profile.cjkLetters() >= MIN_KANA_TEXT_LETTERS) {
      return configured(Language.JAPANESE, cjkShare); // kana among Western names: AlibabaはQWENを開始
    }
    double share = profile.dominantShare();
    if (share < MIN_SHARE) {
      return Verdict.UNDETERMINED;
    }
    return switch (profile.dominant()) {
      case CJK -> cjk(profile, share);
      case CYRILLIC -> profile.letters(Script.CYRILLIC) < MIN_CYRILLIC_LETTERS
          ? Verdict.UNDETERMINED
          : cyrillic.decide(sample(text, start, end, Script.CYRILLIC), share, false);
      case LATIN -> profile.letters(Script.LATIN) < MIN_LATIN_LETTERS
          ? Verdict.UNDETERMINED
          : latin.decide(sample(text, start, end, Script.LATIN), share,
              profile.letters(Script.LATIN) < SHORT_LATIN_LETTERS);
      case HANGUL -> profile.letters(Script.HANGUL) < MIN_HAN_LETTERS
          ? Verdict.UNDETERMINED
          : configured(Language.KOREAN, share);
      case OTHER -> Verdict.UNDETERMINED;
    };
  }

  private Verdict cjk(ScriptProfile profile, double share) {
    if (profile.letters(Script.KANA) > 0) {
      return profile.cjkLetters() < MIN_KANA_TEXT_LETTERS
          ? Verdict.UNDETERMINED
          : configured(Language.JAPANESE, share);
    }
    if (profile.letters(Script.HAN) < MIN_HAN_LETTERS) {
      return Verdict.UNDETERMINED;
    }
    boolean zh = languages.contains(Language.CHINESE);
    boolean ja = languages.contains(Language.JAPANESE);
    if (zh && ja) {
      if (profile.japaneseCues() == 0 && profile.chineseCues() == 0) {
        return new Verdict("zh", share * AMBIGUOUS_HAN_FACTOR, true);
      }
      return profile.japaneseCues() > profile.chineseCues()
          ? new Verdict("ja", share)
          : new Verdict("zh", share);
    }
    return zh ? new Verdict("zh", share) : configured(Language.JAPANESE, share);
  }

  private Verdict byLinguaOnly(String text, int start, int end, ScriptProfile profile) {
    int letters = profile.totalWeight();
    if (letters < MIN_LATIN_LETTERS) {
      return Verdict.UNDETERMINED;
    }
    String sample = text.substring(start, sampleEnd(text, start, end));
    return all.decide(sample, 1.0, letters < SHORT_LATIN_LETTERS);
  }

  private Verdict configured(Language language, double share) {
    return languages.contains(language) ? new Verdict(code(language), share) : Verdict.UNDETERMINED;
  }

  /**
   * Up to {@value #SAMPLE_CHARS} chars of {@code text[start, end)} with the letters of other scripts blanked,
   * so that a Chinese name inside an English sentence does not pull Lingua towards its rules for Han.
   */
  private static String sample(String text, int start, int end, Script keep) {
    int stop = sampleEnd(text, start, end);
    StringBuilder sb = new StringBuilder(stop - start);
    for (int i = start; i < stop; ) {
      int url = ScriptProfile.skipUrl(text, i, stop);
      if (url > i) {
        sb.append(' ');
        i = url;
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Script s = Script.of(cp);
      if (s == keep || s == Script.NONE) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** Where the sample of {@code text[start, end)} ends: at the cap, moved back to a space if there is one. */
  private static int sampleEnd(String text, int start, int end) {
    if (end - start <= SAMPLE_CHARS) {
      return end;
    }
    int cap = start + SAMPLE_CHARS;
    int space = cap;
    while (space > start && !Character.isWhitespace(text.charAt(space))) {
      space--;
    }
    return space > start ? space : cap;
  }

  static String code(Language language) {
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The configured languages written in one script: none (always {@code und}), one (the script decides)
   * or several (a Lingua detector restricted to them, models preloaded).
   */
  private record ScriptGroup(List<Language> members, com.github.pemistahl.lingua.api.LanguageDetector lingua,
      com.github.pemistahl.lingua.api.LanguageDetector fast) {

    static ScriptGroup of(Set<Language> configured, List<Language> script) {
      List<Language> members = new ArrayList<>();
      for (Language l : script) {
        if (configured.contains(l)) {
          members.add(l);
        }
      }
      if (members.size() < 2) {
        return new ScriptGroup(List.copyOf(members), null, null);
      }
      Language[] langs = members.toArray(new Language[0]);
      return new ScriptGroup(List.copyOf(members),
          LanguageDetectorBuilder.fromLanguages(langs).withPreloadedLanguageModels().build(),
          LanguageDetectorBuilder.fromLanguages(langs).withPreloadedLanguageModels().withLowAccuracyMode().build());
    }

    /**
     * The group's decision on {@code sample}; {@code share} is the confidence of a script decision, and
     * {@code short} asks for a clear lead between the two best languages.
     */
    Verdict decide(String sample, double share, boolean isShort) {
      if (members.isEmpty()) {
        return Verdict.UNDETERMINED;
      }
      if (lingua == null) {
        return new Verdict(code(members.get(0)), share);
      }
      Ranked ranked = isShort ? null : Ranked.of(fast, sample);
      if (ranked == null || ranked.distance() < FIRM_DISTANCE) {
        ranked = Ranked.of(lingua, sample);
      }
      if (ranked == null) {
        return Verdict.UNDETERMINED;
      }
      double distance = ranked.distance();
      if (isShort && distance < SHORT_MIN_DISTANCE) {
        return Verdict.UNDETERMINED;
      }
      return new Verdict(code(ranked.best()), Math.max(0.0, Math.min(1.0, distance)),
          isShort && distance < FIRM_DISTANCE);
    }
  }

  /** Lingua's best language for a text and its relative distance to the runner-up (1 without one). */
  private record Ranked(Language best, double distance) {

    /** The ranking of {@code sample}, or null when Lingua finds no letters to go by. */
    static Ranked of(com.github.pemistahl.lingua.api.LanguageDetector detector, String sample) {
      SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
      Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
      if (!it.hasNext()) {
        return null;
      }
      Map.Entry<Language, Double> best = it.next();
      return new Ranked(best.getKey(), best.getValue() - (it.hasNext() ? it.next().getValue() : 0.0));
    }
  }
}
