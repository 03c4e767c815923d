package newsfacts.index;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsfacts.extract.Fact;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes the index: one call per source file replaces everything that file produced, atomically.
 *
 * <p>Idempotent: a file whose bytes did not change since the last ingest is skipped
 * ({@link #isCurrent}); a changed file's old facts are deleted in the same update that adds the new
 * ones ({@code updateDocuments} on the source term). Crash-safe: nothing is visible until
 * {@link #commit()}, and Lucene's commit is atomic, so a killed ingest leaves the previous commit.
 * One writer per index: a second one fails fast on Lucene's write lock with a clear message.
 */
public final class FactIndex implements Closeable {
  /** Longest field value looked up among those already analyzed (sentences repeat; bodies do not). */
  private static final int REPEAT_MAX = 4000;

  private final Path path;
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private FactIndex(Path path, Directory dir, IndexWriter writer) throws IOException {
    this.path = path;
    this.dir = dir;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens or creates the index in {@code path}. */
  public static FactIndex open(Path path) throws IndexException {
    return open(path, FSDirectory::open);
  }

  /** Opens the Lucene directory of an index folder (tests pass one that fails like a full disk). */
  @FunctionalInterface
  interface DirectoryOpener {
    Directory open(Path path) throws IOException;
  }

  static FactIndex open(Path path, DirectoryOpener opener) throws IndexException {
    Directory dir = null;
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IndexException("index " + path + " is a file, not a folder; choose another --index", null);
    }
    try {
      Files.createDirectories(path);
      dir = opener.open(path);
      IndexWriterConfig cfg = new IndexWriterConfig(FactSchema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(false);
      return new FactIndex(path, dir, new IndexWriter(dir, cfg));
    } catch (IOException | RuntimeException e) {
      closeQuietly(dir);
      throw translate(path, e);
    }
  }

  /** The index folder. */
  public Path path() {
    return path;
  }

  /**
   * True when the index already holds {@code source} at exactly these bytes ({@code fileId}), read
   * successfully and indexed under the current {@link FactSchema#SCHEMA_VERSION}. A file that failed is
   * never current: the next ingest retries it (limits may have been raised, or the reader improved).
   *
   * <p>Answers from the index as of the last {@link #commit()} (or the open): updates applied since are
   * not seen. That is what a batch asks (was this file indexed by an earlier run?), and it keeps the
   * check cheap: refreshing the reader here would flush the writer's buffer into a new segment for
   * every file checked, and a batch of 20,000 files spent most of its time merging those segments.
   */
  public boolean isCurrent(String source, String fileId) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(FactSchema.SOURCE, source)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(FactSchema.FILE_ID, fileId)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(FactSchema.KIND, FactSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(FactSchema.SCHEMA, FactSchema.SCHEMA_VERSION)), BooleanClause.Occur.FILTER)
          .build();
      return s.count(q) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The documents that will replace everything one source produced, with their text already analyzed.
   * Made by {@link #prepare} or {@link #prepareError} on any thread, applied by {@link #apply} on the
   * writing thread: the costly analysis (kuromoji, smartcn, stemmers) runs in parallel on the workers,
   * while documents still enter the index in input order, so the same corpus gives the same index
   * whatever the thread count.
   */
  public static final class Update {
    private final String source;
    private final List<Document> docs;

    private Update(String source, List<Document> docs) {
      this.source = source;
      this.docs = docs;
    }

    /** The source this update replaces. */
    public String source() {
      return source;
    }
  }

  /**
   * Builds and analyzes the documents for these articles and their facts, in the block order of
   * {@link FactSchema}: each article, then each run of its facts that share a sentence, followed by that
   * sentence's document. Facts keep their order. Thread-safe.
   */
  public Update prepare(String source, String fileId, List<ArticleEntry> articles) throws IOException {
    List<Document> docs = new ArrayList<>();
    Map<String, Map<String, CachedTokens>> seen = new HashMap<>(); // field -> value -> tokens
    for (ArticleEntry a : articles) {
      ArticleTokens text = new ArticleTokens(writer.getAnalyzer(), a.text(), a.segments());
      text.bodies(seen);
      docs.add(FactSchema.articleDocument(source, fileId, a.docId(), a.lang(), a.title(), a.url(), a.published(),
          a.charset(), a.text(), a.segments(), a.facts().size(), a.json()));
      List<Fact> facts = a.facts();
      for (int i = 0; i < facts.size(); ) {
        Fact first = facts.get(i);
        do {
          docs.add(FactSchema.factDocument(facts.get(i), source, a.docId(), a.published()));
          i++;
        } while (i < facts.size() && FactSchema.sameSentence(first, facts.get(i)));
        if (first.sentence() != null) {
          String field = FactSchema.languageField(FactSchema.SENTENCE, first.lang());
          Map<String, CachedTokens> values = seen.computeIfAbsent(field, k -> new HashMap<>());
          if (!values.containsKey(first.sentence())) {
            CachedTokens t = text.sentence(field, first.sentence(), first.start());
            if (t != null) {
              values.put(first.sentence(), t);
            }
          }
        }
        docs.add(FactSchema.sentenceDocument(source, first.lang(), first.sentence()));
      }
    }
    preAnalyze(docs, seen);
    return new Update(source, docs);
  }

  /** Builds the error record that replaces what {@code source} produced (its old facts are gone: the file changed). */
  public Update prepareError(String source, String fileId, String reason, String json) throws IOException {
    List<Document> docs = new ArrayList<>(List.of(FactSchema.errorDocument(source, fileId, reason, json)));
    preAnalyze(docs, new HashMap<>());
    return new Update(source, docs);
  }

  /**
   * Replaces everything the update's source produced, atomically (one {@code updateDocuments}).
   *
   * @throws IOException when the index cannot be written (a full disk when a segment is flushed), with
   *     the same message as {@link IndexException}
   */
  public void apply(Update u) throws IOException {
    try {
      writer.updateDocuments(new Term(FactSchema.SOURCE, u.source), u.docs);
    } catch (IOException | RuntimeException e) {
      throw new IOException(translate(path, e).getMessage(), e);
    }
  }

  /** Replaces everything {@code source} produced with these articles and their facts. */
  public void replace(String source, String fileId, List<ArticleEntry> articles) throws IOException {
    apply(prepare(source, fileId, articles));
  }

  /** Replaces everything {@code source} produced with an error record (its old facts are gone: the file changed). */
  public void replaceWithError(String source, String fileId, String reason, String json) throws IOException {
    apply(prepareError(source, fileId, reason, json));
  }

  /**
   * Analyzes every tokenized text field now and hands the writer the tokens. One file's facts repeat
   * their sentence (five facts of one sentence, five copies), so equal field values are analyzed once;
   * {@code seen} (field, then value) starts with the bodies and sentences cut from the articles' analysis.
   */
  private void preAnalyze(List<Document> docs, Map<String, Map<String, CachedTokens>> seen) {
    Analyzer analyzer = writer.getAnalyzer();
    for (int i = 0; i < docs.size(); i++) {
      Document in = docs.get(i);
      Document out = new Document();
      for (IndexableField f : in.getFields()) {
        if (f instanceof Field field && f.fieldType().tokenized() && f.fieldType().indexOptions() != IndexOptions.NONE
            && f.stringValue() != null) {
          String v = f.stringValue();
          Map<String, CachedTokens> values = seen.computeIfAbsent(f.name(), k -> new HashMap<>());
          CachedTokens tokens = values.get(v);
          if (tokens == null) {
            tokens = CachedTokens.capture(analyzer, f.name(), v);
            if (v.length() <= REPEAT_MAX) { // a long value (a body) is not repeated: not worth keeping
              values.put(v, tokens);
            }
          }
          out.add(new PreAnalyzed(field, tokens));
        } else {
          out.add(f);
        }
      }
      docs.set(i, out);
    }
  }

  /** A text field whose tokens were made on a worker thread: same name, value and type, no analysis left. */
  private static final class PreAnalyzed extends Field {
    private final CachedTokens tokens;

    PreAnalyzed(Field f, CachedTokens tokens) {
      super(f.name(), f.stringValue(), f.fieldType());
      this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return tokens.replay(reuse);
    }
  }


  /** Deletes every document of sources for which {@code exists} is false; returns how many sources. */
  public int prune(Predicate<String> exists) throws IOException {
    int n = 0;
    for (String source : sources()) {
      if (!exists.test(source)) {
        writer.deleteDocuments(new Term(FactSchema.SOURCE, source));
        n++;
      }
    }
    return n;
  }

  /** Every source in the index (as of the last refresh), sorted. */
  public Set<String> sources() throws IOException {
    searchers.maybeRefresh();
    IndexSearcher s = searchers.acquire();
    try {
      Set<String> out = new java.util.TreeSet<>();
      // articles and errors store their source; every source has one or the other
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(FactSchema.KIND, FactSchema.KIND_ARTICLE)), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(FactSchema.KIND, FactSchema.KIND_ERROR)), BooleanClause.Occur.SHOULD)
          .build();
      int max = Math.max(1, s.getIndexReader().maxDoc());
      TopDocs td = s.search(q, max);
      StoredFields sf = s.storedFields();
      Set<String> fields = new HashSet<>(List.of(FactSchema.SOURCE));
      for (ScoreDoc d : td.scoreDocs) {
        out.add(sf.document(d.doc, fields).get(FactSchema.SOURCE));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** Makes every change so far durable and visible to new readers. */
  public void commit() throws IndexException {
    try {
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      throw translate(path, e);
    }
  }

  /** Closes without committing: changes since the last {@link #commit()} are dropped. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.rollback();
    } finally {
      dir.close();
    }
  }

  /** Turns Lucene's exceptions into one message a user can act on. */
  static IndexException translate(Path path, Exception e) {
    if (e instanceof LockObtainFailedException) {
      return new IndexException("index " + path + " is locked by another running ingest (write.lock); "
          + "wait for it to finish, or if none is running remove " + path.resolve("write.lock"), e);
    }
    if (find(e, "No space left") != null) {
      return new IndexException("disk full while writing index " + path
          + "; the previous commit is intact. Free space and ingest again", e);
    }
    Throwable corrupt = corruption(e);
    if (corrupt != null) {
      return new IndexException("index " + path + " is corrupt or from an incompatible version ("
          + corrupt.getClass().getSimpleName() + ": " + corrupt.getMessage()
          + "); delete the folder and ingest again to rebuild it", e);
    }
    Throwable denied = find(e, "Read-only file system");
    if (denied == null) {
      denied = find(e, "Not a directory");
    }
    if (e instanceof AccessDeniedException || denied != null) {
      return new IndexException("index " + path + " is not writable (" + (denied == null ? e : denied).getMessage()
          + "); choose another --index or fix its permissions", e);
    }
    Throwable tragedy = e instanceof AlreadyClosedException && e.getCause() != null ? e.getCause() : e;
    return new IndexException("cannot use index " + path + ": " + tragedy.getClass().getSimpleName() + ": "
        + tragedy.getMessage(), e);
  }

  /** The first throwable in {@code e}'s cause chain whose message contains {@code text}, or null. */
  private static Throwable find(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The sign of a damaged index in {@code e}'s cause chain: a checksum or format error, a file cut short
   * (EOF), or a file the commit names that is gone. Null when the failure is something else (an empty
   * folder, {@link IndexNotFoundException}, is no index rather than a damaged one).
   */
  private static Throwable corruption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IndexNotFoundException) {
        return null;
      }
      if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException || t instanceof EOFException
          || t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
        return t;
      }
    }
    return null;
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // already failing; the first exception is the one reported
      }
    }
  }
}
