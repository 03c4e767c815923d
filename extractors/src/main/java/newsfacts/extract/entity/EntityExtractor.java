package newsfacts.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.Extractor;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.Lexicons;
import newsfacts.extract.lexicon.ModelEntry;
import newsfacts.extract.lexicon.ModelFamily;
import newsfacts.extract.lexicon.TextNormalizer;

/**
 * Finds companies and AI models named in a passage, by the lexicons' aliases.
 *
 * <ol>
 *   <li>The text is normalized ({@link TextNormalizer}: NFKC, case, width, dashes, spaces between
 *       letters and digits) and one Aho-Corasick pass finds every alias key; offsets map back exactly.
 *   <li>Each hit must be a whole word form where its script needs it ({@link WordForms}): Latin and
 *       Cyrillic aliases need word boundaries, CJK aliases match inside running text, a Latin alias
 *       inside CJK text matches; Russian case endings and the Dutch/German genitive {@code -s} extend it.
 *   <li>A family prefix followed by a version the lexicon lacks gives a model with a derived id and
 *       {@code known: false} ({@link VersionTail}); a tier word may come before the version ("Mistral Medium
 *       3.1"), and the id with the tier after the version is taken when that one is known ("Claude Sonnet 3.7"
 *       is {@code claude-3.7-sonnet}). So does a known model whose name ends in a letter ("AutoGLM 3" is
 *       {@code autoglm-3}).
 *   <li>Contextual aliases are kept only with context ({@link ContextRules}).
 *   <li>{@link Overlaps} keeps the longest, then leftmost, mention of any overlapping set.
 *   <li>A company named by its model family's prefix ("DeepSeek", "Mistral") in a list with a model
 *       ("Qwen и DeepSeek", "DeepSeek、通义千问、GLM等大模型") is that family's model entry, not the company,
 *       unless a maker word stands before it ("V3 от DeepSeek и Kimi K2").
 *   <li>On the text no alias claimed, a name whose form says "company" ({@link CompanyNames}: "Peak Capital",
 *       "FD Mediagroep B.V.", "компания «Ф-Тех»") is a company the lexicon lacks, with {@code known: false}.
 * </ol>
 * Company facts carry {@code id} and {@code name}; model facts also {@code company} (the vendor id) and
 * {@code known}. Thread-safe: all state is built in the constructor.
 */
public final class EntityExtractor implements Extractor {
  private final Lexicons lexicons;
  private final EntityDictionary dictionary;
  /** Companies that make some model of the lexicon: a model word is context for them too. */
  private final Set<String> vendors;
  /** Company id to its families' entries, by the normalized prefix that names both ("deepseek" to deepseek). */
  private final Map<String, Map<String, String>> familyNames = new HashMap<>();
  /** What may stand between two items of a list ("Qwen и DeepSeek", "DeepSeek、通义千问"). */
  private static final Set<String> LIST_JOINS = Set.of(",", "、", "，", "/", "&", "and", "und", "en", "и", "or",
      "oder", "of", "или", "和", "与", "及");
  /** Words before a company that make it a model's maker, not a list item ("V3 от DeepSeek и Kimi K2"). */
  private static final Set<String> MAKER_WORDS = Set.of("от", "by", "from", "von", "van", "door", "of", "de");

  public EntityExtractor(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.dictionary = new EntityDictionary(lexicons);
    this.vendors = lexicons.models().entries().stream().map(ModelEntry::vendor).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
    for (ModelFamily f : lexicons.families().entries()) {
      if (lexicons.models().get(f.family()) == null) {
        continue; // no entry for the family itself
      }
      for (String prefix : f.prefixes()) {
        String key = TextNormalizer.key(prefix); // "DeepSeek-" is keyed "deepseek"
        familyNames.computeIfAbsent(f.vendor(), k -> new HashMap<>()).put(key, f.family());
      }
    }
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<FactType> produces() {
    return Set.of(FactType.COMPANY, FactType.MODEL);
  }

  @Override
  public List<Fact> extract(Passage passage) {
    List<Candidate> raw = candidates(passage);
    String text = passage.text();
    List<Candidate> accepted = joinedBrands(glued(Overlaps.select(withContext(raw, passage)), text), text);
    List<Fact> out = new ArrayList<>(accepted.size());
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      String surface = text.substring(c.start(), c.end());
      String lang = passage.langAt(c.start());
      String family = c.type() == FactType.COMPANY ? familyInAList(accepted, k, text, surface) : null;
      if (family != null) {
        ModelEntry m = lexicons.models().get(family);
        out.add(Fact.model(surface, c.start(), lang, m.id(), m.name(), m.vendor(), true));
      } else if (c.type() == FactType.COMPANY) {
        out.add(Fact.company(surface, c.start(), lang, c.id(), lexicons.companies().get(c.id()).name()));
      } else {
        ModelEntry m = lexicons.models().get(c.id());
        String name = m != null ? m.name() : c.derivedName();
        out.add(Fact.model(surface, c.start(), lang, c.id(), name, c.vendor(), c.known()));
      }
    }
    java.util.BitSet taken = new java.util.BitSet(text.length());
    java.util.BitSet models = new java.util.BitSet(text.length());
    for (Candidate c : accepted) {
      taken.set(c.start(), c.end());
      if (c.type() == FactType.MODEL) {
        models.set(c.start(), c.end());
      }
    }
    boolean added = false;
    for (CompanyNames.Found f : CompanyNames.find(text, k -> !taken.get(k), passage::langAt)) {
      out.add(Fact.unknownCompany(f.name(), f.start(), passage.langAt(f.start()), CompanyNames.slug(f.name()), f.name()));
      added = true;
    }
    for (int[] q : quotedModels(text, models)) {
      String name = text.substring(q[0], q[1]);
      // a company named inside the quoted name is the model's maker, not a mention of its own ("「HKGAI V2」")
      out.removeIf(f -> f.type() == FactType.COMPANY && f.start() >= q[0] && f.end() <= q[1]);
      out.add(Fact.model(name, q[0], passage.langAt(q[0]), ModelEntry.idOf(name), name, null, false));
      added = true;
    }
    if (added) {
      out.sort(java.util.Comparator.comparingInt(Fact::start));
    }
    return out;
  }

  /**
   * The family entry a company mention stands for when it is written as the family's prefix and listed next to
   * a model (only a list joiner between them), or null.
   */
  private String familyInAList(List<Candidate> accepted, int k, String text, String surface) {
    Candidate c = accepted.get(k);
    Map<String, String> names = familyNames.get(c.id());
    String family = names == null ? null : names.get(TextNormalizer.key(surface));
    if (family == null || makerWordBefore(text, c.start())) {
      return null;
    }
    for (int j : new int[] {k - 1, k + 1}) {
      if (j < 0 || j >= accepted.size() || accepted.get(j).type() != FactType.MODEL) {
        continue;
      }
      Candidate o = accepted.get(j);
      String between = (j < k ? text.substring(o.end(), c.start()) : text.substring(c.end(), o.start())).strip();
      if (between.length() <= 4 && LIST_JOINS.contains(between.toLowerCase(java.util.Locale.ROOT))) {
        return family;
      }
    }
    return null;
  }

  /** True when a word of {@link #MAKER_WORDS} ends right before {@code start} (one space between). */
  private static boolean makerWordBefore(String text, int start) {
    int e = start;
    if (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e && e < start && MAKER_WORDS.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT));
  }

  private static final Comparator<Candidate> BY_SPAN = (a, b) -> a.start() != b.start()
      ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());

  /** Every alias hit that is a whole word form, and every family prefix with a version. */
  private List<Candidate> candidates(Passage passage) {
    String text = passage.text();
    TextNormalizer.Normalized norm = TextNormalizer.normalize(text);
    AliasAutomaton automaton = dictionary.automaton();
    List<Candidate> out = new ArrayList<>();
    automaton.scan(norm.text(), (key, nEnd) -> {
      int nStart = nEnd - automaton.keyLength(key);
      if (!norm.alignedAt(nStart, nEnd)) {
        return;
      }
      int start = norm.originalStart(nStart);
      if (dictionary.needsWordStart(key) && Scripts.wordBefore(text, start)) {
        return; // every target would reject it (lexical: WordForms.end; derived: its own check)
      }
      int end = norm.originalEnd(nEnd);
      List<Target> targets = dictionary.targets(key);
      boolean prefixed = false;
      for (Target t : targets) {
        prefixed |= t.prefix();
      }
      for (Target t : targets) {
        Candidate c = t.prefix() ? derived(t, text, start, end) : lexical(t, text, start, end, passage);
        if (c != null) {
          out.add(c);
          Candidate v = prefixed ? null : c.type() == FactType.MODEL ? versioned(c, text) : companyVersion(c, text);
          if (v != null) {
            out.add(v);
          }
        }
      }
    });
    out.sort(BY_SPAN);
    return out;
  }

  private Candidate lexical(Target t, String text, int start, int end, Passage passage) {
    if (t.exact() != null && !(end - start == t.exact().length() && text.startsWith(t.exact(), start)
        && tickerContext(t.exact(), text, start))) {
      return null;
    }
    if (t.capitalStart() && !Character.isUpperCase(text.charAt(start))) {
      return null;
    }
    if (t.capitals() && hasLowerCase(text, start, end)) {
      return null;
    }
    int e = WordForms.end(t, text, start, end, passage.langAt(start));
    if (e < 0) {
      return null;
    }
    String vendor = t.type() == FactType.MODEL ? lexicons.models().get(t.id()).vendor() : null;
    return new Candidate(t.type(), t.id(), vendor, true, start, e, t.contextual(), Candidate.TIER_FULL, t.order(),
        null);
  }

  /**
   * A ticker of up to three letters is also a common acronym (ACN Newswire, NOK the krone, TER): it
   * counts only where tickers are written, after an opening bracket or an exchange's colon
   * ("Accenture (ACN)", "NYSE: ACN"). Longer tickers (BABA, NVDA) count anywhere.
   */
  private static boolean tickerContext(String ticker, String text, int start) {
    if (ticker.length() > Target.CAPITALS_MAX) {
      return true;
    }
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && "(（:：".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean hasLowerCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private Candidate derived(Target t, String text, int start, int end) {
    if (t.wordStart() && Scripts.wordBefore(text, start)) {
      return null;
    }
    VersionTail.Tail tail = VersionTail.read(text, end, !t.glued());
    if (tail == null && t.glued() && Character.isUpperCase(text.charAt(start))) {
      tail = tiered(VersionTail.read(text, end, true)); // "Nova 3 Pro", not "Step 2 of the plan"
    }
    if (tail == null) {
      return null;
    }
    ModelFamily family = lexicons.families().get(t.id());
    String prefix = text.substring(start, end);
    String id = dictionary.derivedId(family.family(), prefix, tail.idPart());
    ModelEntry known = lexicons.models().get(id);
    if (known == null && tail.reordered() != null) {
      String other = dictionary.derivedId(family.family(), prefix, tail.reordered());
      known = lexicons.models().get(other); // "Claude Sonnet 3.7" is claude-3.7-sonnet
      if (known != null) {
        id = other;
      } else if (!tail.versionLike()) {
        return null; // "Claude Pro 20": a tier word and a count, no version
      }
    }
    String vendor = known != null ? known.vendor() : family.vendor();
    return new Candidate(FactType.MODEL, id, vendor, known != null, start, tail.end(), false, Candidate.TIER_DERIVED,
        t.order(), text.substring(start, tail.end()));
  }

  /**
   * A version with a tier word after its number ("3-pro" of "Nova 3 Pro"), or null: a capitalised common word
   * followed by a spaced number is a model name only with one.
   */
  private static VersionTail.Tail tiered(VersionTail.Tail tail) {
    if (tail == null || tail.reordered() != null) {
      return null;
    }
    String id = tail.idPart();
    int dash = id.indexOf('-');
    return dash > 0 && Character.isDigit(id.charAt(0)) && dash + 1 < id.length() && Character.isLetter(id.charAt(dash + 1))
        ? tail : null;
  }

  /**
   * A known model whose name ends in a letter, followed by a version the lexicon lacks: "AutoGLM 3" is
   * {@code autoglm-3}, "GPT Image 2" {@code gpt-image-2}, with {@code known: false} and the model's vendor; null
   * when no version follows (or only a tier word and a count, or a figure: "AutoGLM 61,8").
   */
  private Candidate versioned(Candidate c, String text) {
    if (c.end() == 0 || !Character.isLetter(text.charAt(c.end() - 1)) || c.contextual()) {
      return null;
    }
    VersionTail.Tail tail = VersionTail.read(text, c.end(), true);
    char first = tail == null ? ' ' : tail.idPart().charAt(0);
    if (tail == null || tail.reordered() != null || !(Character.isDigit(first) || first == 'v')) {
      return null;
    }
    String id = c.id() + "-" + tail.idPart();
    ModelEntry known = lexicons.models().get(id);
    return new Candidate(FactType.MODEL, id, c.vendor(), known != null, c.start(), tail.end(), false,
        Candidate.TIER_DERIVED, c.order(), text.substring(c.start(), tail.end()));
  }

  /**
   * A company's name and a "V" version of one or two digits is that company's model ("HKGAI V1", "HKGAI V2.1"):
   * {@code hkgai-v1}, {@code known: false} unless the lexicon has it. A bare number after a company is a count or
   * a year, a lower-case "v2.5" a software release, "V100" a chip.
   */
  private Candidate companyVersion(Candidate c, String text) {
    if (c.contextual() || !Character.isLetter(text.charAt(c.end() - 1))) {
      return null;
    }
    int k = c.end();
    if (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '-')) {
      k++;
    }
    if (k + 1 >= text.length() || text.charAt(k) != 'V' || !Character.isDigit(text.charAt(k + 1))) {
      return null;
    }
    int e = k + 1;
    while (e < text.length() && Character.isDigit(text.charAt(e))) {
      e++;
    }
    if (e - k > 3) {
      return null; // "Nvidia V100" is a chip
    }
    if (e + 1 < text.length() && text.charAt(e) == '.' && Character.isDigit(text.charAt(e + 1))) {
      e += 2; // "V3.2"
    }
    if (e < text.length() && Character.isLetterOrDigit(text.charAt(e)) && !Scripts.isCjk(text.charAt(e))) {
      return null;
    }
    String name = text.substring(c.start(), e);
    String id = ModelEntry.idOf(name);
    ModelEntry known = lexicons.models().get(id);
    return new Candidate(FactType.MODEL, id, known != null ? known.vendor() : c.id(), known != null, c.start(), e,
        false, Candidate.TIER_DERIVED, c.order(), name);
  }

  /** Model words right before a quoted name in Chinese and Japanese ("大模型「HKGAI V2」", "前モデル「…」"). */
  private static final String[] QUOTE_MODEL_WORDS = {"模型", "モデル", "LLM", "版", "model"};

  /**
   * Names in 「」, 『』 or “” right after a model word ("醫療影像多模態模型「MedDr-2」", "マルチモーダル版「Stockmark-3-VL-100B」"):
   * models the lexicon lacks, with {@code known: false}. The name is Latin, starts with a letter, holds a capital and a
   * digit or a dash ("SMore-VL"), and no model fact claims it ({@code models}). Spans as {start, end}.
   */
  private static List<int[]> quotedModels(String text, java.util.BitSet models) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < text.length(); k++) {
      char open = text.charAt(k);
      char close = open == '「' ? '」' : open == '『' ? '』' : open == '“' ? '”' : 0;
      if (close == 0 || !modelWordBefore(text, k)) {
        continue;
      }
      int e = k + 1;
      while (e < text.length() && e - k < 41 && text.charAt(e) != close) {
        e++; // bounded: an unclosed quote does not send the scan to the end of the text
      }
      if (e >= text.length() || text.charAt(e) != close || e - k - 1 < 2) {
        continue;
      }
      int from = k + 1;
      boolean ok = isAsciiLetterAt(text, from);
      boolean capital = false;
      boolean shaped = false;
      for (int i = from; i < e && ok; i++) {
        char c = text.charAt(i);
        ok = (c < 128 && (Character.isLetterOrDigit(c) || " -.+_".indexOf(c) >= 0));
        capital |= c >= 'A' && c <= 'Z';
        shaped |= Character.isDigit(c) || c == '-';
      }
      int next = models.nextSetBit(from);
      if (ok && capital && shaped && (next < 0 || next >= e)) {
        out.add(new int[] {from, e});
        models.set(from, e);
      }
    }
    return out;
  }

  private static boolean isAsciiLetterAt(String t, int k) {
    char c = t.charAt(k);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean modelWordBefore(String t, int k) {
    for (String w : QUOTE_MODEL_WORDS) {
      if (k >= w.length() && t.startsWith(w, k - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Upper-case words glued to a model name that are no part of a name ("GPT-5-API", "Qwen-KI"). */
  private static final Set<String> NOT_NAME_PARTS = Set.of("AI", "KI", "API", "APIS", "GPU", "GPUS", "CPU", "NPU",
      "TPU", "PC", "IT", "CEO", "CTO", "SDK", "PR", "HPC", "LLM", "LLMS", "SOC", "USD", "EUR", "CNY", "JPY", "RUB",
      "ETF", "IPO", "OS", "APP", "UI", "EU", "US", "USA", "VS");

  /**
   * A model name glued by dashes to upper-case words or sizes is a longer name, a model of its own: a fine-tune
   * under its maker's prefix ("FFM-Qwen3-32B", "Llama-Breeze3-12B", a model glued to a model), a variant after
   * it ("TAIDE-LX-9B"). The longer name gets its own id, {@code known: false} unless the lexicon has it, and the
   * vendor of the model it contains only when nothing stands before it. Words that are not name parts
   * ({@link #NOT_NAME_PARTS}: "GPT-5-API") and ordinary words ("DeepSeek-R1-Modell") do not join.
   */
  private List<Candidate> glued(List<Candidate> accepted, String text) {
    List<Candidate> out = null;
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.type() != FactType.MODEL) {
        continue;
      }
      int start = c.start();
      int end = c.end();
      Candidate before = k > 0 ? accepted.get(k - 1) : null;
      boolean modelBefore = before != null && before.type() == FactType.MODEL && before.end() == start - 1
          && start > 0 && text.charAt(start - 1) == '-';
      if (modelBefore) {
        start = before.start(); // "Llama-Breeze3-12B"
      } else if (start >= 3 && text.charAt(start - 1) == '-') {
        int b = start - 1;
        while (b > 0 && b > start - 8 && isUpperAscii(text.charAt(b - 1))) {
          b--;
        }
        if (start - 1 - b >= 2 && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
            && !NOT_NAME_PARTS.contains(text.substring(b, start - 1))) {
          start = b; // "FFM-Qwen3-32B"
        }
      }
      while (end + 1 < text.length() && text.charAt(end) == '-') {
        int e = end + 1;
        while (e < text.length() && e - end <= 6 && (isUpperAscii(text.charAt(e)) || Character.isDigit(text.charAt(e))
            || (e > end + 1 && Character.isDigit(text.charAt(e - 1)) && "bBkKmM".indexOf(text.charAt(e)) >= 0))) {
          e++;
        }
        int w = end + 1;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
          w++;
        }
        String word = text.substring(end + 1, w);
        if (NAME_TIERS.contains(word) && w + 1 < text.length() && text.charAt(w) == '-'
            && Character.isDigit(text.charAt(w + 1))) {
          end = w; // "LongCat-Flash-Thinking-2": a tier word, then its version on the next turn
          continue;
        }
        if (e == end + 1 || (e < text.length() && Character.isLetterOrDigit(text.charAt(e)))
            || NOT_NAME_PARTS.contains(text.substring(end + 1, e).toUpperCase(java.util.Locale.ROOT))) {
          break;
        }
        end = e; // "TAIDE-LX-9B"
      }
      if (start == c.start() && end == c.end()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(accepted);
      }
      String name = text.substring(start, end);
      String id = ModelEntry.idOf(name);
      ModelEntry known = lexicons.models().get(id);
      String vendor = known != null ? known.vendor() : start == c.start() ? c.vendor() : null;
      Candidate longer = new Candidate(FactType.MODEL, id, vendor, known != null, start, end, false,
          Candidate.TIER_DERIVED, c.order(), name);
      out.set(out.indexOf(c), longer);
      if (modelBefore) {
        out.remove(before);
      }
    }
    return out == null ? accepted : out;
  }

  /**
   * Drops the model mentions that are part of another name: a brand written right before a model of its own
   * family ("通义千问Qwen3-Max", "日日新SenseNova V7", "文心一言 ERNIE 4.5" are one model each, the mention of the
   * model beginning with its brand), and a name that begins a benchmark's ("llm-jp-eval", "Qwen-Bench":
   * {@link #BENCHMARK_ENDS}).
   */
  private List<Candidate> joinedBrands(List<Candidate> accepted, String text) {
    List<Candidate> out = null;
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.type() != FactType.MODEL) {
        continue;
      }
      Candidate next = k + 1 < accepted.size() ? accepted.get(k + 1) : null;
      boolean brand = next != null && next.type() == FactType.MODEL && !hasDigit(c.id())
          && (next.start() == c.end() || (next.start() == c.end() + 1 && text.charAt(c.end()) == ' '))
          && family(c.id()) != null && family(c.id()).equals(family(next.id()));
      if (brand || benchmarkAfter(text, c.end())) {
        if (out == null) {
          out = new ArrayList<>(accepted);
        }
        if (brand) { // the model's mention begins with its brand
          out.set(out.indexOf(next), new Candidate(next.type(), next.id(), next.vendor(), next.known(), c.start(),
              next.end(), next.contextual(), next.tier(), next.order(), next.derivedName()));
        }
        out.remove(c);
      }
    }
    return out == null ? accepted : out;
  }

  /** What ends a benchmark's name after a dash: "-eval", "-Bench". */
  private static final Set<String> BENCHMARK_ENDS = Set.of("eval", "bench");

  private static boolean benchmarkAfter(String text, int end) {
    if (end >= text.length() || text.charAt(end) != '-') {
      return false;
    }
    int w = end + 1;
    while (w < text.length() && Character.isLetter(text.charAt(w))) {
      w++;
    }
    return BENCHMARK_ENDS.contains(text.substring(end + 1, w).toLowerCase(java.util.Locale.ROOT));
  }

  /** The family of a model id: its lexicon entry's, else the family whose id begins it (derived ids), or null. */
  private String family(String id) {
    ModelEntry m = lexicons.models().get(id);
    if (m != null) {
      return m.family();
    }
    for (int cut = id.length(); cut > 0; cut = id.lastIndexOf('-', cut - 1)) {
      if (lexicons.families().get(id.substring(0, cut)) != null) {
        return id.substring(0, cut);
      }
    }
    return null;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised tier words that continue a glued name when a version follows them ("-Thinking-2"). */
  private static final Set<String> NAME_TIERS = Set.of("Thinking", "Instruct", "Chat", "Pro", "Max", "Lite", "Mini",
      "Turbo", "Flash", "Ultra", "Plus", "Coder", "Vision", "Reasoning");

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Full mentions plus the contextual ones that have context, in start order. */
  private List<Candidate> withContext(List<Candidate> raw, Passage passage) {
    List<Candidate> evidence = new ArrayList<>();
    Map<ContextRules.Key, Integer> firstSeen = new HashMap<>();
    for (Candidate c : raw) {
      if (!c.contextual()) {
        evidence.add(c);
        firstSeen.putIfAbsent(ContextRules.key(c), c.start());
      }
    }
    List<Candidate> out = new ArrayList<>(evidence);
    for (Candidate c : raw) {
      if (c.contextual()) {
        int tier = ContextRules.tier(c, evidence, firstSeen, vendors, passage);
        if (tier >= 0) {
          out.add(c.withTier(tier));
          firstSeen.merge(ContextRules.key(c), c.start(), Math::min);
        }
      }
    }
    return out;
  }
}
