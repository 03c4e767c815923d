package newsfacts.pipeline;

import java.util.List;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import newsfacts.read.Article;

/**
 * One article after every stage: what was read, its language segments and sentences, and its facts.
 *
 * @param article the article as read
 * @param passage its text with language segments and sentences
 * @param lang the document language (the language covering most characters), or "und"
 * @param facts the linked facts, sorted by offset, each with its sentence
 */
public record ExtractedDocument(Article article, Passage passage, String lang, List<Fact> facts) {
  public ExtractedDocument {
    facts = List.copyOf(facts);
  }
}
