package newsfacts.index;

import java.util.List;
import java.util.Objects;
import newsfacts.extract.Fact;
import newsfacts.extract.TextSegment;

/**
 * One article and its facts, as the pipeline hands them to the index.
 *
 * @param docId SHA-256 of the article's raw bytes
 * @param lang document language or "und"
 * @param title title or null
 * @param url URL or null
 * @param published ISO 8601 date or null
 * @param charset decoding charset or null
 * @param text the article's extracted text (fact offsets point into it)
 * @param segments its language segments
 * @param json the document record exactly as {@code extract} prints it
 * @param facts the facts found in it
 */
public record ArticleEntry(
    String docId,
    String lang,
    String title,
    String url,
    String published,
    String charset,
    String text,
    List<TextSegment> segments,
    String json,
    List<Fact> facts) {

  public ArticleEntry {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(json, "json");
    segments = List.copyOf(segments);
    facts = List.copyOf(facts);
  }
}
