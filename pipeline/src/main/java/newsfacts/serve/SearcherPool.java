package newsfacts.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import newsfacts.index.FactSearcher;
import newsfacts.index.IndexException;

/**
 * A few {@link FactSearcher}s over one index, lent out one request at a time. A {@code FactSearcher}
 * answers one search at a time (its methods are synchronized), so a server with one of them uses one
 * core however many requests wait; with one per core, searches run in parallel. The searchers share
 * the index files through the OS page cache and are refreshed together.
 */
final class SearcherPool implements Closeable {
  private final List<FactSearcher> all;
  private final BlockingQueue<FactSearcher> idle;
  private final boolean owned;

  private SearcherPool(List<FactSearcher> all, boolean owned) {
    this.all = List.copyOf(all);
    this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    this.owned = owned;
  }

  /** One searcher the caller keeps owning (tests, embedding). */
  static SearcherPool of(FactSearcher searcher) {
    return new SearcherPool(List.of(searcher), false);
  }

  /** Opens {@code size} searchers on the latest commit of {@code index}; closing the pool closes them. */
  static SearcherPool open(Path index, int size) throws IndexException, IOException {
    List<FactSearcher> list = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        list.add(FactSearcher.open(index));
      }
    } catch (IndexException | RuntimeException e) {
      for (FactSearcher s : list) {
        s.close();
      }
      throw e;
    }
    return new SearcherPool(list, true);
  }

  /** Work done with one searcher. */
  interface Work<T> {
    T run(FactSearcher searcher) throws IOException;
  }

  /** Runs {@code work} with a searcher no other request is using, waiting for one if need be. */
  <T> T with(Work<T> work) throws IOException {
    FactSearcher s;
    try {
      s = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a searcher", e);
    }
    try {
      return work.run(s);
    } finally {
      idle.add(s);
    }
  }

  /** Moves every searcher to the newest commit (each is thread-safe, so no need to borrow them). */
  void refresh() throws IOException {
    for (FactSearcher s : all) {
      s.refresh();
    }
  }

  int size() {
    return all.size();
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      IOException first = null;
      for (FactSearcher s : all) {
        try {
          s.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
