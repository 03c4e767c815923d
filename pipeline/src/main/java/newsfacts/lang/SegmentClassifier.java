package newsfacts.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import newsfacts.extract.Span;
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
 *   <li>Latin dominates: the function words of the first {@value #SAMPLE_CHARS} chars (cut at a space) when
 *       they leave no doubt ({@link FunctionWords}: most lines of news), else Lingua restricted to the
 *       configured Latin languages, on the Latin letters of the same sample (more text costs time and adds no
 *       accuracy).
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
 * <p>Confidence: for a script decision, the dominant group's share of the weighted letters; for a
 * function-word decision, the language's share of the function words found; for a Lingua
 * decision, Lingua's relative distance between the best and the second-best language (Lingua 1.2.2 always
 * gives the best language 1.0, so the distance is the informative figure; 1 when there is no runner-up).
 *
 * <p>Without the shortcut (for the benchmark) every stretch goes to one Lingua detector over all the
 * configured languages, with the same letter thresholds.
 *
 * <p>Lingua is asked as little as gives the same answers ({@link #classify(String, List)}): the lines of one
 * text are looked at first, then their Lingua questions are answered, an identical question once per text,
 * and the high accuracy mode is not asked again about a sample on which it would only repeat the low accuracy
 * mode.
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
  /**
   * From this length of its cleaned-up text on (Lingua 1.2.2's {@code HIGH_ACCURACY_MODE_MAX_TEXT_LENGTH}),
   * Lingua's high accuracy mode scores trigrams only, exactly as the low accuracy mode does.
   */
  static final int LINGUA_TRIGRAMS_ONLY_LENGTH = 120;
  /** Distinct Lingua questions remembered per text; a text with more lines asks Lingua again. */
  static final int MAX_REMEMBERED = 1024;
  /** Han text without a cue is a coin toss between zh and ja settled by default: half the confidence. */
  static final double AMBIGUOUS_HAN_FACTOR = 0.5;

  /**
   * A decision: a configured language code or {@code und}, and the confidence in it.
   *
   * @param tentative a weak decision that yields to its neighbours (see {@link LanguageDetector}): Han
   *     text with no cue either way, or a short Latin line whose lead is below {@value #FIRM_DISTANCE}
   */
  record Verdict(String lang, double confidence, boolean tentative) implements Look {
    static final Verdict UNDETERMINED = new Verdict(TextSegment.UNDETERMINED, 0.0, false);

    Verdict(String lang, double confidence) {
      this(lang, confidence, false);
    }

    boolean undetermined() {
      return lang.equals(TextSegment.UNDETERMINED);
    }
  }

  /** What a first look at a line gives: a verdict, or a question for Lingua. */
  sealed interface Look permits Verdict, Question {}

  /**
   * A question for the Lingua detectors of {@code group} about {@code sample}; {@code share} and {@code isShort}
   * as in {@link ScriptGroup#decide}.
   */
  record Question(ScriptGroup group, String sample, double share, boolean isShort) implements Look {}

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
      this.all = ScriptGroup.linguaOnly(languages, List.copyOf(languages));
    }
  }

  /**
   * The language of each of {@code lines} (stretches of {@code text}), in their order.
   *
   * <p>Every line is looked at first (its scripts); the Lingua questions of all the lines are then answered
   * together ({@link #answer}), each distinct question once.
   */
  List<Verdict> classify(String text, List<Span> lines) {
    Verdict[] verdicts = new Verdict[lines.size()];
    List<Integer> asked = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    for (int k = 0; k < verdicts.length; k++) {
      Span line = lines.get(k);
      ScriptProfile profile = ScriptProfile.of(text, line.start(), line.end());
      Look look = scriptShortcut
          ? byScript(text, line.start(), line.end(), profile)
          : byLinguaOnly(text, line.start(), line.end(), profile);
      switch (look) {
        case Verdict v -> verdicts[k] = v;
        case Question q -> {
          asked.add(k);
          questions.add(q);
        }
      }
    }
    if (!questions.isEmpty()) {
      List<Verdict> answers = answer(questions);
      for (int i = 0; i < answers.size(); i++) {
        verdicts[asked.get(i)] = answers.get(i);
      }
    }
    return Arrays.asList(verdicts);
  }

  /** Lingua's verdicts on {@code questions}, each distinct question asked once. */
  private static List<Verdict> answer(List<Question> questions) {
    Answers answers = new Answers();
    List<Verdict> verdicts = new ArrayList<>(questions.size());
    for (Question q : questions) {
      verdicts.add(q.group().decide(q.sample(), q.share(), q.isShort(), answers));
    }
    return verdicts;
  }

  private Look byScript(String text, int start, int end, ScriptProfile profile) {
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
          : cyrillic.ask(sample(text, start, end, Script.CYRILLIC), share, false);
      case LATIN -> profile.letters(Script.LATIN) < MIN_LATIN_LETTERS
          ? Verdict.UNDETERMINED
          : latin.ask(sample(text, start, end, Script.LATIN), share,
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

  private Look byLinguaOnly(String text, int start, int end, ScriptProfile profile) {
    int letters = profile.totalWeight();
    if (letters < MIN_LATIN_LETTERS) {
      return Verdict.UNDETERMINED;
    }
    String sample = text.substring(start, sampleEnd(text, start, end));
    return all.ask(sample, 1.0, letters < SHORT_LATIN_LETTERS);
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
  record ScriptGroup(List<Language> members, com.github.pemistahl.lingua.api.LanguageDetector lingua,
      com.github.pemistahl.lingua.api.LanguageDetector fast, FunctionWords words) {

    /** The group with function words first when every member has a list ({@link FunctionWords}). */
    static ScriptGroup of(Set<Language> configured, List<Language> script) {
      ScriptGroup g = linguaOnly(configured, script);
      return g.lingua == null ? g : new ScriptGroup(g.members, g.lingua, g.fast, FunctionWords.of(g.members));
    }

    /** The group asking Lingua about every line (the benchmark's plain-Lingua baseline). */
    static ScriptGroup linguaOnly(Set<Language> configured, List<Language> script) {
      List<Language> members = new ArrayList<>();
      for (Language l : script) {
        if (configured.contains(l)) {
          members.add(l);
        }
      }
      if (members.size() < 2) {
        return new ScriptGroup(List.copyOf(members), null, null, null);
      }
      Language[] langs = members.toArray(new Language[0]);
      return new ScriptGroup(List.copyOf(members),
          LanguageDetectorBuilder.fromLanguages(langs).withPreloadedLanguageModels().build(),
          LanguageDetectorBuilder.fromLanguages(langs).withPreloadedLanguageModels().withLowAccuracyMode().build(),
          null);
    }

    /**
     * The group's verdict on {@code sample} when it needs no Lingua (no member: {@code und}; one: that language
     * with confidence {@code share}; a line of {@value SegmentClassifier#SHORT_LATIN_LETTERS} letters or more whose function
     * words leave no doubt), else the question for {@link #decide}.
     */
    Look ask(String sample, double share, boolean isShort) {
      if (members.isEmpty()) {
        return Verdict.UNDETERMINED;
      }
      if (lingua == null) {
        return new Verdict(code(members.get(0)), share);
      }
      Verdict byWords = isShort || words == null ? null : words.decide(sample);
      return byWords != null ? byWords : new Question(this, sample, share, isShort);
    }

    /**
     * The group's decision on {@code sample} (a question {@link #ask} returned); {@code short} asks for a clear
     * lead between the two best languages. Lingua's rankings come from, and go to, {@code answers}.
     */
    Verdict decide(String sample, double share, boolean isShort, Answers answers) {
      Ranked ranked = isShort ? null : answers.ranked(fast, sample);
      if (ranked == null || ranked.distance() < FIRM_DISTANCE) {
        // from LINGUA_TRIGRAMS_ONLY_LENGTH on, the high accuracy mode would compute the very same ranking
        ranked = ranked != null && linguaLength(sample) >= LINGUA_TRIGRAMS_ONLY_LENGTH
            ? ranked
            : answers.ranked(lingua, sample);
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

  /**
   * Lingua's rankings of the samples of one text, so that an identical question (a repeated paragraph opening,
   * a byline under each item) is answered once; at most {@value #MAX_REMEMBERED} of them. Not thread-safe:
   * one per text.
   */
  static final class Answers {
    private final Map<Asked, Ranked> rankings = new HashMap<>();
    private int calls;

    private record Asked(com.github.pemistahl.lingua.api.LanguageDetector detector, String sample) {}

    /** Lingua's ranking of {@code sample} by {@code detector}, asked once. */
    Ranked ranked(com.github.pemistahl.lingua.api.LanguageDetector detector, String sample) {
      Asked key = new Asked(detector, sample);
      if (rankings.containsKey(key)) {
        return rankings.get(key); // may be null: no letters for Lingua
      }
      Ranked ranked = Ranked.of(detector, sample);
      calls++;
      if (rankings.size() < MAX_REMEMBERED) {
        rankings.put(key, ranked);
      }
      return ranked;
    }

    /** How many times Lingua was called. */
    int calls() {
      return calls;
    }
  }

  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
  private static final Pattern NUMBERS = Pattern.compile("\\p{N}");
  private static final Pattern MULTIPLE_WHITESPACE = Pattern.compile("\\s+");

  /**
   * The length of {@code sample} once Lingua 1.2.2 has cleaned it up (its {@code cleanUpInputText}): trimmed of
   * what Kotlin counts as white space, lower-cased, punctuation and digits removed, white space runs made one
   * space. Lingua picks its n-gram sizes by this length. Only asked when the low accuracy lead is narrow.
   */
  static int linguaLength(String sample) {
    int s = 0;
    int e = sample.length();
    while (s < e && isKotlinWhitespace(sample.charAt(s))) {
      s++;
    }
    while (e > s && isKotlinWhitespace(sample.charAt(e - 1))) {
      e--;
    }
    String t = sample.substring(s, e).toLowerCase(Locale.ROOT);
    t = PUNCTUATION.matcher(t).replaceAll("");
    t = NUMBERS.matcher(t).replaceAll("");
    return MULTIPLE_WHITESPACE.matcher(t).replaceAll(" ").length();
  }

  /** Kotlin's {@code Char.isWhitespace} on the JVM, which its {@code trim()} uses. */
  private static boolean isKotlinWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Lingua's best language for a text and its relative distance to the runner-up (1 without one). */
  record Ranked(Language best, double distance) {

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
