package newsfacts.extract.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.Extractor;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;
import newsfacts.extract.TableCells;

/**
 * Benchmark scores: a value tied to a metric of {@link Metrics}. The model is left to the linker.
 *
 * <p>Two kinds of evidence, both read left to right in one pass:
 * <ol>
 *   <li><b>Explicit</b>: the metric is named next to the value, either first ("インテリジェンスインデックス89",
 *       "インテリジェントインデックスに79", "(Smart Index 74)", "индекс интеллекта модели составил 60 баллов",
 *       "Intelligence Index von 89 Punkten", "智能指数上的得分为89分") or after ("scored 70 on MMLU",
 *       "88.7% on GPQA", "89 on the Intelligence Index", "89 op de Intelligence Index", "58,7 Prozent im
 *       MMLU-Pro-Test", or described, with a test word next to it: "78,4 punten op de medische test MedQA", "71,4
 *       балла в русскоязычной версии теста MMLU-Pro"), but not after a rank word ("ranked 1 on", "Platz 2 im"). The fact's span runs from the metric name to the value (or the
 *       other way round). A Latin model name may stand between the metric and a verb ("индекс интеллекта
 *       модели DeepSeek-R1 составил 89 баллов", "Intelligence Index of GPT-5 is 68"): it is then inside the
 *       span, and the linker takes the MODEL fact found there.
 *   <li><b>By context</b>: a metric was named in the last {@value #CONTEXT} chars, and the value is given as points
 *       ("89ポイント", "90 points", "89 Punkte", "60 баллов"), in parentheses after a model ("O3-Mini(90ポイント)",
 *       "O1モデルとほぼ同じです(94)") or right after a model word ("QWQ推論モデルは78"), with a model word or a
 *       Latin model token just before; or stated by a score verb a few words before it ({@link #CUES}: "kommt
 *       Gemini 3 Pro auf 73 Punkte", "erreicht das Modell ohne Werkzeuge 37,5 Prozent", "which OpenAI says
 *       scores 74.9%", "取得44.9%") or a preposition right before it ("Claude Sonnet 4.5 mit 77,2 Prozent"),
 *       with no share word between ("haalt een marktaandeel van 8 procent" is no score), as points, as a
 *       percentage, after an Elo word ("mit einem Elo-Wert von 1501"), or bare when points follow in the same
 *       clause ("mit 67 und Grok 4 mit 65 Punkten"); with points after a word standing for the metric named
 *       before ("同じベンチマークで7.9点") or after a Latin model name and a dash, the elliptic clause of a
 *       comparison ("GigaChat 2 MAX — 81,5 балла", "GigaChat 2 MAX от Сбербанка - 74,8 балла"); bare at the end
 *       of its clause right after a score word or preposition, with a versioned name before it in the clause
 *       ("Gemini 3 Pro von Google auf 1501.", "GPT-5.1 komt daar op 81,2."); or after a Latin model name in the
 *       possessive when no word follows the value ("close to GPT-5's 87.1,", not "GPT-5's 87.1 million users");
 *       or after a comparison word with its model named after it ("tegen 66,1 procent voor Llama 3.1 70B", "versus 66.1% for Llama 3.1 70B": the span then
 *       runs on over the model's name, for the linker to find it there). The fact's
 *       span is the value alone, and the linker keeps such a fact only when it finds the model
 *       ({@code FactLinker}).
 * </ol>
 * Values are read in the language of their segment ("37,5" is 37.5 in German text). A metric name may be the
 * first part of a compound ("AIME 2025-wiskundetest 62,8 procent"), quoted ("「Japanese MT-Bench」で8.2点") or
 * followed by a short parenthesis ("日本語版MMLU（JMMLU）で72.5点"),
 * and may follow its source in the possessive ("66 on Artificial Analysis’ Intelligence Index"). A value above
 * the metric's {@code max} (a year next to "Intelligence Index") is not a score.
 */
public final class ScoreExtractor implements Extractor {
  /** How far back (chars) a metric name sets the context for bare values. */
  public static final int CONTEXT = 600;

  private static final String[] PARTICLES = longestFirst("は", "に", "が", "で", "も", ":", "：", "=", "of", "is",
      "was", "at", "von", "bei", "van", "de", "составил", "составила", "составило", "составляет", "модели",
      "reached", "reaches", "hits", "score", "score of", "达到", "为", "為", "是", "达", "约", "約", "得分", "的得分",
      "上的得分", "中的得分", "上得分", "中得分", "获得", "上获得", "中获得", "獲得", "上獲得", "中獲得", "取得",
      "上取得", "中取得", "上达到", "中达到", "上達到", "中達到", "的成绩为", "中的成绩为", "上的成绩为", "的成績為",
      "中的成績為", "上的成績為", "得分为", "得分為", "正答率", "：正答率", ":正答率", "の正答率", "正解率", "の正解率", "—", "–", "則為", "则为", "の平均スコアが", "の平均スコアは", "のスコアが", "のスコアは", "の平均点が", "の平均点は", "測驗", "测验", "測試", "测试", "拿下", "中拿下", "上拿下", "上为", "中为", "上為", "中為", "で平均", "では平均", "の平均");
  private static final String[] POINTS = {"ポイント", "points", "point", "pts", "Punkten", "Punkte", "punten",
      "punt", "баллов", "балла", "балл", "分"};
  /** Between a value and the metric after it; tried longest first, so "on the" is not read as "on". */
  private static final String[] ON = longestFirst("on", "in", "auf", "im", "op", "по", "на", "в", "bei", "on the",
      "in the", "beim", "auf dem", "op de", "op het", "in de", "in het", "bij", "bij de", "bij het");
  /** A word right before a value that makes it a rank, not a score ("ranked 1 on", "Platz 2 im"). */
  private static final String[] RANK_WORDS = {"ranked", "ranks", "rank", "ranking", "placed", "place", "No.",
      "number", "top", "Platz", "Rang", "plaats", "nummer", "positie"};
  /** Lower-case words that go on a model name ("GPT-4o mini", "Grok-3 mini"), as the version suffixes of models. */
  private static final java.util.Set<String> NAME_SUFFIXES = java.util.Set.of("mini", "nano", "pro", "max", "plus",
      "turbo", "flash", "lite", "ultra", "large", "medium", "small", "preview", "instruct", "chat", "coder",
      "thinking", "reasoner", "exp", "air", "zero", "sonnet", "opus", "haiku", "base", "prime", "omni", "vl");
  /** At most this many words of a model name between a metric and its verb ("Claude 3.5 Sonnet"). */
  private static final int MODEL_NAME_WORDS = 4;
  private static final String[] MODEL_WORDS = {"モデル", "model", "Modell", "модел", "模型"};
  /** Words of a value given as a percentage ("37,5 Prozent"); signs and パーセント are read on their own. */
  private static final String[] PERCENT_WORDS = longestFirst("Prozent", "procent", "percent", "per cent",
      "процента", "процентов", "процент");
  /**
   * Verbs that state a score when they stand at most {@value #CUE_WORDS} words before a value in a metric's
   * context ("erreicht das Modell ohne Werkzeuge 37,5 Prozent", "kommt Gemini 3 Pro auf 73 Punkte").
   */
  static final String[] CUES = longestFirst("erreicht", "erreichte", "erzielt", "erzielte", "schafft", "schaffte",
      "kommt auf", "kam auf", "scores", "scored", "scoring", "achieves", "achieved", "reaches", "reached", "hits",
      "scoort", "scoorde", "haalt", "haalde", "behaalt", "behaalde", "komt op", "komt daar op", "komt uit op",
      "kwam op", "kwam daar op", "kwam uit op", "blijft steken op", "bleef steken op", "strandt op", "eindigt op",
      "landet bei", "lands at", "landed at", "it got", "comes in at", "came in at", "stands at", "stood at", "набрала", "набрал", "набрали", "набрав",
      "показала", "показал", "получила", "получил", "с результатом", "取得", "获得", "獲得", "得分", "达到", "達到",
      "拿下", "得到", "löst", "löste", "resolved", "resolves", "solved", "solves", "steken op", "набирает",
      "набирают", "получает", "показывает", "достигает", "достигла", "достиг");
  /** Words standing for the metric named before ("同じベンチマークで7.9点"), right before a value with points. */
  private static final String[] SAME_METRIC = longestFirst("同じベンチマークで", "同ベンチマークで", "同じベンチマークでは",
      "同ベンチマークでは", "同じテストで", "同テストで", "op dezelfde lijst", "op dezelfde ranglijst",
      "op dezelfde test", "op dezelfde benchmark", "in dezelfde test", "auf derselben Liste", "im selben Test",
      "im gleichen Test", "im selben Benchmark", "on the same list", "on the same leaderboard", "on the same test",
      "on the same benchmark", "в том же тесте", "в том же рейтинге", "в том же бенчмарке");
  /**
   * Prepositions that state a score only right before the value ("Claude Sonnet 4.5 mit 77,2 Prozent", "GPT-5
   * met 68 punten"); farther away they belong to something else ("mit OpenAI o3 seinen Marktanteil um 55 Prozent").
   */
  private static final String[] CUE_PREPOSITIONS = {"auf", "mit", "with", "met", "at", "on"};
  /**
   * Prepositions that state a score right before a value with points only ("опередив DeepSeek-V3.2 с 84,5 балла",
   * "智谱GLM-4.6则以87.9分").
   */
  private static final String[] WITH_POINTS = {"с", "со", "以", "則為", "则为", "為", "为"};
  /** Words of a share between a score word and a value: the value is the share ("haalt een marktaandeel van 8"). */
  private static final java.util.Set<String> SHARE_WORDS = java.util.Set.of("marktanteil", "marktanteile", "anteil",
      "marktaandeel", "aandeel", "share", "shares", "доля", "долю", "доли");
  /** Most words between a score word and its value ("erreicht [das Modell ohne Werkzeuge] 37,5 Prozent"). */
  static final int CUE_WORDS = 5;
  /** Elo words right before a value ("mit einem Elo-Wert von 1501", "an Elo score of 1501"). */
  private static final String[] ELO = longestFirst("Elo-Wert von", "Elo-Wert", "Elo score of", "Elo rating of",
      "Elo of", "Elo-score van", "Elo-score", "рейтингом Эло", "рейтинг Эло");
  /** How far after a bare value the points of the clause may stand ("mit 67 und Grok 4 von xAI mit 65 Punkten"). */
  private static final int POINTS_LATER = 60;

  private static final NumberParser NUMBERS = new NumberParser();
  /**
   * Comparison words before a second value whose model is named after it ("58,4 procent, tegen 66,1 procent
   * voor Llama 3.1 70B", "versus 66.1% for Llama 3.1 70B", "gegenüber 66,1 Prozent bei", "против 66,1% у").
   */
  private static final String[] COMPARED = longestFirst("tegen", "tegenover", "versus", "vs.", "vs", "against",
      "compared with", "compared to", "gegenüber", "против", "по сравнению с");
  /** Prepositions between a compared value and its model. */
  private static final String[] COMPARED_FOR = longestFirst("voor", "van", "bij", "for", "of", "für", "bei", "von",
      "у");

  /** The words sorted longest first: a word list is read with the first word that matches. */
  private static String[] longestFirst(String... words) {
    String[] out = words.clone();
    Arrays.sort(out, Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private record Alias(String surface, Metrics.Metric metric) {}

  /** Aliases by their first char, lower and upper case, longest first: dense, it is asked at every position. */
  private final Alias[][] byFirst = new Alias[Character.MAX_VALUE + 1][];
  /**
   * The same per first char, split by the folded second char ({@link #SLOTS} slots; one-char aliases in every
   * slot): most positions whose first char starts some alias are rejected by one array read.
   */
  private final Alias[][][] bySecond = new Alias[Character.MAX_VALUE + 1][][];
  private static final int SLOTS = 64;

  public ScoreExtractor(Metrics metrics) {
    Map<Character, List<Alias>> m = new HashMap<>();
    for (Metrics.Metric metric : metrics.all()) {
      for (String a : metric.aliases()) {
        Alias al = new Alias(a, metric);
        m.computeIfAbsent(Character.toLowerCase(a.charAt(0)), k -> new ArrayList<>()).add(al);
        m.computeIfAbsent(Character.toUpperCase(a.charAt(0)), k -> new ArrayList<>()).add(al);
      }
    }
    m.forEach((k, v) -> {
      List<Alias> l = new ArrayList<>(new java.util.LinkedHashSet<>(v));
      l.sort(Comparator.comparingInt((Alias a) -> -a.surface().length()));
      byFirst[k] = l.toArray(Alias[]::new);
      Alias[][] slots = new Alias[SLOTS][];
      for (int slot = 0; slot < SLOTS; slot++) {
        final int sl = slot;
        slots[slot] = l.stream().filter(a -> a.surface().length() < 2
            || (CaseFold.fold(a.surface().charAt(1)) & (SLOTS - 1)) == sl).toArray(Alias[]::new);
      }
      bySecond[k] = slots;
    });
  }

  /**
   * True for a score found by context (its span is the value alone, no metric name): such a fact is only
   * kept once a model is linked to it.
   */
  public static boolean foundByContext(Fact score) {
    String s = score.text();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (NumberParser.digit(c) < 0 && c != '.' && c != ',') {
        return false;
      }
    }
    return score.type() == FactType.SCORE;
  }

  @Override
  public String name() {
    return "scores";
  }

  @Override
  public Set<FactType> produces() {
    return Set.of(FactType.SCORE);
  }

  private record Mention(int start, int end, Metrics.Metric metric) {}

  /** A score that names its metric after the value, with that metric's mention. */
  private record Found(Fact fact, Mention metric) {}

  @Override
  public List<Fact> extract(Passage passage) {
    String t = passage.text();
    int n = t.length();
    List<Fact> out = new ArrayList<>();
    Mention last = null;
    Figures.Langs langs = new Figures.Langs(passage);
    int i = 0;
    while (i < n) {
      Mention m = mentionAt(t, i);
      if (m != null) {
        last = m;
        Fact f = valueAfter(passage, t, m);
        if (f != null) {
          out.add(f);
          i = f.end();
        } else {
          i = m.end();
        }
        continue;
      }
      char c = t.charAt(i);
      if (NumberParser.digit(c) >= 0 && Figures.canStartNumber(t, i, "en")) {
        NumberParser.Parsed v = NUMBERS.parseArabic(t, i, langs.at(i));
        if (!v.valid()) {
          i = v.end();
          continue;
        }
        Metrics.Metric column = columnMetric(t, v);
        if (column != null) { // a cell under a metric's column header: "PLaMo 3 Prime | 8.71 | 72.5％"
          if (v.value() <= column.max()) {
            out.add(Fact.score(t.substring(v.start(), v.end()), v.start(), passage.langAt(v.start()), v.value(),
                column.id(), null));
          }
          i = v.end();
          continue;
        }
        Found named = metricAfter(passage, t, v);
        Fact f = named == null ? null : named.fact();
        if (named != null) {
          last = named.metric(); // "74.5% on SWE-bench Verified" sets the context like a metric named first
        } else if (last != null && i - last.end() <= CONTEXT) {
          f = byContext(passage, t, v, last.metric(), last.end());
          if (f == null && !out.isEmpty()) {
            f = paired(passage, t, v, out.get(out.size() - 1), last.metric());
          }
        }
        if (f != null) {
          out.add(f);
          i = f.end();
          continue;
        }
        i = v.end();
        continue;
      }
      i = Figures.skipWord(t, i);
    }
    out.removeIf(f -> target(t, f.start(), f.end()));
    return out;
  }

  private Mention mentionAt(String t, int i) {
    Alias[][] slots = bySecond[t.charAt(i)];
    if (slots == null) {
      return null;
    }
    Alias[] cands = slots[i + 1 < t.length() ? CaseFold.fold(t.charAt(i + 1)) & (SLOTS - 1) : 0];
    if (i + 1 >= t.length()) {
      cands = byFirst[t.charAt(i)]; // at the end of the text only one-char aliases can match: all are tried
    }
    boolean midWord = i > 0 && Currencies.wordChar(t.charAt(i - 1));
    for (Alias a : cands) {
      String s = a.surface();
      if (midWord && Currencies.wordChar(s.charAt(0))) {
        continue; // a Latin or Cyrillic alias starts a word
      }
      if (s.length() > 1 && (i + 1 >= t.length() || !CaseFold.same(s.charAt(1), t.charAt(i + 1)))) {
        continue; // the second char first: most aliases sharing a first char differ there
      }
      if (!CaseFold.regionMatches(t, i, s)) {
        continue;
      }
      int e = i + s.length();
      if (Currencies.wordChar(s.charAt(s.length() - 1)) && e < t.length() && Currencies.wordChar(t.charAt(e))) {
        continue;
      }
      if (asciiDigit(s.charAt(s.length() - 1)) && e < t.length() && asciiDigit(t.charAt(e))) {
        continue; // "ARC-AGI 2" is not the start of "ARC-AGI 29%"
      }
      return new Mention(i, e, a.metric());
    }
    return null;
  }

  /**
   * "Index 89", "インデックスに79", "インデックスで89点", "индекс интеллекта модели составил 60 баллов",
   * "(Smart Index 74)", "智能指数上的得分为89分".
   */
  private static Fact valueAfter(Passage p, String t, Mention m) {
    int c = compoundEnd(t, m.end());
    if (c < t.length() && "」』”\"»".indexOf(t.charAt(c)) >= 0) {
      c++; // a quoted name: "「Japanese MT-Bench」で8.2点", "“人类最后的考试”（Humanity’s Last Exam）中得分44.9"
    }
    c = parentheticalEnd(t, c); // "日本語版MMLU（JMMLU）で72.5点", "MMLU (5-shot): 85.2"
    int j = particlesEnd(t, c, 3);
    Fact f = valueAt(p, t, m, j);
    if (f != null) {
      return f;
    }
    // a model named before the verb: "индекс интеллекта модели DeepSeek-R1 составил 89 баллов"
    boolean modelLike = false;
    int k = j;
    for (int w = 0; w < MODEL_NAME_WORDS; w++) {
      int e = latinNameWord(t, k, w == 0);
      if (e < 0) {
        return null;
      }
      boolean like = modelLikeWord(t, k, e) || NAME_SUFFIXES.contains(t.substring(k, e).toLowerCase(Locale.ROOT));
      if (modelLike && !like) {
        return null; // a plain word ends the name: "MMLU haalt Qwen1.5 een marktaandeel van 8" has no verb after it
      }
      modelLike |= like;
      int after = particlesEnd(t, e, 2);
      if (modelLike && after > Figures.skipSpaces(t, e, 2)) {
        f = valueAt(p, t, m, after);
        if (f != null) {
          return f;
        }
      }
      if (e >= t.length() || t.charAt(e) != ' ') {
        return null;
      }
      k = e + 1;
    }
    return null;
  }

  /** After a parenthesis of at most 20 chars opening at {@code k} (no other parenthesis inside), else {@code k}. */
  private static int parentheticalEnd(String t, int k) {
    int j = Figures.skipSpaces(t, k, 1);
    if (j >= t.length() || (t.charAt(j) != '(' && t.charAt(j) != '（')) {
      return k;
    }
    char close = t.charAt(j) == '(' ? ')' : '）';
    for (int e = j + 1; e < t.length() && e <= j + 21; e++) {
      char c = t.charAt(e);
      if (c == close) {
        return e + 1;
      }
      if (c == '(' || c == '（' || c == ')' || c == '）' || c == '\n') {
        return k;
      }
    }
    return k;
  }

  /**
   * After the rest of a compound whose first part is the metric name ("AIME 2025-wiskundetest",
   * "MMLU-Benchmark"): the hyphen and the letters of the word; {@code k} itself when no compound goes on there.
   */
  private static int compoundEnd(String t, int k) {
    if (k + 1 >= t.length() || t.charAt(k) != '-' || !Character.isLetter(t.charAt(k + 1))) {
      return k;
    }
    int e = k + 1;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return e;
  }

  /** After up to {@code rounds} particles from {@code j}, and the spaces after them. */
  private static int particlesEnd(String t, int j, int rounds) {
    for (int round = 0; round < rounds; round++) {
      j = Figures.skipSpaces(t, j, 2);
      boolean moved = false;
      for (String w : PARTICLES) {
        if (Figures.wordAt(t, j, w)) {
          j += w.length();
          moved = true;
          break;
        }
      }
      if (!moved) {
        break;
      }
    }
    return Figures.skipSpaces(t, j, 2);
  }

  /** The score whose value starts at {@code j}, the span from the metric name on; null when none does. */
  private static Fact valueAt(Passage p, String t, Mention m, int j) {
    if (j >= t.length() || NumberParser.digit(t.charAt(j)) < 0) {
      return null;
    }
    NumberParser.Parsed v = NUMBERS.parseArabic(t, j, p.langAt(j));
    if (!v.valid() || v.value() > m.metric().max() || followedByOtherUnit(t, v.end())) {
      return null;
    }
    int end = pointsEnd(t, v.end());
    if (end == v.end() && jaPoints(t, end)) {
      end++; // ja "インデックスで89点を記録"
    }
    return Fact.score(t.substring(m.start(), end), m.start(), p.langAt(m.start()), v.value(), m.metric().id(), null);
  }

  /**
   * The end of a word of a Latin model name at {@code k} ("DeepSeek-R1", "Qwen2.5-Max", "3.5"), or -1: ASCII
   * letters and digits, with '-', '.', '_' or '+' inside. The first word of a name starts with a letter.
   */
  private static int latinNameWord(String t, int k, boolean first) {
    int n = t.length();
    if (k >= n || !(asciiLetter(t.charAt(k)) || (!first && asciiDigit(t.charAt(k))))) {
      return -1;
    }
    int e = k + 1;
    while (e < n && e - k < 40) {
      char c = t.charAt(e);
      if (asciiLetter(c) || asciiDigit(c)) {
        e++;
      } else if ("-._+".indexOf(c) >= 0 && e + 1 < n && (asciiLetter(t.charAt(e + 1)) || asciiDigit(t.charAt(e + 1)))) {
        e += 2;
      } else {
        break;
      }
    }
    return e < n && (Currencies.wordChar(t.charAt(e)) || asciiDigit(t.charAt(e))) ? -1 : e;
  }

  /** A word with a digit or a capital ("GPT-5", "Claude"), not a plain lower-case word ("the", "a"). */
  private static boolean modelLikeWord(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (asciiDigit(c) || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "70 on MMLU", "88.7% on GPQA", "89 on the Intelligence Index", "89 Punkte im Intelligence Index". */
  private Found metricAfter(Passage p, String t, NumberParser.Parsed v) {
    for (String w : RANK_WORDS) {
      if (Figures.wordBefore(t, v.start(), w)) {
        return null;
      }
    }
    int j = percentEnd(t, v.end()); // "88.7% on GPQA", "58,7 Prozent im MMLU-Pro-Test"
    j = pointsEnd(t, j);
    j = Figures.skipSpaces(t, j, 1);
    boolean joined = false;
    for (String w : ON) {
      if (Figures.wordAt(t, j, w)) {
        j = Figures.skipSpaces(t, j + w.length(), 1);
        joined = true;
        break;
      }
    }
    if (!joined || j >= t.length()) {
      return null;
    }
    Mention m = mentionAt(t, j);
    if (m == null) {
      int q = possessiveEnd(t, j); // "66 on Artificial Analysis’ Intelligence Index"
      m = q == j ? null : mentionAt(t, q);
    }
    if (m == null) {
      m = describedMention(t, j);
    }
    if (m == null || v.value() > m.metric().max()) {
      return null;
    }
    return new Found(Fact.score(t.substring(v.start(), m.end()), v.start(), p.langAt(v.start()), v.value(),
        m.metric().id(), null), m);
  }

  /** Words naming a test or a version of one, which may stand next to a metric described by other words. */
  private static final String[] TEST_WORDS = {"test", "tests", "benchmark", "benchmarks", "toets", "kennistoets",
      "тест", "теста", "тесте", "бенчмарк", "бенчмарка", "бенчмарке", "taken", "tasks", "aufgaben", "suite",
      "задачах", "leaderboard", "ranglijst", "fassung", "version", "versie", "vertaling", "translation",
      "übersetzung", "версии", "версия", "переводе"};
  /** Words between a test word and the metric ("op de Nederlandse taken van EuroEval"). */
  private static final java.util.Set<String> OF_WORDS = java.util.Set.of("van", "of", "von", "des", "der", "из");
  /** Most words of a description between "on"/"в"/"op" and the metric it describes. */
  private static final int DESCRIPTION_WORDS = 4;

  /**
   * A metric at most {@value #DESCRIPTION_WORDS} words after {@code j}, with a test word ({@link #TEST_WORDS})
   * right before or right after it: "op de medische test MedQA", "в русскоязычной версии теста MMLU-Pro", "on
   * the Korean-language KMMLU benchmark". Words are letters and hyphens; anything else ends the search.
   */
  private Mention describedMention(String t, int j) {
    int k = j;
    boolean testBefore = false;
    for (int w = 0; w < DESCRIPTION_WORDS; w++) {
      int e = k;
      while (e < t.length() && (Character.isLetter(t.charAt(e)) || (e > k && t.charAt(e) == '-'))) {
        e++;
      }
      if (e == k || e >= t.length() || t.charAt(e) != ' ') {
        return null;
      }
      testBefore = isTestWord(t, k, e)
          || (testBefore && OF_WORDS.contains(t.substring(k, e).toLowerCase(Locale.ROOT)));
      k = e + 1;
      Mention m = mentionAt(t, k);
      if (m != null) {
        int a = Figures.skipSpaces(t, m.end(), 1);
        int b = a;
        while (b < t.length() && Character.isLetter(t.charAt(b))) {
          b++;
        }
        return testBefore || (a > m.end() && isTestWord(t, a, b)) ? m : null;
      }
    }
    return null;
  }

  private static boolean isTestWord(String t, int from, int to) {
    for (String w : TEST_WORDS) {
      if (w.length() == to - from && CaseFold.regionMatches(t, from, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a source named in the possessive before a metric ("Artificial Analysis’ ", "Google's "): up to three
   * capitalised words, the last ending in an apostrophe or 's, and a space; {@code j} itself when there is none.
   */
  private static int possessiveEnd(String t, int j) {
    int k = j;
    for (int w = 0; w < 3 && k < t.length() && Character.isUpperCase(t.charAt(k)); w++) {
      int e = k;
      while (e < t.length() && Character.isLetter(t.charAt(e))) {
        e++;
      }
      if (e < t.length() && (t.charAt(e) == '\'' || t.charAt(e) == '’')) {
        int after = e + 1;
        if (after < t.length() && t.charAt(after) == 's') {
          after++;
        }
        if (after < t.length() && t.charAt(after) == ' ') {
          return after + 1;
        }
        return j;
      }
      if (e >= t.length() || t.charAt(e) != ' ') {
        return j;
      }
      k = e + 1;
    }
    return j;
  }

  /**
   * A bare value in a metric's context: points, parentheses after a model, right after a model word, or
   * after a score word ({@link #CUES}) as points, a percentage or a bare value with points later in the clause.
   */
  private static Fact byContext(Passage p, String t, NumberParser.Parsed v, Metrics.Metric metric, int metricEnd) {
    if (v.value() > metric.max() || followedByOtherUnit(t, v.end()) || scaleOrChange(t, v.start(), v.end())) {
      return null;
    }
    int s = v.start();
    boolean points = pointsEnd(t, v.end()) > v.end() || jaPoints(t, v.end());
    boolean paren = s > 0 && (t.charAt(s - 1) == '(' || t.charAt(s - 1) == '（');
    boolean afterModelWord = false;
    int k = s;
    while (k > 0 && k > s - 2 && "はがも ".indexOf(t.charAt(k - 1)) >= 0) {
      k--;
    }
    for (String w : MODEL_WORDS) {
      if (k >= w.length() && CaseFold.regionMatches(t, k - w.length(), w) && k < s) {
        afterModelWord = true;
      }
    }
    boolean stated = (points || paren || afterModelWord) && (afterModelWord || modelCue(t, paren ? s - 1 : s));
    if (!stated) {
      stated = (paren && points && modelCue(t, Figures.skipSpacesBack(t, s - 1, 1))) // "GPT-5.1 (70 Punkte)"
          // "trailing Google's Gemini 3.1 Pro (51.2%)", "GigaChat 4 Max (74,9)", "「ELYZA-Thinking 2.0」（0.797）": a
          // value alone in parentheses after a versioned name
          || (paren && percentEnd(t, v.end()) < t.length()
              && (t.charAt(percentEnd(t, v.end())) == ')' || t.charAt(percentEnd(t, v.end())) == '）')
              && versionedNameInClause(t, quotedNameEnd(t, Figures.skipSpacesBack(t, s - 1, 1))))
          || wordBefore(t, s, ELO)
          || (points && wordBefore(t, s, SAME_METRIC)) // "cotomi v2」は同じベンチマークで7.9点"
          // "Mistral Small 4 …, haalt op dezelfde lijst 61,9 en is gratis": a bare value, the clause ends or goes on
          || (wordBefore(t, s, SAME_METRIC) && bareValueEnd(t, v.end()))
          || (points && dashAfterModel(t, s)) // "YandexGPT 5 Pro набрала 83 балла, GigaChat 2 MAX — 81,5 балла"
          || (possessiveModel(t, s) && bareValueEnd(t, v.end())) // "close to GPT-5's 87.1"
          || ((points || percentEnd(t, v.end()) > v.end()) && cueBefore(t, s, CUE_WORDS))
          || (cueBefore(t, s, 0) && pointsLater(t, v.end(), p.langAt(s)))
          // the elliptic end of a comparison: "Gemini 3 Pro von Google auf 1501.", "GPT-5.1 komt daar op 81,2."
          || (cueBefore(t, s, 0) && bareValueEnd(t, v.end()) && versionedNameInClause(t, s))
          // "Op de Engelstalige MMLU-Pro blijft GPT-NL steken op 48,9,": the metric named in the value's clause,
          // a capitalised name between them (not "…1418 Punkte, die Firma auf 1501")
          || (cueBefore(t, s, 0) && bareValueEnd(t, v.end()) && sameClause(t, metricEnd, s)
              && modelLikeWord(t, metricEnd, s))
          // "「Llama 3.3 Swallow 70B」は84.6にとどまった": a value after a quoted Latin name and は/が
          || (jaQuotedModel(t, s) && (points || percentEnd(t, v.end()) > v.end() || jaVerbAfter(t, v.end())))
          // "「Qwen3-32B」の69.8を上回った": the quoted model's value, then a case particle or the clause's end
          || (t.charAt(s - 1) == 'の' && jaQuotedModel(t, s) && v.end() < t.length() && "をにと、。）".indexOf(t.charAt(v.end())) >= 0)
          || tableRow(t, s, v.end()) // "DeepSeek-V3.2 | 66", a row of a table under the metric's caption
          // "tsuzumi 2＝8.12、Takane 2＝8.35": a list of names and values under the metric's caption
          || (s > 1 && (t.charAt(s - 1) == '＝' || t.charAt(s - 1) == '=') && versionedNameInClause(t, s - 1))
          || (points && wordBefore(t, s, WITH_POINTS))
          // "Op MMLU-Pro-NL zakt het model naar 66,4": a change verb and "to" in the clause of a metric named before
          || (wordBefore(t, s, TO) && bareValueEnd(t, v.end()) && changeVerbInClause(t, s))
          // "У Qwen3-Max от Alibaba - 81,9.", bare: "на YandexGPT — 31%" is a share
          || (percentEnd(t, v.end()) == v.end() && bareValueEnd(t, v.end()) && dashAfterModel(t, s));
    }
    if (!stated) {
      int named = comparedModelEnd(t, s, v.end());
      if (named < 0) {
        named = jaResultModelEnd(t, v.end());
      }
      // the span takes in the model, which the linker then finds inside it
      return named < 0 ? null : Fact.score(t.substring(s, named), s, p.langAt(s), v.value(), metric.id(), null);
    }
    return Fact.score(t.substring(s, v.end()), s, p.langAt(s), v.value(), metric.id(), null);
  }

  /** "to" before a score that a verb of change leads to. */
  private static final String[] TO = {"naar", "auf", "to", "до"};
  /** Verbs of a score's change ("zakt het model naar 66,4", "fällt auf 61", "drops to 70"), by word start. */
  private static final List<String> CHANGE_VERBS = List.of("zakt", "zakte", "daalt", "daalde", "stijgt", "steeg",
      "klimt", "klom", "verbetert", "fällt", "fiel", "sinkt", "sank", "steigt", "stieg", "verbessert", "drops",
      "dropped", "falls", "fell", "rises", "rose", "climbs", "climbed", "improves", "improved", "slips", "slipped",
      "пада", "упал", "снижа", "снизил", "раст", "вырос", "поднима", "поднял", "улучшил");

  /** Words for the model in a change of its score: a model word ({@link #MODEL_WORDS}) or a pronoun. */
  private static final List<String> CHANGED_SUBJECTS = List.of("model", "modell", "модел", "it", "es", "он", "она");

  /** The start of the clause ending at {@code s}: past the last of {@code marks}, at most {@code reach} chars back. */
  private static int clauseStart(String t, int s, int reach, String marks) {
    int b = s;
    while (b > 0 && s - b < reach && marks.indexOf(t.charAt(b - 1)) < 0) {
      b--;
    }
    return b;
  }

  /**
   * True when a verb of {@link #CHANGE_VERBS} and the model it is said of (a model word, a pronoun or a versioned
   * name) begin words in the clause before {@code s}: "zakt het model naar 66,4", not "de prijs daalt naar 12".
   */
  private static boolean changeVerbInClause(String t, int s) {
    int b = clauseStart(t, s, 60, ",;:，；：、\n。!?");
    boolean verb = false;
    boolean subject = versionedNameInClause(t, s);
    for (int k = b; k < s; k++) {
      if ((k == 0 || !Character.isLetter(t.charAt(k - 1))) && Character.isLetter(t.charAt(k))) {
        verb |= startsWord(t, k, CHANGE_VERBS, false);
        subject |= startsWord(t, k, CHANGED_SUBJECTS, true);
      }
    }
    return verb && subject;
  }

  /** True when one of {@code words} begins at {@code k}; with {@code whole}, short ones (it, es) as whole words. */
  private static boolean startsWord(String t, int k, List<String> words, boolean whole) {
    for (String w : words) {
      int e = k + w.length();
      if (CaseFold.regionMatches(t, k, w)
          && (!whole || w.length() > 3 || e >= t.length() || !Character.isLetter(t.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Respectively" in the six languages: after the second value of a list ("scored 88.1 and 87.2 respectively"), and
   * in a sentence whose list of models the linker pairs with its list of values.
   */
  public static final String[] RESPECTIVELY = {"respectively", "respectievelijk", "соответственно", "respektive",
      "beziehungsweise", "分别", "分別", "それぞれ"};

  private static boolean wordAt(String t, int k, String[] words) {
    for (String w : words) {
      if (Figures.wordAt(t, k, w)) {
        return true;
      }
    }
    return false;
  }

  /** Joiners of two values of one list ("84 и 87,1 балла", "84 and 87.1", "84分和87.1分", "84 bzw. 87"). */
  private static final String[] VALUE_JOINS = {"и", "and", "und", "en", "bzw.", "/", "和", "与", "與", "、", ",", "，"};

  /**
   * A value joined to the score just before it ({@code previous}, of {@code metric}) by a list joiner, with points,
   * a percentage or the end of its clause after it: the second score of "84 и 87,1 балла соответственно"; the
   * linker pairs such scores with their models.
   */
  private static Fact paired(Passage p, String t, NumberParser.Parsed v, Fact previous, Metrics.Metric metric) {
    if (v.value() > metric.max() || !metric.id().equals(previous.metric()) || v.start() - previous.end() > 8) {
      return null;
    }
    int k = previous.end();
    int pe = pointsEnd(t, k);
    if (pe > k) {
      k = pe;
    } else if (percentEnd(t, k) > k) {
      k = percentEnd(t, k);
    } else if (jaPoints(t, k)) {
      k++;
    }
    String between = t.substring(k, v.start()).strip();
    boolean joined = false;
    for (String w : VALUE_JOINS) {
      joined |= between.equals(w);
    }
    if (!joined || !(pointsEnd(t, v.end()) > v.end() || percentEnd(t, v.end()) > v.end() || jaPoints(t, v.end())
        || bareValueEnd(t, v.end()) || wordAt(t, Figures.skipSpaces(t, v.end(), 1), RESPECTIVELY))) {
      return null;
    }
    return Fact.score(t.substring(v.start(), v.end()), v.start(), p.langAt(v.start()), v.value(), metric.id(), null);
  }

  /**
   * The end of the model named after a compared value ({@link #COMPARED} right before {@code s}, the value,
   * its points or percent if any, a preposition of {@link #COMPARED_FOR}, then a Latin model name of up to
   * {@value #MODEL_NAME_WORDS} words, the first with a capital or a digit), or -1.
   */
  private static int comparedModelEnd(String t, int s, int valueEnd) {
    if (!wordBefore(t, s, COMPARED)) {
      return -1;
    }
    int k = Figures.skipSpaces(t, Math.max(pointsEnd(t, valueEnd), percentEnd(t, valueEnd)), 1);
    int j = -1;
    for (String w : COMPARED_FOR) {
      if (Figures.wordAt(t, k, w)) {
        j = Figures.skipSpaces(t, k + w.length(), 1);
        break;
      }
    }
    if (j <= k) {
      return -1;
    }
    return latinModelNameEnd(t, j);
  }

  /** The end of a Latin model name of up to {@link #MODEL_NAME_WORDS} words starting at {@code j}, or -1. */
  private static int latinModelNameEnd(String t, int j) {
    int end = -1;
    for (int w = 0; w < MODEL_NAME_WORDS; w++) {
      int e = latinNameWord(t, j, w == 0);
      if (e < 0 || !(modelLikeWord(t, j, e) || (end > 0 && NAME_SUFFIXES.contains(t.substring(j, e).toLowerCase(Locale.ROOT))))) {
        break;
      }
      end = e;
      if (e >= t.length() || t.charAt(e) != ' ') {
        break;
      }
      j = e + 1;
    }
    return end;
  }

  /** Japanese result verbs in the attributive form, before the model they describe ("0.812を記録したtsuzumi 3"). */
  private static final String[] JA_ATTRIBUTIVE = {"を記録した", "を獲得した", "を達成した", "をマークした", "を出した"};

  /**
   * "0.812を記録したtsuzumi 3": the end of the Latin model name (in 「」 or not) after a value and an attributive
   * result verb, or -1; the span runs on over the name for the linker to find the model there.
   */
  private static int jaResultModelEnd(String t, int valueEnd) {
    int k = jaPoints(t, valueEnd) ? valueEnd + 1 : valueEnd;
    for (String w : JA_ATTRIBUTIVE) {
      if (t.startsWith(w, k)) {
        int j = k + w.length();
        boolean quoted = j < t.length() && t.charAt(j) == '「';
        int from = quoted ? j + 1 : j;
        int end = from;
        // a Latin name runs up to the Japanese after it: "tsuzumi 3が", "GPT-5.5」"
        while (end < t.length() && end - from < 40 && (asciiLetter(t.charAt(end)) || asciiDigit(t.charAt(end))
            || " .-_+".indexOf(t.charAt(end)) >= 0)) {
          end++;
        }
        while (end > from && " .-".indexOf(t.charAt(end - 1)) >= 0) {
          end--;
        }
        if (end == from || !asciiLetter(t.charAt(from)) || !modelLikeWord(t, from, end)) {
          return -1;
        }
        return quoted && end < t.length() && t.charAt(end) == '」' ? end + 1 : end;
      }
    }
    return -1;
  }

  /**
   * True when a comparison word ({@link #COMPARED}) stands as a word in {@code [from, to)}: a model named after
   * it belongs to the compared value, not to a score before it ("MMLU 58,4 procent, tegen 66,1 procent voor
   * Llama 3.1 70B": 58,4 is not Llama's).
   */
  public static boolean comparedBetween(String t, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (k > 0 && Currencies.wordChar(t.charAt(k - 1))) {
        continue;
      }
      for (String w : COMPARED) {
        if (k + w.length() <= to && Figures.wordAt(t, k, w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Before a closing quote at {@code k - 1} ("「Sarashina3」（"), the end of the name inside; else {@code k}. */
  private static int quotedNameEnd(String t, int k) {
    return k > 0 && "」』\"”»".indexOf(t.charAt(k - 1)) >= 0 ? k - 1 : k;
  }


  /** True when no clause or sentence ends in {@code [from, to)} and it is at most 120 chars long. */
  private static boolean sameClause(String t, int from, int to) {
    if (to - from > 120 || from > to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (",;:，；：、\n。!?".indexOf(c) >= 0 || c == '.' && k + 1 < t.length() && t.charAt(k + 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /** Japanese verbs right after a value that state it as a result ("84.6にとどまった", "72.3を記録"). */
  private static final String[] JA_RESULT_VERBS = {"にとどま", "を記録", "となった", "となり", "だった", "を獲得",
      "を達成", "で首位", "でトップ"};

  /** Ranks a few chars after "で" that make the value before it a result ("0.845で全体首位"). */
  private static final String[] JA_RANKS = {"首位", "トップ", "1位"};

  private static boolean jaVerbAfter(String t, int k) {
    for (String w : JA_RESULT_VERBS) {
      if (t.startsWith(w, k)) {
        return true;
      }
    }
    if (t.startsWith("で", k)) { // "0.845で全体首位を保った": a short word before the rank
      int to = Math.min(t.length(), k + 6);
      for (String r : JA_RANKS) {
        int at = t.indexOf(r, k + 1);
        if (at > 0 && at + r.length() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when 「Latin name」 and は, が, も or の stand right before {@code s} ("「Llama 3.3 Swallow 70B」は"). */
  private static boolean jaQuotedModel(String t, int s) {
    if (s < 3 || "はがもの".indexOf(t.charAt(s - 1)) < 0 || t.charAt(s - 2) != '」') {
      return false;
    }
    int open = -1;
    for (int k = s - 3; k >= Math.max(0, s - 42); k--) {
      if (t.charAt(k) == '「') {
        open = k;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int k = open + 1; k < s - 2; k++) {
      char c = t.charAt(k);
      if (!(asciiLetter(c) || asciiDigit(c) || c == ' ' || c == '-' || c == '.')) {
        return false;
      }
    }
    return modelLikeWord(t, open + 1, s - 2) && versionedNameInClause(t, s - 2);
  }

  /** ja "7.9点" (not a decimal point: "89点5"). */
  private static boolean jaPoints(String t, int k) {
    return k < t.length() && t.charAt(k) == '点' && (k + 1 >= t.length() || NumberParser.digit(t.charAt(k + 1)) < 0);
  }

  /**
   * True when a Latin word with a digit ("Gemini 3 Pro", "GPT-5.1") stands before {@code s} in its clause (back
   * to a comma, a clause mark or at most 60 chars).
   */
  private static boolean versionedNameInClause(String t, int s) {
    int from = Math.max(0, s - 60);
    boolean digit = false;
    boolean relative = false;
    for (int k = s - 1; k >= from; k--) {
      char c = t.charAt(k);
      if (",;:.!?(\n。，".indexOf(c) >= 0 && !(c == '.' && k > 0 && asciiDigit(t.charAt(k - 1)))) {
        if (c == ',' && !relative && relativeAfter(t, k + 1)) {
          relative = true; // "Google's Gemini 3 Flash, which scored 64.5": the name the relative clause is on
          from = Math.max(0, k - 60);
          digit = false;
          continue;
        }
        return false;
      }
      if (c == '-' && k > 0 && asciiLetter(t.charAt(k - 1)) && k + 1 < s && t.charAt(k + 1) >= 'A'
          && t.charAt(k + 1) <= 'Z' && (k + 2 >= t.length() || !asciiLetter(t.charAt(k + 2)))) {
        return true; // "Sarvam-M": a dash and one capital letter
      }
      if (asciiDigit(c)) {
        digit = true;
      } else if (digit && asciiLetter(c)) {
        return true; // "GPT-5", "Gemini 3": a letter before the digits
      } else if (c == ' ' && digit && k > 0 && asciiLetter(t.charAt(k - 1))) {
        return true;
      } else if (!(c == '-' || c == '.' || c == ' ')) {
        digit = false;
      }
    }
    return false;
  }

  /**
   * True when the value is the last cell of a table row whose first cell is a Latin model name with a version
   * digit, as the reader renders a data table: "DeepSeek-V3.2 | 66" (cells joined by " | ", one row per line).
   */
  private static boolean tableRow(String t, int s, int valueEnd) {
    int e = Figures.skipSpaces(t, valueEnd, 1);
    if (e < t.length() && t.charAt(e) != '\n' && t.charAt(e) != '\r') {
      return false;
    }
    int bar = Figures.skipSpacesBack(t, s, 1);
    if (bar == s || bar == 0 || t.charAt(bar - 1) != '|') {
      return false;
    }
    int cellEnd = Figures.skipSpacesBack(t, bar - 1, 1);
    int lineStart = t.lastIndexOf('\n', cellEnd - 1) + 1;
    return cellEnd > lineStart && t.indexOf('|', lineStart) == bar - 1 && latinModelBefore(t, cellEnd)
        && versionedNameInClause(t, cellEnd + 1);
  }

  /**
   * The metric of a value that is a whole cell (with "%", "％" or points after it) of a table row, not its first
   * cell: the metric named at the start of its column's header cell ("モデル | Japanese MT-Bench | AIME
   * 2025（正答率）" over "PLaMo 3 Prime | 8.71 | 72.5％"), or, in a table with a row per metric, the metric named
   * by the row's first cell ("SEA-HELM | 68.4 | 51.2" under "Metric | SEA-LION v4.5 | Sarvam 2"). Null otherwise.
   * Such a score's span is the value alone: the linker keeps it only with a model, of the row or of the column.
   */
  private Metrics.Metric columnMetric(String t, NumberParser.Parsed v) {
    int after = v.end();
    after = Math.max(after, Math.max(percentEnd(t, after), pointsEnd(t, after)));
    if (jaPoints(t, after)) {
      after++;
    }
    TableCells.Cell cell = TableCells.wholeCell(t, v.start(), after);
    if (cell == null || cell.headerStart() == cell.rowStart()) {
      return null;
    }
    Span head = TableCells.cellAt(t, cell.headerStart(), cell.column());
    Metrics.Metric m = head == null ? null : metricAtStart(t, head.start());
    if (m != null) {
      return m;
    }
    Span first = TableCells.cellAt(t, cell.rowStart(), 0);
    m = first == null || head == null || head.start() == head.end() ? null : metricAtStart(t, first.start());
    if (m != null || head == null) {
      return m;
    }
    m = unlistedColumn(t, cell, head);
    return m != null ? m : captionMetric(t, cell, head);
  }

  /** Column headers that are no scores of a table's caption metric (parameters, prices, ranks, dates...). */
  private static final List<String> NOT_SCORE_COLUMNS = List.of("rank", "param", "price", "preis", "prijs", "cost",
      "kosten", "context", "token", "year", "jahr", "jaar", "date", "datum", "release", "licen", "speed", "latency",
      "length", "votes", "size", "参数", "價格", "价格", "上下文", "排名", "排行", "发布", "發布", "パラメータ", "価格",
      "順位", "公開", "цена", "стоимость", "параметр", "место", "дата", "контекст");

  /**
   * The metric a table's caption line names ("Лидеры MERA …", "SuperCLUE 11月榜单（部分）"), for a column whose
   * header names none: its columns are the metric's total and sub-scores ("Общий балл", "数学推理"), unless the
   * header says otherwise ({@link #NOT_SCORE_COLUMNS}). Null when the line before the header is no caption naming a
   * metric.
   */
  private Metrics.Metric captionMetric(String t, TableCells.Cell cell, Span head) {
    String header = t.substring(head.start(), head.end()).toLowerCase(Locale.ROOT);
    if (header.isBlank() || NumberParser.digit(header.charAt(0)) >= 0) {
      return null;
    }
    for (String w : NOT_SCORE_COLUMNS) {
      if (header.contains(w)) {
        return null;
      }
    }
    int end = cell.headerStart() - 1;
    while (end > 0 && (t.charAt(end - 1) == '\n' || t.charAt(end - 1) == '\r' || t.charAt(end - 1) == ' ')) {
      end--;
    }
    int start = end <= 0 ? 0 : t.lastIndexOf('\n', end - 1) + 1;
    if (end <= start || end - start > CAPTION_MAX || t.substring(start, end).contains(TableCells.CELL)) {
      return null;
    }
    for (int k = start; k < end; k++) {
      Mention mention = mentionAt(t, k);
      if (mention != null && mention.end() <= end) {
        return mention.metric();
      }
    }
    return null;
  }

  /** Longest caption line (chars) read for a table's metric. */
  private static final int CAPTION_MAX = 120;

  /** Header words of columns that hold numbers but no scores ("Params", "Preis", "Context"). */
  private static final Set<String> NOT_METRICS = Set.of("rank", "ranking", "params", "parameters", "parameter", "size",
      "price", "prices", "preis", "prijs", "cost", "costs", "kosten", "context", "tokens", "year", "jahr", "jaar", "date",
      "model", "modell", "score", "scores", "total", "gesamt", "totaal", "average", "avg", "mean", "votes", "n",
      "no", "nr", "id", "release", "released", "license", "licence", "open", "weights", "speed", "latency", "length");

  /**
   * A column whose header names a benchmark the lexicon lacks ("TW-Knowledge"), in a table where another column's
   * header is a listed metric (the header row says the table is one of benchmark results): a metric with the
   * header's slug as id and no maximum. The header must be a Latin name with a capital ("TW-Knowledge", "KoBEST"),
   * at most 30 chars before any bracket, not a word of {@link #NOT_METRICS}; null otherwise.
   */
  private Metrics.Metric unlistedColumn(String t, TableCells.Cell cell, Span head) {
    int e = head.start();
    while (e < head.end() && e - head.start() <= 30 && (asciiLetter(t.charAt(e)) || asciiDigit(t.charAt(e))
        || "+-. ".indexOf(t.charAt(e)) >= 0)) {
      e++;
    }
    String name = t.substring(head.start(), e).strip();
    if (name.length() < 2 || !asciiLetter(name.charAt(0)) || !modelLikeWord(name, 0, name.length())
        || (e < head.end() && "(（[".indexOf(t.charAt(e)) < 0)) {
      return null;
    }
    for (String w : name.toLowerCase(Locale.ROOT).split("[ .+-]+")) {
      if (NOT_METRICS.contains(w)) {
        return null;
      }
    }
    boolean listed = false;
    for (int c = 1; c < 12 && !listed; c++) {
      Span other = c == cell.column() ? null : TableCells.cellAt(t, cell.headerStart(), c);
      if (other == null && c > cell.column()) {
        break;
      }
      listed = other != null && metricAtStart(t, other.start()) != null;
    }
    if (!listed) {
      return null;
    }
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+.]+", "-").replace("+", "-plus")
        .replaceAll("^-|-$", "");
    return new Metrics.Metric(id, name, List.of(name), Double.MAX_VALUE);
  }

  /** The metric named at {@code k}, past opening quotes, or null. */
  private Metrics.Metric metricAtStart(String t, int k) {
    while (k < t.length() && "「『\"“„«".indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    Mention m = k < t.length() ? mentionAt(t, k) : null;
    return m == null ? null : m.metric();
  }

  /** Words that name a model's maker between the model and a dash ("GigaChat 2 MAX от Сбербанка - 74,8 балла"). */
  private static final String[] MAKER_WORDS = {"от", "von", "van", "of", "from", "by"};

  /**
   * True when a dash ("—", "–", or " - " between spaces) stands right before {@code s} with a Latin model name
   * before it ("GigaChat 2 MAX — "), possibly followed by its maker in one or two words ("от Сбербанка").
   */
  private static boolean dashAfterModel(String t, int s) {
    int d = Figures.skipSpacesBack(t, s, 1);
    if (d == s || d == 0) {
      return false;
    }
    char dash = t.charAt(d - 1);
    if (dash != '—' && dash != '–' && !(dash == '-' && d >= 2 && t.charAt(d - 2) == ' ')) {
      return false;
    }
    int e = Figures.skipSpacesBack(t, d - 1, 1);
    if (e == d - 1) {
      return false;
    }
    if (latinModelBefore(t, e)) {
      return true;
    }
    int k = e; // "от Сбербанка", "von Google DeepMind"
    for (int w = 0; w < 2; w++) {
      int b = k;
      while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
        b--;
      }
      if (b == k || b == 0 || t.charAt(b - 1) != ' ') {
        return false;
      }
      int before = b - 1;
      for (String m : MAKER_WORDS) {
        int mb = before - m.length();
        if (mb > 0 && t.startsWith(m, mb) && t.charAt(mb - 1) == ' ' && latinModelBefore(t, mb - 1)) {
          return true;
        }
      }
      k = before;
    }
    return false;
  }

  /** True when a Latin model name in the possessive stands right before {@code s} ("GPT-5's ", "Claude’s "). */
  private static boolean possessiveModel(String t, int s) {
    int e = Figures.skipSpacesBack(t, s, 1);
    if (e == s || e < 3 || t.charAt(e - 1) != 's' || (t.charAt(e - 2) != '\'' && t.charAt(e - 2) != '’')) {
      return false;
    }
    return latinModelBefore(t, e - 2);
  }

  /** True when a model-like Latin word ("GPT-5", "MAX", "V3.2") ends at {@code e}. */
  private static boolean latinModelBefore(String t, int e) {
    int b = e;
    while (b > 0 && (asciiLetter(t.charAt(b - 1)) || asciiDigit(t.charAt(b - 1)) || nameChar(t, b - 1))) {
      b--;
    }
    return b < e && modelLikeWord(t, b, e);
  }

  /**
   * True when nothing but a clause mark or the end follows a bare value at {@code k}, or points or a percentage:
   * "GPT-5's 87.1," is a score, "GPT-5's 87.1 million users" is not.
   */
  private static boolean bareValueEnd(String t, int k) {
    if (pointsEnd(t, k) > k || percentEnd(t, k) > k) {
      return true;
    }
    int j = Figures.skipSpaces(t, k, 1);
    if (j < t.length() && j > k) {
      for (String w : CLAUSE_JOINS) {
        if (Figures.wordAt(t, j, w)) {
          return true; // "behind Gemini 3.1 Pro at 1,492 and ahead of GLM-5"
        }
      }
    }
    return j >= t.length() || ",;.)!?\n".indexOf(t.charAt(j)) >= 0 && (t.charAt(j) != '.'
        || j + 1 >= t.length() || NumberParser.digit(t.charAt(j + 1)) < 0);
  }

  /**
   * Relative pronouns that open a clause on the name before the comma ("Gemini 3 Flash, which scored 64.5"); not
   * the German and Dutch ones, which are also articles ("…1418 Punkte, die Firma auf 1501").
   */
  private static final String[] RELATIVES = {"which", "который", "которая", "которое"};

  /** True when a relative pronoun ({@link #RELATIVES}) starts at {@code k} (one space allowed before it). */
  public static boolean relativeAfter(String t, int k) {
    int j = Figures.skipSpaces(t, k, 1);
    for (String w : RELATIVES) {
      if (Figures.wordAt(t, j, w)) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that end a bare value's clause as a comma does ("at 1,492 and ahead of", "met 66,2 beter;"). */
  private static final String[] CLAUSE_JOINS = {"and", "but", "while", "und", "aber", "während", "en", "maar",
      "terwijl", "и", "а", "но", "beter", "better", "besser", "hoger", "higher", "höher"};

  /** The end of a percent sign or word after {@code k} (one space allowed before a word), or {@code k}. */
  private static int percentEnd(String t, int k) {
    if (k < t.length() && (t.charAt(k) == '%' || t.charAt(k) == '％')) {
      return k + 1;
    }
    if (t.startsWith("パーセント", k)) {
      return k + "パーセント".length();
    }
    int j = Figures.skipSpaces(t, k, 1);
    for (String w : PERCENT_WORDS) {
      if (Figures.wordAt(t, j, w)) {
        return j + w.length();
      }
    }
    return k;
  }

  /** True when one of {@code words} ends right before {@code s} (spaces between allowed). */
  private static boolean wordBefore(String t, int s, String[] words) {
    int e = Figures.skipSpacesBack(t, s, 2);
    for (String w : words) {
      int b = e - w.length();
      if (b >= 0 && CaseFold.regionMatches(t, b, w) && (b == 0 || !Currencies.wordChar(w.charAt(0))
          || !Currencies.wordChar(t.charAt(b - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a score verb ({@link #CUES}) stands before {@code s}, with at most {@code words} words between it
   * and the value, no clause mark (",", ";", "(", "。"...) and no share word in between; or a preposition of
   * {@link #CUE_PREPOSITIONS} right before it. In CJK text the verb stands right before the value.
   */
  static boolean cueBefore(String t, int s, int words) {
    if (wordBefore(t, s, CUE_PREPOSITIONS)) {
      return true;
    }
    int k = s;
    for (int w = 0; w <= words; w++) {
      if (wordBefore(t, k, CUES)) {
        return true;
      }
      int e = Figures.skipSpacesBack(t, k, 2);
      if (e == k && w > 0) {
        return false; // no space before this word: a clause mark or CJK text
      }
      int b = e;
      while (b > 0 && nameChar(t, b - 1)) {
        b--;
      }
      if (b == e || SHARE_WORDS.contains(t.substring(b, e).toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      k = b;
    }
    return false;
  }

  /** A char of a word or a number ("Werkzeuge", "GPT-5.1", "4.5"): letters, digits, and - . inside. */
  private static boolean nameChar(String t, int k) {
    char c = t.charAt(k);
    if (Currencies.wordChar(c) || NumberParser.digit(c) >= 0) {
      return true;
    }
    return (c == '-' || c == '.') && k > 0 && k + 1 < t.length()
        && (Currencies.wordChar(t.charAt(k - 1)) || NumberParser.digit(t.charAt(k - 1)) >= 0)
        && (Currencies.wordChar(t.charAt(k + 1)) || NumberParser.digit(t.charAt(k + 1)) >= 0);
  }

  /** True when a value with points follows within {@value #POINTS_LATER} chars of the same clause. */
  private static boolean pointsLater(String t, int k, String lang) {
    int to = Math.min(t.length(), k + POINTS_LATER);
    int j = k;
    while (j < to) {
      char c = t.charAt(j);
      if (".;:!?。；：\n".indexOf(c) >= 0) {
        return false;
      }
      if (NumberParser.digit(c) >= 0 && Figures.canStartNumber(t, j, lang)) {
        NumberParser.Parsed v = NUMBERS.parseArabic(t, j, lang);
        if (v.valid() && pointsEnd(t, v.end()) > v.end()) {
          return true;
        }
        j = Math.max(j + 1, v.end());
        continue;
      }
      j++;
    }
    return false;
  }

  /**
   * A model word in the 20 chars before {@code k} (same clause), or a Latin model token right before it (a
   * closing quote or a possessive 的/の may stand between).
   */
  private static boolean modelCue(String t, int k) {
    int q = k;
    if (q > 0 && (t.charAt(q - 1) == '的' || t.charAt(q - 1) == 'の')) {
      q--; // a possessive: "DeepSeek-V3.2的89.3分"
    }
    while (q > 0 && q > k - 3 && "」』\"”»".indexOf(t.charAt(q - 1)) >= 0) {
      q--; // a quoted name: "「GPT-4o」（71.3点）"
    }
    if (q > 0 && (Currencies.wordChar(t.charAt(q - 1)) || NumberParser.digit(t.charAt(q - 1)) >= 0)) {
      return true;
    }
    int from = Math.max(0, k - 20);
    for (int j = k - 1; j >= from; j--) {
      char c = t.charAt(j);
      if (c == '。' || c == '\n' || c == '.' || c == '!' || c == '?') {
        return false;
      }
      for (String w : MODEL_WORDS) {
        if (CaseFold.regionMatches(t, j, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int pointsEnd(String t, int k) {
    int j = Figures.skipSpaces(t, k, 1);
    for (String w : POINTS) {
      if (Figures.wordAt(t, j, w)) {
        return j + w.length();
      }
    }
    return k;
  }

  /** True when the value is really something else: a year, a date, a percentage of another kind, a word part. */
  private static boolean followedByOtherUnit(String t, int k) {
    if (k >= t.length()) {
      return false;
    }
    char c = t.charAt(k);
    return "年月日位番倍人社億万兆亿项項个個次名款家".indexOf(c) >= 0 || (Currencies.wordChar(c) && !startsPoints(t, k));
  }

  /** Words after a value's points that make it the scale's top or a change, not a score. */
  private static final String[] SCALE_OR_CHANGE_AFTER = {"満点", "点満点", "ポイント向上", "ポイント上昇", "ポイント改善",
      "ポイントアップ", "ポイント低下", "ポイント増", "ポイント減", "分满分", "分滿分", "满分", "滿分"};
  /**
   * Words right before a value that make it a difference or a change against another model ("比DeepSeek-V4高9分":
   * 9 points more; "领先3分"; "前モデル比で6.3ポイント向上").
   */
  private static final String[] CHANGE_BEFORE = {"高出", "高", "低", "多", "少", "领先", "領先", "落后", "落後", "比で",
      "比で約", "比", "より", "差は"};

  /**
   * True when the value is the top of a scale ("（5点満点）", "10分满分"), a difference or a change ("比DeepSeek-V4高9分",
   * "前モデル比で6.3ポイント向上", "6.3ポイント向上"): no score.
   */
  private static boolean scaleOrChange(String t, int start, int end) {
    for (String w : SCALE_OR_CHANGE_AFTER) {
      if (t.startsWith(w, end)) {
        return true;
      }
    }
    for (String w : CHANGE_BEFORE) {
      if (start >= w.length() && t.startsWith(w, start - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Words of a goal before a value in its clause ("目標是超過80分", "aims for 85", "streeft naar 80"). */
  private static final List<String> TARGET_BEFORE = List.of("目标", "目標", "target", "aim", "goal",
      "streeft", "doel", "ziel", "angestrebt", "цель", "нацелен", "планирует достичь");
  /** Words of a goal after a value ("80点を目指す", "80 anpeilen"). */
  private static final List<String> TARGET_AFTER = List.of("を目指", "目指", "anpeilen", "erreichen will");

  /** True when the score is a goal, not a result: a target word in the clause before it, or one right after it. */
  private static boolean target(String t, int start, int end) {
    int b = clauseStart(t, start, 40, ",，;；。.:：!?！？|\n");
    String before = t.substring(b, start).toLowerCase(java.util.Locale.ROOT);
    for (String w : TARGET_BEFORE) {
      for (int i = before.indexOf(w); i >= 0; i = before.indexOf(w, i + 1)) {
        if (i == 0 || !Character.isLetter(before.charAt(i - 1)) || Character.isIdeographic(w.charAt(0))) {
          return true; // at a word's start: "Ziel", not "erzielte"
        }
      }
    }
    int e = Math.min(t.length(), end + 12);
    String after = t.substring(end, e);
    for (String w : TARGET_AFTER) {
      if (after.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsPoints(String t, int k) {
    return wordAt(t, k, POINTS);
  }
}
