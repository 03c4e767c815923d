package newsfacts.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsfacts.index.ArticleEntry;
import newsfacts.index.FactIndex;

/** How one file's outcome becomes its index update: its articles and facts, or its error record. */
public final class IndexUpdates {
  private IndexUpdates() {}

  /**
   * The update replacing everything {@code o.source()} produced, analyzed on the calling thread (call it
   * on a worker, then {@link FactIndex#apply} in input order on the writing thread).
   */
  public static FactIndex.Update of(FactIndex index, FileOutcome o) throws IOException {
    if (o.failed()) {
      return index.prepareError(o.source(), o.fileId() == null ? "" : o.fileId(), o.error(),
          Records.error(o.source(), o.error()));
    }
    List<ArticleEntry> entries = new ArrayList<>();
    for (ExtractedDocument d : o.documents()) {
      entries.add(new ArticleEntry(d.article().id(), d.lang(), d.article().title(), d.article().url(),
          d.article().published(), d.article().charset(), d.article().text(), d.passage().segments(),
          Records.document(d), d.facts()));
    }
    return index.prepare(o.source(), o.fileId(), entries);
  }
}
