package newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.link.FactLinker;
import org.junit.jupiter.api.Test;

/**
 * The seed articles against the gold file: every money figure and percentage found, nothing extra; the
 * required scores of seed 004 with their models (model facts made by hand here, at their text positions).
 */
class FiguresSeedsTest {
  private static final MoneyExtractor MONEY = new MoneyExtractor();
  private static final PercentExtractor PERCENT = new PercentExtractor();
  private static final ScoreExtractor SCORES = new ScoreExtractor(Metrics.load(LexiconSource.packaged()));
  private static final FxRates FX = FxRates.load(LexiconSource.packaged());

  /** The models of seed 004 as an entity extractor would tag them: surface, id, vendor. */
  private static final String[][] SEED_004_MODELS = {
      {"R1", "deepseek-r1", "deepseek"}, {"O1", "o1", "openai"}, {"QWEN2.5MAX", "qwen2.5-max", "alibaba"},
      {"QWQ", "qwq", "alibaba"}, {"ERNIE 4.0ターボ", "ernie-4.0-turbo", "baidu"},
      {"Doubao1.5Pro", "doubao-1.5-pro", "bytedance"}, {"Hunyuan Large", "hunyuan-large", "tencent"},
      {"Kimi K1.5", "kimi-k1.5", "moonshot"}, {"GLM-Zero-Preview", "glm-zero-preview", "zhipu"},
      {"M1-Preview", "m1-preview", "baichuan"}, {"Step-R-Mini", "step-r-mini", "stepfun"},
      {"O3-Mini", "o3-mini", "openai"}, {"O1-Mini", "o1-mini", "openai"}, {"Step-2-16K", "step-2-16k", "stepfun"},
      {"O3", "o3", "openai"}, {"GPT-4", "gpt-4", "openai"}};

  private static List<JsonNode> gold() {
    return Conformance.lines("gold/seeds.jsonl");
  }

  private static Path seed(String doc) {
    String root = System.getProperty("newsfacts.root");
    assumeTrue(root != null, "system property newsfacts.root is not set");
    return Path.of(root, "seeds", doc);
  }

  // every gold money figure is found with its currency, and nothing else is reported
  @Test
  void moneyMatchesGold() throws IOException {
    for (JsonNode g : gold()) {
      String doc = g.path("doc").asText();
      Passage p = Passage.of(Files.readString(seed(doc), StandardCharsets.UTF_8), g.path("lang").asText());
      List<Fact> got = new ArrayList<>(MONEY.extract(p));
      for (JsonNode m : g.path("money")) {
        Fact hit = got.stream().filter(f -> f.currency().equals(m.path("currency").asText())
            && Conformance.close(f.amount(), m.path("amount").asDouble())).findFirst().orElse(null);
        assertEquals(true, hit != null, doc + ": missed " + m + " in " + got);
        got.remove(hit);
      }
      assertEquals(List.of(), got, doc + ": extra money");
    }
  }

  // every gold percentage is found, one per mention, and nothing else
  @Test
  void percentMatchesGold() throws IOException {
    for (JsonNode g : gold()) {
      String doc = g.path("doc").asText();
      Passage p = Passage.of(Files.readString(seed(doc), StandardCharsets.UTF_8), g.path("lang").asText());
      List<Double> want = new ArrayList<>();
      g.path("percent").forEach(v -> want.add(v.asDouble()));
      List<Double> got = PERCENT.extract(p).stream().map(Fact::value).toList();
      assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), doc);
    }
  }

  // the 13 required scores of seed 004 are found with their models, and no (model, value) outside the gold
  @Test
  void seed004ScoresMatchGold() throws IOException {
    JsonNode g = gold().stream().filter(x -> x.path("doc").asText().startsWith("004")).findFirst().orElseThrow();
    String text = Files.readString(seed(g.path("doc").asText()), StandardCharsets.UTF_8);
    TreeSet<String> want = new TreeSet<>();
    for (JsonNode s : g.path("scores")) {
      want.add(idFor(s.path("model")) + "=" + s.path("value").asInt());
    }
    // one sentence per line (Passage.of) and one per 。, as a Japanese sentence splitter gives
    for (Passage p : List.of(Passage.of(text, "ja"), new Passage(text,
        List.of(new newsfacts.extract.TextSegment(0, text.length(), "ja", 1.0)), japaneseSentences(text)))) {
      List<Fact> facts = new ArrayList<>(SCORES.extract(p));
      facts.addAll(models(text));
      TreeSet<String> got = new TreeSet<>();
      for (Fact f : new FactLinker().link(p, facts, FX)) {
        if (f.type() == FactType.SCORE) {
          got.add(f.model() + "=" + (int) (double) f.value());
        }
      }
      assertEquals(want, got);
    }
  }

  private static List<newsfacts.extract.Span> japaneseSentences(String text) {
    List<newsfacts.extract.Span> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '。' || c == '\n' || k == text.length() - 1) {
        int end = c == '\n' ? k : k + 1;
        if (end > start) {
          out.add(new newsfacts.extract.Span(start, end));
        }
        start = k + 1;
      }
    }
    return out;
  }

  /** The first gold alias that is one of our ids ("deepseek-r1", "o1", ...). */
  private static String idFor(JsonNode aliases) {
    Map<String, String> byAlias = new java.util.HashMap<>();
    for (String[] m : SEED_004_MODELS) {
      byAlias.put(m[1], m[1]);
    }
    byAlias.put("ernie 4.0 turbo", "ernie-4.0-turbo");
    byAlias.put("hunyuan-large", "hunyuan-large");
    for (JsonNode a : aliases) {
      if (byAlias.containsKey(a.asText())) {
        return byAlias.get(a.asText());
      }
    }
    return aliases.get(0).asText();
  }

  /** Model facts at every occurrence, longest surface first, without overlaps. */
  private static List<Fact> models(String text) {
    String[][] sorted = SEED_004_MODELS.clone();
    java.util.Arrays.sort(sorted, Comparator.comparingInt((String[] m) -> -m[0].length()));
    boolean[] taken = new boolean[text.length()];
    List<Fact> out = new ArrayList<>();
    for (String[] m : sorted) {
      for (int k = text.indexOf(m[0]); k >= 0; k = text.indexOf(m[0], k + 1)) {
        boolean free = true;
        for (int j = k; j < k + m[0].length(); j++) {
          free &= !taken[j];
        }
        if (free) {
          java.util.Arrays.fill(taken, k, k + m[0].length(), true);
          out.add(Fact.model(m[0], k, "ja", m[1], m[0], m[2], true));
        }
      }
    }
    return out;
  }
}
