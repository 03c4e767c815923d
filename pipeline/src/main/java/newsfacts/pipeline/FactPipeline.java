package newsfacts.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.extract.Extractor;
import newsfacts.extract.Fact;
import newsfacts.extract.FactType;
import newsfacts.extract.Passage;
import newsfacts.extract.Span;

/**
 * The extraction stages over one passage: every extractor, then the linker, then each fact gets its
 * sentence. Checked once when built: no two extractors produce the same fact type.
 */
public final class FactPipeline {
  /** The most characters of sentence kept on a fact (a 50 MB line is not a sentence). */
  static final int MAX_SENTENCE = 1000;

  /** Links facts to each other after extraction (money to companies, scores to models, FX). */
  @FunctionalInterface
  public interface Linker {
    List<Fact> link(Passage passage, List<Fact> facts);
  }

  /** By start, the longer first, then by type: one plain method (a comparator chain costs a call per key). */
  private static final Comparator<Fact> ORDER = (a, b) -> {
    int c = Integer.compare(a.start(), b.start());
    if (c == 0) {
      c = Integer.compare(b.end(), a.end());
    }
    return c != 0 ? c : a.type().compareTo(b.type());
  };

  private final List<Extractor> extractors;
  /** Each extractor's {@link Extractor#produces()}, asked once (some build a new set per call). */
  private final List<Set<FactType>> declared;
  private final Linker linker;

  public FactPipeline(List<Extractor> extractors, Linker linker) {
    Map<FactType, String> owner = new EnumMap<>(FactType.class);
    for (Extractor e : extractors) {
      if (e.produces().isEmpty()) {
        throw new IllegalArgumentException("extractor '" + e.name() + "' declares no fact types");
      }
      for (FactType t : e.produces()) {
        String prev = owner.put(t, e.name());
        if (prev != null) {
          throw new IllegalArgumentException("extractors '" + prev + "' and '" + e.name()
              + "' both produce " + t.jsonName() + " facts; keep one");
        }
      }
    }
    this.extractors = List.copyOf(extractors);
    this.declared = this.extractors.stream().map(e -> Set.copyOf(e.produces())).toList();
    this.linker = linker;
  }

  /** The fact types this pipeline produces. */
  public List<FactType> produces() {
    List<FactType> out = new ArrayList<>();
    for (Extractor e : extractors) {
      out.addAll(e.produces());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** All facts of the passage, linked, sorted by offset, each with its sentence. */
  public List<Fact> extract(Passage passage) {
    List<Fact> facts = new ArrayList<>();
    for (int k = 0; k < extractors.size(); k++) {
      Extractor e = extractors.get(k);
      for (Fact f : e.extract(passage)) {
        if (!declared.get(k).contains(f.type())) {
          throw new IllegalStateException("extractor '" + e.name() + "' returned a " + f.type().jsonName()
              + " fact but declares only " + e.produces());
        }
        facts.add(f);
      }
    }
    facts.sort(ORDER);
    List<Fact> linked = linker.link(passage, facts);
    List<Fact> out = new ArrayList<>(linked.size());
    int lastStart = -1;
    int lastEnd = -1;
    String last = null;
    for (Fact f : linked) {
      Span s = sentenceSpan(passage, f);
      if (s.start() != lastStart || s.end() != lastEnd) { // facts of one sentence share its string
        lastStart = s.start();
        lastEnd = s.end();
        last = passage.text().substring(lastStart, lastEnd).strip();
      }
      out.add(f.withSentence(last));
    }
    return out;
  }

  /** The span of the fact's sentence, cut to {@link #MAX_SENTENCE} chars around the fact. */
  private static Span sentenceSpan(Passage p, Fact f) {
    Span s = p.sentenceAt(f.start());
    int start = s.start();
    int end = Math.max(s.end(), Math.min(f.end(), p.text().length()));
    if (end - start > MAX_SENTENCE) {
      start = Math.max(start, f.start() - MAX_SENTENCE / 2);
      end = Math.min(end, start + MAX_SENTENCE);
    }
    return new Span(start, end);
  }
}
