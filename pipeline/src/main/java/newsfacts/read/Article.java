package newsfacts.read;

import java.util.List;
import java.util.Objects;

/**
 * One article read from a file: its decoded main text and metadata. A plain file or page gives one
 * article; a feed or WARC file gives one per item/record.
 *
 * @param source the path as given by the user (for feed items and WARC records: the same file path)
 * @param id SHA-256 (hex) of the raw bytes of the article (the file, or the item/record payload)
 * @param text the main text without boilerplate, paragraphs separated by blank lines
 * @param title the title, or null when none is known
 * @param published ISO 8601 publication date/time, or null when unknown
 * @param url the article's URL when known (feeds, WARC, canonical link), else null
 * @param charset the charset the bytes were decoded with (e.g. "UTF-8", "Shift_JIS"), or null for binary formats
 * @param contentType the detected media type without parameters (e.g. "text/html")
 * @param warnings problems that did not stop reading (U+FFFD in the text, truncation at the limit...)
 */
public record Article(
    String source,
    String id,
    String text,
    String title,
    String published,
    String url,
    String charset,
    String contentType,
    List<String> warnings) {

  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentType, "contentType");
    warnings = List.copyOf(warnings);
  }
}
