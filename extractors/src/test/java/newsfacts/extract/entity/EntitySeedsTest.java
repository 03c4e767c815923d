package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged lexicons on the gold seed articles, scored per the gold README: distinct entities per
 * article, names compared after NFKC, case folding and keeping letters and digits only, a vendor prefix
 * before "/" or ":" ignored. Prints precision and recall per language; requires company P, R >= 0.95
 * and model P, R >= 0.9 over all seeds.
 */
class EntitySeedsTest {

  /** True positives, predictions counted for precision, gold entries, gold entries found. */
  static final class Score {
    int tp;
    int predicted;
    int gold;
    int found;
    final List<String> misses = new ArrayList<>();

    double precision() {
      return predicted == 0 ? 1 : (double) tp / predicted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) found / gold;
    }

    void add(Score o) {
      tp += o.tp;
      predicted += o.predicted;
      gold += o.gold;
      found += o.found;
    }
  }

  static String key(String s) {
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
    String t = Normalizer.normalize(cut >= 0 ? s.substring(cut + 1) : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    t.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  static Set<String> keys(JsonNode names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.add(key(n.asText())));
    return out;
  }

  /** Scores the distinct entities of {@code facts} against a gold list and its optional list. */
  static Score score(List<Fact> facts, JsonNode gold, JsonNode optional, String doc) {
    Map<String, Set<String>> predicted = new LinkedHashMap<>();
    for (Fact f : facts) {
      predicted.computeIfAbsent(f.id(), x -> new HashSet<>()).addAll(List.of(key(f.id()), key(f.name())));
    }
    Score s = new Score();
    List<Set<String>> goldKeys = new ArrayList<>();
    gold.forEach(g -> goldKeys.add(keys(g)));
    List<Set<String>> optionalKeys = new ArrayList<>();
    optional.forEach(g -> optionalKeys.add(keys(g)));
    s.gold = goldKeys.size();
    for (Set<String> g : goldKeys) {
      if (predicted.values().stream().anyMatch(p -> p.stream().anyMatch(g::contains))) {
        s.found++;
      } else {
        s.misses.add(doc + ": missed " + g);
      }
    }
    for (Map.Entry<String, Set<String>> p : predicted.entrySet()) {
      boolean inGold = goldKeys.stream().anyMatch(g -> p.getValue().stream().anyMatch(g::contains));
      boolean inOptional = optionalKeys.stream().anyMatch(g -> p.getValue().stream().anyMatch(g::contains));
      if (inGold) {
        s.tp++;
        s.predicted++;
      } else if (!inOptional) {
        s.predicted++;
        s.misses.add(doc + ": spurious " + p.getKey());
      }
    }
    return s;
  }

  @Test
  void seedsMeetTheTargets() throws IOException {
    String root = System.getProperty("newsfacts.root");
    String shared = System.getProperty("newsfacts.shared");
    Assumptions.assumeTrue(root != null && shared != null && Files.isDirectory(Path.of(shared, "gold")),
        "needs newsfacts.root and newsfacts.shared (set by surefire)");
    Assumptions.assumeTrue(LexiconSource.packaged().exists("models.jsonl"), "the packaged lexicons are not built yet");
    EntityExtractor extractor = new EntityExtractor(Lexicons.load(LexiconSource.packaged()));
    ObjectMapper json = new ObjectMapper();
    Map<String, Score[]> byLang = new LinkedHashMap<>();
    Score companies = new Score();
    Score models = new Score();
    for (String line : Files.readAllLines(Path.of(shared, "gold", "seeds.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(line);
      String doc = g.get("doc").asText();
      String lang = g.get("lang").asText();
      String text = Files.readString(Path.of(root, "seeds", doc));
      List<Fact> facts = extractor.extract(Passage.of(text, lang));
      Score c = score(facts.stream().filter(f -> f.type() == FactType.COMPANY).toList(), g.get("companies"),
          g.get("companies_optional"), doc);
      Score m = score(facts.stream().filter(f -> f.type() == FactType.MODEL).toList(), g.get("models"),
          g.get("models_optional"), doc);
      Score[] l = byLang.computeIfAbsent(lang, x -> new Score[] {new Score(), new Score()});
      l[0].add(c);
      l[1].add(m);
      companies.add(c);
      models.add(m);
      c.misses.forEach(x -> System.out.println("  company " + x));
      m.misses.forEach(x -> System.out.println("  model " + x));
    }
    byLang.forEach((lang, s) -> System.out.printf(Locale.ROOT,
        "seeds %s: companies P=%.3f R=%.3f  models P=%.3f R=%.3f%n", lang, s[0].precision(), s[0].recall(),
        s[1].precision(), s[1].recall()));
    System.out.printf(Locale.ROOT, "seeds all: companies P=%.3f R=%.3f  models P=%.3f R=%.3f%n",
        companies.precision(), companies.recall(), models.precision(), models.recall());
    assertTrue(companies.precision() >= 0.95, "company precision " + companies.precision());
    assertTrue(companies.recall() >= 0.95, "company recall " + companies.recall());
    assertTrue(models.precision() >= 0.9, "model precision " + models.precision());
    assertTrue(models.recall() >= 0.9, "model recall " + models.recall());
  }
}
