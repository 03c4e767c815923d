package newsfacts.extract.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;
import newsfacts.extract.TableCells;
import newsfacts.extract.figures.FxRates;
import newsfacts.extract.figures.ScoreExtractor;

/**
 * Links the facts of one passage after every extractor has run. It is pure and thread-safe.
 *
 * <ul>
 *   <li><b>Money, usd</b>: {@code usd} = amount converted with the FX table, {@code fxDate} its date (left
 *       null for a currency without a rate).
 *   <li><b>Money, companies</b>: the ids of the companies of the figure's sentence, COMPANY facts and the
 *       vendors of MODEL facts alike. The likely subject comes first: the first company of the sentence
 *       before the figure (the grammatical subject of "Meta kocht Manus voor $2 miljard"); the others follow
 *       by distance to the figure.
 *   <li><b>Money, sameAs</b>: "$600 miljard (€510 miljard)" states one amount twice; each of the two facts
 *       lists the other's start offset. Only a money fact in parentheses right after another one, in another
 *       currency, counts.
 *   <li><b>Scores, model</b>: the MODEL fact enclosing the score, else the first one inside the score's span
 *       ("индекс интеллекта модели DeepSeek-R1 составил 89 баллов"), else the nearest one before it in the
 *       sentence, else (for a score that names its metric) the nearest one after it. Two exceptions before the
 *       nearest one: a model word standing for a model named before ({@link #ANAPHORS}: "das Modell", "the
 *       model", "модель", "该模型") between that model and the score takes the sentence's first model before
 *       it, or the previous sentence's first model ("In den Benchmarks liegt Gemini 3 Pro vorn. Bei HLE
 *       erreicht das Modell 37,5 Prozent"); and a second score of a sentence with no model named since the
 *       first takes the first one's model ("в MMLU модель набрала 86 баллов, а в MMLU-Pro — 68,4"). "The
 *       latter" ("dat laatste model") takes the last model named before, not the first; a company's model word
 *       ("Das Mistral-Modell", "阿里的模型", "модель Сбера") takes that company's last model named before. A model set against
 *       the subject by a contrast word ("ahead of Google's Gemini 3 Pro, and scored 44.4%") is passed over
 *       when a comma separates it from the score and another model stands before it; the nearest model after
 *       an explicit score is not taken across a semicolon, a comparison word or a contrast word ("58,7 Prozent
 *       im MMLU-Pro-Test, deutlich hinter Llama 4 Maverick"). A score
 *       found by context only ({@link ScoreExtractor#foundByContext}) without a model is dropped.
 *   <li><b>Unknown models</b>: an explicit score still without a model takes a name shaped like a model's
 *       ({@link ModelNames}: "Quorra-2-Instruct erreicht 58,7 Prozent") before it in its clause or inside its
 *       span. The name and its other mentions in the passage become MODEL facts with {@code known: false}.
 * </ul>
 * The result is sorted by start offset; facts of other types pass through unchanged, except a company fact
 * at the start of an unknown model's name ("Lightblue" of "Lightblue-8B"), which becomes the model's vendor.
 */
public final class FactLinker {
  private static final String[] PAIR_WORDS = {"ca.", "circa", "about", "ongeveer", "rund", "etwa", "около",
      "约合", "约", "約", "≈", "~", "or", "of", "oder", "или"};

  /**
   * Model words that refer back to a model named before them; Russian has no article, so the bare word is one
   * (a name after it is a model fact nearer to the score, which wins).
   */
  private static final String[] FIRST_ANAPHORS = {"das Modell", "dem Modell", "the model", "het model", "модель",
      "the new model", "het nieuwe model", "das neue Modell", "it", "новинка", "новая модель", "该模型", "此模型", "这一模型",
      "这款模型", "該模型", "新模型", "同モデル", "このモデル", "新モデル", "本モデル"};
  /** Anaphors that stand for the last model named before them, not the first ("the latter"). */
  private static final String[] LATTER_ANAPHORS = {"dat laatste model", "laatstgenoemde model", "the latter model",
      "the latter", "letzteres Modell", "das letztgenannte Modell"};
  /** All anaphors: those of the first model, then {@link #LATTER_ANAPHORS}. */
  static final String[] ANAPHORS = java.util.stream.Stream.concat(java.util.Arrays.stream(FIRST_ANAPHORS),
      java.util.Arrays.stream(LATTER_ANAPHORS)).toArray(String[]::new);
  /**
   * Words that set a model against the subject ("ahead of Google's Gemini 3 Pro, and scored 44.4%": 44.4 is
   * not Gemini's), with the comparison words of {@link ScoreExtractor#comparedBetween}.
   */
  private static final String[] CONTRAST = {"ahead of", "behind", "than", "hinter", "vor", "achter", "позади",
      "опережая", "уступая", "领先", "落后", "超越"};
  /**
   * Per anaphor, whether it must stand as a whole phrase: Latin and Cyrillic ones ("Modelle" and "моделью"
   * are not "Modell" and "модель"); Chinese and Japanese ones run on into the text around them without a
   * break ("ではこのモデルは").
   */
  private static final boolean[] WHOLE_PHRASE = wholePhrase();
  /** The first chars of the anaphors, both cases (BMP chars below U+A000 only: all of them are). */
  private static final boolean[] ANAPHOR_FIRST = firstChars(ANAPHORS);

  private static boolean[] firstChars(String[] words) {
    boolean[] out = new boolean[0xA000];
    for (String w : words) {
      char c = w.charAt(0);
      out[Character.toLowerCase(c)] = true;
      out[Character.toUpperCase(c)] = true;
    }
    return out;
  }

  private static boolean[] wholePhrase() {
    boolean[] out = new boolean[ANAPHORS.length];
    for (int i = 0; i < ANAPHORS.length; i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(ANAPHORS[i].charAt(0));
      out[i] = s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC;
    }
    return out;
  }
  /**
   * How far before a score (chars) an anaphoric model word is looked for: it stands in the score's clause
   * ("erreicht das Modell ohne Werkzeuge 37,5 Prozent"), and a bound keeps a sentence of thousands of scores linear.
   */
  static final int ANAPHOR_REACH = 100;

  private static final Comparator<Fact> BY_SPAN = (a, b) -> a.start() != b.start()
      ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());

  /** Keys ({@link ModelNames#key}) of every metric name: never read as a model's. */
  private final Set<String> metricKeys;

  /** A linker that knows no metric names (tests of linking alone). */
  public FactLinker() {
    this(List.of());
  }

  /** A linker for scores of metrics named by {@code metricNames} (every alias of {@code metrics.jsonl}). */
  public FactLinker(List<String> metricNames) {
    this.metricKeys = Set.copyOf(ModelNames.keys(metricNames));
  }

  /** Links {@code facts} (of {@code passage}) and returns the linked list. */
  public List<Fact> link(Passage passage, List<Fact> facts, FxRates fx) {
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(BY_SPAN);
    List<Fact> entities = new ArrayList<>();
    List<Fact> models = new ArrayList<>();
    List<Fact> money = new ArrayList<>();
    List<Fact> companies = new ArrayList<>();
    for (Fact f : sorted) {
      if (f.type() == FactType.COMPANY) {
        companies.add(f);
      }
      if (f.type() == FactType.COMPANY || (f.type() == FactType.MODEL && f.company() != null)) {
        entities.add(f);
      }
      if (f.type() == FactType.MODEL) {
        models.add(f);
      }
      if (f.type() == FactType.MONEY) {
        money.add(f);
      }
    }
    Map<Integer, List<Integer>> same = sameAs(passage.text(), money);
    List<Fact> out = new ArrayList<>(sorted.size());
    Fact lastScore = null;
    Unknowns unknowns = null; // made when a score first lacks a model
    List<Fact> scores = new ArrayList<>(); // linked so far
    for (Fact f : sorted) {
      switch (f.type()) {
        case MONEY -> out.add(linkMoney(passage, f, entities, same, fx));
        case SCORE -> {
          Fact s = null;
          TableCells.Cell cell = f.model() == null ? TableCells.wholeCell(passage.text(), f.start(), f.end()) : null;
          if (cell != null && cell.headerStart() == cell.rowStart()) {
            cell = null; // a header cell
          }
          Span header = cell == null ? null : columnHeader(passage, cell, models);
          if (header != null) { // a table with a row per metric: the model heads the value's column
            Fact m = firstModel(models, header.start(), header.end());
            if (m == null) {
              if (unknowns == null) {
                unknowns = new Unknowns(passage, sorted);
              }
              m = unknowns.headerName(header);
              if (m != null) {
                models.add(firstAtOrAfter(models, m.start()), m);
              }
            }
            s = m == null ? null : f.withModel(m.id());
          }
          if (s == null && cell != null) {
            // a row's model is its first one, not a family named in the maker's column ("TAIDE-LX-9B | 國科會 TAIDE 計畫")
            Fact m = firstModel(models, cell.rowStart(), f.start());
            s = m == null ? null : f.withModel(m.id());
          }
          if (s == null) {
            s = linkScore(passage, f, models, companies, lastScore, scores);
          }
          if (s != null && s.model() == null) {
            if (unknowns == null) {
              unknowns = new Unknowns(passage, sorted);
            }
            Fact m = unknowns.subject(s, metricKeys);
            if (m != null) {
              models.add(firstAtOrAfter(models, m.start()), m);
              s = s.withModel(m.id());
            } else {
              String carried = carried(passage, s, models, lastScore);
              if (carried != null) {
                s = s.withModel(carried);
              }
            }
          }
          if (s != null) {
            out.add(s);
            scores.add(s);
            lastScore = s;
          }
        }
        default -> out.add(f);
      }
    }
    respectively(passage, out, models);
    return unknowns == null || unknowns.named.isEmpty() ? out : unknowns.merge(out);
  }

  /** Words that pair a list of models with a list of values in order. */
  private static final String[] RESPECTIVELY = ScoreExtractor.RESPECTIVELY;
  private static final boolean[] RESPECTIVELY_FIRST = firstChars(RESPECTIVELY);

  /** What may stand between two models of a list ("Qwen3-235B-A22B и DeepSeek-V3.2", "A、B"). */
  private static final java.util.Set<String> MODEL_LIST_JOINS = java.util.Set.of(",", "and", "und", "en", "и", "和",
      "与", "與", "及", "、", "，", "/", "or", "oder", "или", "&");
  /** Most chars between the last model of a list and its first value ("— ", " scored ", "分别为"). */
  private static final int RESPECTIVE_GAP = 40;

  /**
   * "Qwen3-235B-A22B и DeepSeek-V3.2 — 84 и 87,1 балла соответственно", "A and B scored 84 and 87.1,
   * respectively", "A和B分别得到84分和87.1分": in a sentence with a word of {@link #RESPECTIVELY}, a list of
   * n models followed by n scores with no model between them gives the i-th score the i-th model.
   */
  private static void respectively(Passage p, List<Fact> out, List<Fact> models) {
    String t = p.text();
    int checked = -1;
    for (int i = 0; i < out.size(); i++) {
      Fact first = out.get(i);
      if (first.type() != FactType.SCORE) {
        continue;
      }
      Span sentence = p.sentenceAt(first.start());
      if (sentence.start() == checked) {
        continue; // a sentence without the word, already looked at
      }
      if (!containsAny(t, sentence.start(), sentence.end(), RESPECTIVELY)) {
        checked = sentence.start();
        continue;
      }
      List<Integer> scores = new ArrayList<>();
      int j = i;
      for (; j < out.size() && out.get(j).start() < sentence.end(); j++) {
        Fact f = out.get(j);
        if (f.type() == FactType.SCORE) {
          scores.add(j);
        } else if (f.type() == FactType.MODEL) {
          break;
        }
      }
      int k = firstAtOrAfter(models, first.start()) - 1; // the list of models right before the first score
      List<Fact> list = new ArrayList<>();
      if (k >= 0 && models.get(k).start() >= sentence.start() && first.start() - models.get(k).end() <= RESPECTIVE_GAP) {
        list.add(models.get(k));
        while (k > 0 && models.get(k - 1).start() >= sentence.start()
            && listJoin(t.substring(models.get(k - 1).end(), models.get(k).start()).strip()
                .toLowerCase(java.util.Locale.ROOT))) {
          list.add(0, models.get(--k));
        }
      }
      if (list.size() >= 2 && list.size() == scores.size()) {
        for (int n = 0; n < scores.size(); n++) {
          out.set(scores.get(n), out.get(scores.get(n)).withModel(list.get(n).id()));
        }
      }
      i = Math.max(i, j - 1);
    }
  }

  /** Most chars of a maker named with the second model of a list ("与阿里巴巴的Qwen3-Max", "and Anthropic's Claude"). */
  private static final int LIST_MAKER = 16;

  /**
   * True when {@code join} joins two models of a list: a word of {@link #MODEL_LIST_JOINS}, alone or followed by
   * the second model's maker in the possessive ("与阿里巴巴的", "and Anthropic's").
   */
  private static boolean listJoin(String join) {
    if (MODEL_LIST_JOINS.contains(join)) {
      return true;
    }
    if (join.length() > LIST_MAKER + 4 || !(join.endsWith("的") || join.endsWith("'s") || join.endsWith("’s"))) {
      return false;
    }
    for (String w : MODEL_LIST_JOINS) {
      boolean word = Character.isLetter(w.charAt(0)) && !Character.isIdeographic(w.charAt(0));
      if (join.startsWith(word ? w + " " : w) && join.length() > w.length() + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String t, int from, int to, String[] words) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c >= RESPECTIVELY_FIRST.length || !RESPECTIVELY_FIRST[c]) {
        continue;
      }
      for (String w : words) {
        if (t.charAt(k) == w.charAt(0) && k + w.length() <= to && t.startsWith(w, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The header cell of a score's column when the score is a whole cell ({@code cell}, not the header's) of a table
   * row that names no model (its first cell is a metric: "SEA-HELM | 68.4 | 51.2" under "Metric | SEA-LION v4.5 |
   * Sarvam 2"); null otherwise.
   */
  private static Span columnHeader(Passage p, TableCells.Cell cell, List<Fact> models) {
    String t = p.text();
    Span first = TableCells.cellAt(t, cell.rowStart(), 0);
    if (first == null || firstModel(models, cell.rowStart(), cell.rowEnd()) != null) {
      return null; // a row of a model: its first model
    }
    Span head = TableCells.cellAt(t, cell.headerStart(), cell.column());
    return head == null || head.start() >= head.end() ? null : head;
  }

  /** How far before a score (chars) an unknown model's name is looked for. */
  static final int NAME_REACH = 200;

  /**
   * Models no lexicon knows, named as the subject of a score ({@link ModelNames}). A name may begin with a
   * company's name ("Lightblue-8B" of Lightblue): that company fact gives the model its vendor and is
   * dropped, as "DeepSeek-R1" is a model, not the company DeepSeek. No other fact may overlap a name.
   */
  private static final class Unknowns {
    private final Passage p;
    /** Chars inside a fact other than a company or a score. */
    private final java.util.BitSet taken;
    /** Company facts, sorted. */
    private final List<Fact> companies = new ArrayList<>();
    private final List<Fact> named = new ArrayList<>();
    private final Set<Fact> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Unknowns(Passage p, List<Fact> sorted) {
      this.p = p;
      this.taken = new java.util.BitSet(p.text().length());
      for (Fact f : sorted) {
        if (f.type() == FactType.COMPANY) {
          companies.add(f);
        } else if (f.type() != FactType.SCORE) { // a score whose value is inside a name is dropped in merge
          taken.set(f.start(), f.end());
        }
      }
    }

    /**
     * A model fact for the name that scored {@code score}, which no model fact claims: the last name in the
     * score's span ("MedQA-score van Lumo-Zorg 2: 78,4"), else the nearest one before it in its clause (from the
     * sentence start or the last ";", at most {@link #NAME_REACH} chars back) that is not set against the
     * subject by a contrast word. Null when there is none. The fact has {@code known: false} and the name's
     * id ("Lumo-Zorg 2" is {@code lumo-zorg-2}).
     */
    Fact subject(Fact score, Set<String> metricKeys) {
      String t = p.text();
      Span sentence = p.sentenceAt(score.start());
      int from = Math.max(sentence.start(), score.start() - NAME_REACH);
      for (int k = score.start() - 1; k >= from; k--) {
        if (t.charAt(k) == ';' || t.charAt(k) == '；') {
          from = k + 1;
          break;
        }
      }
      Span pick = null;
      for (Span n : ModelNames.find(t, from, score.start(), k -> !taken.get(k), metricKeys)) {
        if (vendorOf(n) != BLOCKED && !contrastedAt(t, n.start())) {
          pick = n; // names before the score end where it starts: "Lumo-Zorg 78 punten" is not "Lumo-Zorg 78"
        }
      }
      for (Span n : ModelNames.find(t, score.start(), score.end(), k -> true, metricKeys)) {
        if (vendorOf(n) != BLOCKED) {
          pick = n;
        }
      }
      if (pick == null) {
        return null;
      }
      Fact m = claim(pick, null);
      named.add(m);
      return m;
    }

    /**
     * A model fact for a column's header cell that no model fact covers, when its text is a name: it starts with
     * a capital, holds a digit and at most four words ("SEA-LION v4.5", "Sarvam 2", "A.X 5.0"; a trailing "*" of a
     * footnote is left out). Null otherwise.
     */
    Fact headerName(Span cell) {
      String t = p.text();
      int e = cell.end();
      while (e > cell.start() && (t.charAt(e - 1) == '*' || t.charAt(e - 1) == ' ')) {
        e--;
      }
      String name = t.substring(cell.start(), e);
      if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !name.chars().anyMatch(Character::isDigit)
          || name.split(" ").length > 4 || name.length() > 40 || taken.get(cell.start(), e).cardinality() > 0) {
        return null;
      }
      Fact m = claim(new Span(cell.start(), e), null);
      named.add(m);
      return m;
    }

    /** The passage's facts with the names and their other mentions, without the companies they hold. */
    List<Fact> merge(List<Fact> linked) {
      List<Fact> other = new ArrayList<>();
      Set<String> done = new java.util.HashSet<>();
      String t = p.text();
      for (Fact m : named) {
        if (!done.add(m.text())) {
          continue;
        }
        for (int k = t.indexOf(m.text()); k >= 0; k = t.indexOf(m.text(), k + 1)) {
          Span s = new Span(k, k + m.text().length());
          int next = taken.nextSetBit(k);
          if (ModelNames.bounded(t, s) && (next < 0 || next >= s.end()) && vendorOf(s) != BLOCKED) {
            other.add(claim(s, m));
          }
        }
      }
      List<Fact> out = new ArrayList<>(linked.size() + named.size() + other.size());
      List<Fact> names = new ArrayList<>(named);
      names.addAll(other);
      for (Fact f : linked) {
        if (!dropped.contains(f) && !(f.type() == FactType.SCORE && insideName(f, names))) {
          out.add(f);
        }
      }
      out.addAll(named);
      out.addAll(other);
      out.sort(BY_SPAN);
      return out;
    }

    /** True when a score's value is part of a name ("A.X 5.0 on KMMLU": 5.0 is the version of A.X 5.0). */
    private static boolean insideName(Fact score, List<Fact> names) {
      for (Fact n : names) {
        if (score.start() >= n.start() && score.start() < n.end()) {
          return true;
        }
      }
      return false;
    }

    /** A model fact on {@code s} (like {@code as}, or new), its chars taken and its vendor's fact dropped. */
    private Fact claim(Span s, Fact as) {
      Fact vendor = vendorOf(s);
      taken.set(s.start(), s.end());
      if (vendor != null) {
        dropped.add(vendor);
      }
      String name = p.text().substring(s.start(), s.end());
      String vendorId = vendor != null ? vendor.id() : as != null ? as.company() : null;
      return Fact.model(name, s.start(), p.langAt(s.start()), as != null ? as.id() : ModelNames.id(name),
          as != null ? as.name() : name, vendorId, false);
    }

    /**
     * The company fact a name begins with (then ends inside), null for none, {@link #BLOCKED} when a company
     * fact overlaps it otherwise.
     */
    private Fact vendorOf(Span s) {
      Fact out = null;
      for (int k = firstAtOrAfter(companies, s.start() - 200); k < companies.size(); k++) {
        Fact c = companies.get(k);
        if (c.start() >= s.end()) {
          break;
        }
        if (c.end() <= s.start()) {
          continue;
        }
        if (c.start() != s.start() || c.end() >= s.end() || out != null) {
          return BLOCKED;
        }
        out = c;
      }
      return out;
    }
  }

  /** {@link Unknowns#vendorOf}'s answer for a name a company fact overlaps other than at its start. */
  private static final Fact BLOCKED = Fact.company("-", 0, "und", "-", "-");

  private static Fact linkMoney(Passage p, Fact f, List<Fact> entities, Map<Integer, List<Integer>> same,
      FxRates fx) {
    Fact out = f;
    OptionalDouble usd = fx.toUsd(f.amount(), f.currency());
    if (usd.isPresent()) {
      out = out.withUsd(usd.getAsDouble(), fx.date());
    }
    Span sentence = p.sentenceAt(f.start());
    List<Fact> in = new ArrayList<>();
    for (int k = firstAtOrAfter(entities, sentence.start()); k < entities.size(); k++) {
      Fact e = entities.get(k);
      if (e.start() >= sentence.end()) {
        break;
      }
      in.add(e);
    }
    if (!in.isEmpty()) {
      Set<String> ids = new LinkedHashSet<>();
      for (Fact e : in) {
        if (e.end() <= f.start()) {
          ids.add(entityId(e));
          break;
        }
      }
      in.sort(Comparator.comparingInt(e -> distance(e, f)));
      for (Fact e : in) {
        ids.add(entityId(e));
      }
      out = out.withCompanies(List.copyOf(ids));
    }
    List<Integer> s = same.get(f.start());
    if (s != null) {
      out = out.withSameAs(s);
    }
    return out;
  }

  /** Index of the first fact (sorted by start) starting at or after {@code offset}. */
  private static int firstAtOrAfter(List<Fact> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String entityId(Fact e) {
    return e.type() == FactType.MODEL ? e.company() : e.id();
  }

  private static int distance(Fact e, Fact f) {
    return e.end() <= f.start() ? f.start() - e.end() : Math.max(0, e.start() - f.end());
  }

  /** Pairs "X (Y)" of money facts in different currencies, keyed by start offset. */
  private static Map<Integer, List<Integer>> sameAs(String t, List<Fact> money) {
    Map<Integer, List<Integer>> out = new HashMap<>();
    for (int k = 0; k + 1 < money.size(); k++) {
      Fact a = money.get(k);
      Fact b = money.get(k + 1);
      if (a.currency().equals(b.currency()) || !parenthesised(t, a.end(), b.start())) {
        continue;
      }
      out.computeIfAbsent(a.start(), x -> new ArrayList<>()).add(b.start());
      out.computeIfAbsent(b.start(), x -> new ArrayList<>()).add(a.start());
    }
    return out;
  }

  /** True when the text between two figures is an opening parenthesis, maybe with "ca."/"about"/"约合". */
  private static boolean parenthesised(String t, int from, int to) {
    if (to < from || to - from > 16) {
      return false;
    }
    String between = t.substring(from, to).strip();
    if (!between.startsWith("(") && !between.startsWith("（")) {
      return false;
    }
    String rest = between.substring(1).strip();
    if (rest.isEmpty()) {
      return true;
    }
    for (String w : PAIR_WORDS) {
      if (rest.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the last anaphoric model word ({@link #ANAPHORS}, any case) in {@code [from, to)}, or -1
   * ({@link #WHOLE_PHRASE} says which must stand alone).
   */
  private static int anaphor(String t, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      char c = t.charAt(k);
      if (c >= ANAPHOR_FIRST.length || !ANAPHOR_FIRST[c]) {
        continue; // no anaphor starts with this char
      }
      int i = anaphorAt(t, k, to);
      if (i >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** The index in {@link #ANAPHORS} of the anaphor starting at {@code k} and ending by {@code to}, or -1. */
  private static int anaphorAt(String t, int k, int to) {
    int found = -1;
    for (int i = 0; i < ANAPHORS.length; i++) {
      String a = ANAPHORS[i];
      int e = k + a.length();
      if (e > to || !t.regionMatches(true, k, a, 0, a.length())) {
        continue;
      }
      if ((!WHOLE_PHRASE[i] || ((k == 0 || !Character.isLetter(t.charAt(k - 1)))
          && (e == t.length() || !Character.isLetter(t.charAt(e)))))
          && (found < 0 || a.length() > ANAPHORS[found].length())) {
        found = i; // the longest: "the latter model", not "the latter"
      }
    }
    return found >= 0 ? found : spreadAnaphor(t, k, to) ? SPREAD : -1;
  }

  /** What {@link #anaphorAt} returns for an anaphor with words inside it ({@link #spreadAnaphor}). */
  private static final int SPREAD = ANAPHORS.length;

  /** True when every model fact in {@code span} is {@code m}'s model (one model named there, maybe twice). */
  private static boolean onlyModel(List<Fact> models, Span span, Fact m) {
    for (int k = firstAtOrAfter(models, span.start()); k < models.size() && models.get(k).start() < span.end(); k++) {
      if (!models.get(k).id().equals(m.id())) {
        return false;
      }
    }
    return true;
  }

  /** Articles that open an anaphor with words inside it ("het tot vier bits gecomprimeerde model"). */
  private static final String[] SPREAD_ARTICLES = {"het ", "das ", "dem ", "the "};
  /** Most lower-case words between the article and the model word. */
  private static final int SPREAD_WORDS = 5;

  /**
   * True when an article at {@code k} (as a word), up to {@link #SPREAD_WORDS} lower-case words and a model word
   * end by {@code to}: "het tot vier bits gecomprimeerde model", "das offene Modell", "the smaller open model", "das
   * 7-Milliarden-Parameter-Modell" (a compound ending in the model word). A name or a clause mark between them
   * breaks it.
   */
  private static boolean spreadAnaphor(String t, int k, int to) {
    if (k > 0 && Character.isLetter(t.charAt(k - 1))) {
      return false;
    }
    int j = -1;
    for (String a : SPREAD_ARTICLES) {
      if (t.regionMatches(true, k, a, 0, a.length())) {
        j = k + a.length();
      }
    }
    for (int w = 0; j > 0 && w <= SPREAD_WORDS && j < to; w++) {
      int e = j;
      while (e < to && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '-')) {
        e++;
      }
      if (e == j) {
        return false;
      }
      String word = t.substring(j, e).toLowerCase(java.util.Locale.ROOT);
      boolean last = e == to || !Character.isLetter(t.charAt(e));
      if (w > 0 && last && (word.equals("model") || word.equals("modell"))) {
        return true;
      }
      if (last && (word.endsWith("-model") || word.endsWith("-modell")) && word.length() > 7) {
        return true; // "das 7-Milliarden-Parameter-Modell"
      }
      for (int c = j; c < e; c++) {
        if (!Character.isLowerCase(t.charAt(c))) {
          return false; // a name or a figure: "das Modell" was the fixed anaphor; "the GPT-5 model" is a name
        }
      }
      if (e >= to || t.charAt(e) != ' ') {
        return false;
      }
      j = e + 1;
    }
    return false;
  }


  /**
   * True when {@code [from, to)} is a relative clause opened right after a name, with no other clause mark in it
   * ("…Gemini 3 Flash, which scored "; pronouns of {@link ScoreExtractor#relativeAfter}).
   */
  private static boolean relativeClauseOn(String t, int from, int to) {
    if (to - from > 60 || from >= to || t.charAt(from) != ',' || !ScoreExtractor.relativeAfter(t, from + 1)) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (t.charAt(k) == ',' || t.charAt(k) == ';') {
        return false;
      }
    }
    return true;
  }

  private static boolean commaBetween(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.charAt(k) == ',' || t.charAt(k) == '，' || t.charAt(k) == '、') {
        return true;
      }
    }
    return false;
  }

  /** The last MODEL fact that starts in {@code [from, to)}, or null. */
  private static Fact lastModel(List<Fact> models, int from, int to) {
    Fact last = null;
    for (int k = firstAtOrAfter(models, from); k < models.size() && models.get(k).start() < to; k++) {
      last = models.get(k);
    }
    return last;
  }

  /** True when a word of {@link #CONTRAST} or a comparison word ends at most 20 chars before {@code k}. */
  private static boolean contrastedAt(String t, int k) {
    int from = Math.max(0, k - 20);
    if (ScoreExtractor.comparedBetween(t, from, k)) {
      return true;
    }
    for (int j = from; j < k; j++) {
      if (j > 0 && Character.isLetter(t.charAt(j - 1))) {
        continue;
      }
      for (String w : CONTRAST) {
        int e = j + w.length();
        if (e <= k && t.regionMatches(true, j, w, 0, w.length())
            && (e == t.length() || !Character.isLetter(t.charAt(e)) || !Character.isLetter(w.charAt(0))
            || Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The model of the first score in {@code sentence} ("…модель набирает 71,4 балла — на 5,2 балла больше, чем
   * GigaChat 3 Ultra. В рейтинге ruArenaHard новинка получила 89,6 балла": новинка is the model that scored, not
   * GigaChat 3 Ultra), or null.
   */
  private static String firstScoredModel(List<Fact> linked, Span sentence) {
    int k = firstAtOrAfter(linked, sentence.start());
    return k < linked.size() && linked.get(k).start() < sentence.end() ? linked.get(k).model() : null;
  }

  /**
   * The model of {@code previous}, the score before {@code f}, when it stands in the sentence before f's, no
   * model is named between them, no Latin capital stands before f in its sentence but the first letter, and no
   * model after f in its sentence but one set against it ("... it resolved 78.9%
   * of tasks. An 83.1 on LiveCodeBench put it 2.4 points ahead of DeepSeek-V4"); for an explicit score the
   * linker found no model for. Null otherwise.
   */
  private static String carried(Passage p, Fact f, List<Fact> models, Fact previous) {
    if (previous == null || previous.model() == null || ScoreExtractor.foundByContext(f)) {
      return null;
    }
    Span sentence = p.sentenceAt(f.start());
    if (!inSentenceBefore(p, sentence, previous) || firstModel(models, previous.end(), f.start()) != null) {
      return null;
    }
    if (capitalBefore(p.text(), sentence.start(), f.start())) {
      return null; // a name the lexicons do not know may stand there: "…pdfERNIE 4.5 Turboのインデックスは71"
    }
    Fact after = firstModel(models, f.end(), sentence.end());
    return after == null || otherClause(p.text(), f.end(), after.start()) ? previous.model() : null;
  }

  /** True when a Latin capital stands in {@code (from, to)}: past a sentence's first letter, a name may. */
  private static boolean capitalBefore(String t, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      char c = t.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a capitalised word (a Latin capital then a lower-case letter) starts in {@code (from, to)} past the
   * sentence's first letter: "And Vortex had 83.1", not "Pas in bijlage C".
   */
  private static boolean namedWordBefore(String t, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      char c = t.charAt(k);
      if (c >= 'A' && c <= 'Z' && !Character.isLetterOrDigit(t.charAt(k - 1)) && Character.isLowerCase(t.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inSentenceBefore(Passage p, Span sentence, Fact f) {
    Span before = p.sentenceBefore(sentence);
    return before != null && f.start() >= before.start() && f.start() < before.end();
  }

  /** Model words right after a company that make "the company's model" ("Das Mistral-Modell", "阿里的模型"). */
  private static final String[] VENDOR_MODEL_WORDS = {"-Modell", "-Model", "-model", " Modell", " model", "’s model",
      "'s model", "-модель", "的模型", "的大模型", "のモデル"};
  /** Model words right before a company in the genitive ("модель Сбера"). */
  private static final String[] MODEL_OF_WORDS = {"модель ", "модели "};
  /** How many sentences back the model of an anaphor is looked for (past sentences that name none). */
  private static final int ANAPHOR_SENTENCES = 2;

  /** How far back (chars) the model a vendor anaphor stands for is looked for. */
  static final int VENDOR_REACH = 3000;

  /**
   * The model a company's model word stands for ("Das Mistral-Modell liegt mit 72,2 Prozent vorn": the last
   * model of Mistral AI named before), for the last such word in {@code [from, to)}; null when there is none or
   * the company has no model named in the {@value #VENDOR_REACH} chars before.
   */
  private static Fact vendorAnaphor(String t, List<Fact> companies, List<Fact> models, int from, int to) {
    for (int k = firstAtOrAfter(companies, to) - 1; k >= 0 && companies.get(k).start() >= from; k--) {
      Fact c = companies.get(k);
      if (c.end() > to || !modelWordAround(t, c)) {
        continue;
      }
      for (int j = firstAtOrAfter(models, c.start()) - 1; j >= 0; j--) {
        Fact m = models.get(j);
        if (m.start() < c.start() - VENDOR_REACH) {
          break;
        }
        if (c.id().equals(m.company())) {
          return m;
        }
      }
      return null;
    }
    return null;
  }

  private static boolean modelWordAround(String t, Fact c) {
    for (String w : VENDOR_MODEL_WORDS) {
      if (t.startsWith(w, c.end()) && (c.end() + w.length() == t.length()
          || !Character.isLetter(t.charAt(c.end() + w.length())) || !Character.isLetter(w.charAt(w.length() - 1))
          || Character.UnicodeScript.of(w.charAt(w.length() - 1)) != Character.UnicodeScript.LATIN
          && Character.UnicodeScript.of(w.charAt(w.length() - 1)) != Character.UnicodeScript.CYRILLIC)) {
        return true;
      }
    }
    for (String w : MODEL_OF_WORDS) {
      if (c.start() >= w.length() && t.regionMatches(true, c.start() - w.length(), w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Japanese and Chinese comparisons after a model: it is the one surpassed ("「tsuzumi 2」を大きく上回った"). */
  private static final String[] SURPASSED = {"上回", "下回", "を超え", "に次", "に及ば", "より", "を抜"};

  /** True when a word of {@link #SURPASSED} follows the model within 8 chars (past a quote, "を大きく"). */
  private static boolean surpassedAfter(String t, Fact m) {
    for (int k = m.end(); k < Math.min(t.length(), m.end() + 8); k++) {
      for (String w : SURPASSED) {
        if (t.startsWith(w, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Bullets that open a list item line. */
  private static final String BULLETS = "•·●・-*–";

  /**
   * The last model of the line that introduces the list {@code f} is an item of ("GLM-5.5在多项评测中位居开源模型首位——"
   * over "· SWE-bench Verified：79.6"): f's line starts with a bullet, the lines before it up to the intro are
   * items too, and the intro ends with ":", "：" or "—" (it may be a bulleted line itself). Null otherwise.
   */
  private static Fact listIntroModel(Passage p, Fact f, List<Fact> models) {
    String t = p.text();
    int line = t.lastIndexOf('\n', f.start() - 1) + 1;
    if (f.start() - line > 300 || !bulletAt(t, line)) {
      return null;
    }
    for (int items = 0; items < 20 && line > 0; items++) {
      int end = line - 1;
      while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
        end--;
      }
      int start = t.lastIndexOf('\n', end - 1) + 1;
      if (end - start > 600) {
        return null;
      }
      String intro = t.substring(start, end);
      if (intro.endsWith(":") || intro.endsWith("：") || intro.endsWith("—") || announces(intro)) {
        Fact m = lastModel(models, start, end); // the intro may be an item itself: "● 模型：…GLM-5.5…——"
        if (m == null && selfReference(intro)) {
          // "当社の評価では…次の結果となりました。": the publisher's own model, the one its text opens with
          m = firstModel(models, 0, start);
        }
        return m;
      }
      if (!bulletAt(t, start)) {
        return null;
      }
      line = start;
    }
    return null;
  }

  /** Words of a sentence that announces a list ("the following results", "次の結果"). */
  private static final String[] ANNOUNCING = {"次の", "以下の", "如下", "以下", "the following", "folgende",
      "folgenden", "volgende", "следующ"};
  /** Words by which a publisher speaks of itself or its own model ("当社の評価では", "in our tests"). */
  private static final String[] SELF = {"当社", "弊社", "本モデル", "我们", "我們", "本公司", "our ", "we ", "unsere",
      "wir ", "onze ", "wij ", "наш", "мы "};

  /** True when {@code intro} ends a sentence and announces what follows ("次の結果となりました。"). */
  private static boolean announces(String intro) {
    if (!(intro.endsWith("。") || intro.endsWith("."))) {
      return false;
    }
    String l = intro.toLowerCase(java.util.Locale.ROOT);
    for (String w : ANNOUNCING) {
      if (l.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean selfReference(String intro) {
    String l = " " + intro.toLowerCase(java.util.Locale.ROOT);
    for (String w : SELF) {
      if (l.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean bulletAt(String t, int line) {
    int k = line;
    while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\u3000')) {
      k++;
    }
    return k < t.length() && BULLETS.indexOf(t.charAt(k)) >= 0;
  }

  /** True when a clause break (";", "；") or a comparison word stands in {@code [from, to)}. */
  private static boolean otherClause(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.charAt(k) == ';' || t.charAt(k) == '；') {
        return true;
      }
    }
    return ScoreExtractor.comparedBetween(t, from, to) || contrastedAt(t, to);
  }

  /** The id of the models in {@code sentence} when they are all one model, else null (none, or several). */
  private static String onlyModelId(List<Fact> models, Span sentence) {
    String id = null;
    for (int k = firstAtOrAfter(models, sentence.start()); k < models.size() && models.get(k).start() < sentence.end(); k++) {
      if (id != null && !id.equals(models.get(k).id())) {
        return null;
      }
      id = models.get(k).id();
    }
    return id;
  }

  /** The first MODEL fact that starts in {@code [from, to)}, or null. */
  private static Fact firstModel(List<Fact> models, int from, int to) {
    int k = firstAtOrAfter(models, from);
    return k < models.size() && models.get(k).start() < to ? models.get(k) : null;
  }

  private static Fact linkScore(Passage p, Fact f, List<Fact> models, List<Fact> companies, Fact previous,
      List<Fact> linked) {
    if (f.model() != null) {
      return f;
    }
    Span sentence = p.sentenceAt(f.start());
    Fact best = null;
    Fact after = null;
    Fact inside = null;
    for (int k = firstAtOrAfter(models, sentence.start()); k < models.size(); k++) {
      Fact m = models.get(k);
      if (m.start() >= sentence.end()) {
        break;
      }
      if (m.start() <= f.start() && m.end() >= f.end()) {
        best = m; // encloses the score
        after = null;
        inside = null;
        break;
      }
      if (m.start() >= f.start() && m.end() <= f.end()) {
        if (inside == null) {
          inside = m; // named in the score: "индекс интеллекта модели DeepSeek-R1 составил 89 баллов"
        }
      } else if (m.end() <= f.start()) {
        if (best == null || !(contrastedAt(p.text(), m.start()) && commaBetween(p.text(), m.end(), f.start()))
            || relativeClauseOn(p.text(), m.end(), f.start())) {
          best = m; // models are sorted: the last one before is the nearest
        }
      } else if (m.start() >= f.end() && after == null) {
        after = m;
      }
    }
    if (inside != null) {
      best = inside;
    } else if (best == null || best.end() <= f.start()) {
      String t = p.text();
      int from = Math.max(best == null ? sentence.start() : best.end(), f.start() - ANAPHOR_REACH);
      Fact byVendor = vendorAnaphor(t, companies, models, from, f.start());
      if (byVendor != null) {
        return f.withModel(byVendor.id());
      }
      int anaphor = anaphor(t, from, f.start());
      if (anaphor >= 0) {
        int kind = anaphorAt(t, anaphor, f.start());
        boolean latter = kind >= FIRST_ANAPHORS.length && kind != SPREAD;
        Fact subject = latter ? lastModel(models, sentence.start(), anaphor) : firstModel(models, sentence.start(), anaphor);
        // the sentence before, or the one before that past a sentence naming no model ("… 72,0. Dat verschil valt
        // binnen de meetmarge. Op MMLU-Pro-NL zakt het model naar 66,4.")
        Span before = p.sentenceBefore(sentence);
        for (int back = 0; subject == null && before != null && back < ANAPHOR_SENTENCES; back++) {
          String scored = latter ? null : firstScoredModel(linked, before);
          if (scored != null) {
            return f.withModel(scored); // the model that scored in the sentence before: its subject
          }
          subject = latter ? lastModel(models, before.start(), before.end()) : firstModel(models, before.start(), before.end());
          if (kind == SPREAD && subject != null && !onlyModel(models, before, subject)) {
            // "Das 7-Milliarden-Parameter-Modell aus Würzburg" after a list of three: its words pick one we cannot
            subject = null;
            break;
          }
          before = p.sentenceBefore(before);
        }
        if (subject != null) {
          return f.withModel(subject.id());
        }
      } else if (previous != null && previous.model() != null && previous.start() >= sentence.start()
          && (best == null || best.end() <= previous.start())) {
        return f.withModel(previous.model()); // no model named since the sentence's previous score
      }
    }
    boolean byContext = ScoreExtractor.foundByContext(f);
    if (best == null && !byContext && after != null && !otherClause(p.text(), f.end(), after.start())
        && !surpassedAfter(p.text(), after)) {
      best = after; // "MMLU: 88 for GPT-5", not "MMLU 58,4, tegen 66,1 voor Llama" nor "... MedQA; GPT-5.1 komt"
    }
    if (best == null) {
      Fact intro = listIntroModel(p, f, models);
      if (intro != null) {
        return f.withModel(intro.id());
      }
      if (!byContext && "ja".equals(f.lang()) && !capitalBefore(p.text(), sentence.start(), f.start())) {
        // Japanese leaves out a subject the sentence before named: "「tsuzumi 3」を公開した。日本語MT-Benchでは8.94を記録し";
        // not where a Latin name the lexicons lack may stand before the score
        Span before = p.sentenceBefore(sentence);
        Fact subject = before == null ? null : firstModel(models, before.start(), before.end());
        if (subject != null) {
          return f.withModel(subject.id());
        }
      }
      if (!byContext && after == null && !namedWordBefore(p.text(), sentence.start(), f.start())
          && ModelNames.find(p.text(), sentence.start(), f.start(), k -> true, Set.of()).isEmpty()) {
        // a sentence naming no model goes on about the one model of the sentence before: "Het rapport over GPT-NL
        // 1.1 telt elf pagina's. Pas in bijlage C staat het getal dat ertoe doet: 52,7 op EuroEval." (not "And
        // Vortex had 83.1": a capitalised word may be a name the lexicons lack)
        Span before = p.sentenceBefore(sentence);
        String only = before == null ? null : onlyModelId(models, before);
        if (only != null) {
          return f.withModel(only);
        }
      }
      return byContext ? null : f;
    }
    return f.withModel(best.id());
  }
}
