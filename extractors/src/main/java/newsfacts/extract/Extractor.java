package newsfacts.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds facts of some types in a passage.
 *
 * <p>Contract:
 * <ol>
 *   <li>{@link #extract} is pure and thread-safe: one instance serves every thread, all state is built
 *       in the constructor (lexicons, automata, patterns) and never changed afterwards.
 *   <li>It never returns {@code null}; no match is an empty list. Facts come sorted by start offset.
 *   <li>Every fact's span lies inside the passage text and {@code fact.text()} equals that span's text.
 *   <li>Each fact carries the language of the segment it starts in ({@link Passage#langAt}).
 *   <li>It does not modify the passage; the passage stays owned by the caller.
 *   <li>It returns only the types named by {@link #produces()}; the pipeline checks this once.
 *   <li>Input of any size is processed in time linear in its length (no catastrophic backtracking).
 * </ol>
 * Linking (money to companies, scores to models) is a separate stage ({@code FactLinker}), run after
 * every extractor.
 */
public interface Extractor {

  /** A short stable name, used in logs and errors ("entities", "figures"). */
  String name();

  /** The fact types this extractor can return. */
  Set<FactType> produces();

  /** Finds facts in {@code passage}. */
  List<Fact> extract(Passage passage);
}
