package newsfacts.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import newsfacts.index.FactSearcher;
import newsfacts.index.IndexException;

/**
 * The {@code newsfacts serve} web server: the JSON {@link Api} under {@code /api/} and the search page
 * (static files from the classpath, {@code newsfacts/serve/}) everywhere else.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}: a handful of GET routes over loopback need no
 * framework, and no dependency means nothing to patch. Requests run on virtual threads; searches run
 * in parallel on a pool of searchers (see {@link SearcherPool}). The index is
 * read live: before a request, the searcher moves to the newest commit if the last check is older
 * than the refresh interval, so an ingest's commits show without a restart. Every response sets a
 * Content-Security-Policy that allows only this origin's scripts and styles (no inline code), and no
 * response carries a stack trace: unexpected failures are logged and answered with a one-line 500.
 */
public final class SearchServer implements Closeable {
  private static final Logger LOG = Logger.getLogger(SearchServer.class.getName());
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Map<String, String> STATIC = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/app.js", "app.js",
      "/app.css", "app.css");

  private final HttpServer http;
  private final ExecutorService executor;
  private final SearcherPool searchers;
  private final Api api;
  private final long refreshNanos;
  private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());

  private SearchServer(HttpServer http, ExecutorService executor, SearcherPool searchers, Duration refresh) {
    this.http = http;
    this.executor = executor;
    this.searchers = searchers;
    this.api = new Api(searchers);
    this.refreshNanos = refresh.toNanos();
  }

  /**
   * Starts serving {@code searcher} on {@code address} (port 0: any free port). The caller keeps owning
   * the searcher and closes it after this server.
   *
   * @param refresh how stale the index may get: at most one reopen check per interval
   */
  public static SearchServer start(FactSearcher searcher, InetSocketAddress address, Duration refresh)
      throws IOException {
    return start(SearcherPool.of(searcher), address, refresh);
  }

  /**
   * Opens {@code searchers} searchers on {@code index} (one per core lets searches run in parallel:
   * a {@link FactSearcher} answers one at a time) and serves them; {@link #close()} closes them.
   */
  public static SearchServer start(Path index, int searchers, InetSocketAddress address, Duration refresh)
      throws IOException, IndexException {
    SearcherPool pool = SearcherPool.open(index, searchers);
    try {
      return start(pool, address, refresh);
    } catch (IOException | RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static SearchServer start(SearcherPool pool, InetSocketAddress address, Duration refresh)
      throws IOException {
    HttpServer http = HttpServer.create(address, 128);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    SearchServer s = new SearchServer(http, executor, pool, refresh);
    http.createContext("/", s::handle);
    http.setExecutor(executor);
    http.start();
    return s;
  }

  /** The page's URL, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Headers h = ex.getResponseHeaders();
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("Cache-Control", "no-store");
      try {
        respond(ex);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "failed to answer " + ex.getRequestURI(), e);
        send(ex, api.error(500, null, "internal error: " + e.getClass().getSimpleName()));
      }
    } catch (IOException ignored) {
      // the client went away; nothing to answer
    }
  }

  private void respond(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      send(ex, api.error(405, null, "only GET is supported, got " + method));
      return;
    }
    if (path.startsWith("/api/")) {
      maybeRefresh();
      send(ex, api.get(ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery()));
      return;
    }
    String file = STATIC.get(path);
    if (file == null) {
      send(ex, api.error(404, null, "no such page: " + path));
      return;
    }
    byte[] body;
    try (InputStream in = SearchServer.class.getResourceAsStream("/newsfacts/serve/" + file)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing packaged file newsfacts/serve/" + file));
      }
      body = in.readAllBytes();
    }
    String type = file.endsWith(".js") ? "text/javascript; charset=utf-8"
        : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    write(ex, 200, type, body);
  }

  private void maybeRefresh() throws IOException {
    long now = System.nanoTime();
    long last = lastRefresh.get();
    if (now - last >= refreshNanos && lastRefresh.compareAndSet(last, now)) {
      searchers.refresh();
    }
  }

  private void send(HttpExchange ex, Api.Response r) throws IOException {
    write(ex, r.status(), "application/json; charset=utf-8", api.mapper().writeValueAsBytes(r.body()));
  }

  private static void write(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      ex.getResponseBody().write(body);
    }
  }

  /** Stops accepting requests, waits up to a second for those in flight, closes searchers it opened. */
  @Override
  public void close() throws IOException {
    http.stop(1);
    executor.close();
    searchers.close();
  }
}
