package newsfacts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import newsfacts.index.FactSearcher;
import newsfacts.index.IndexException;
import newsfacts.index.QuerySyntaxException;
import newsfacts.serve.SearchServer;

/**
 * Load test of {@code newsfacts serve} on loopback: N concurrent clients fire the page's typical
 * searches (each with the five facet dimensions, as the page asks) at an in-process server over a
 * large index, bounded both in time and in request count, and print requests/s, median and p99
 * latency overall and per search. Client and server share the machine, so the figures are a floor.
 */
public final class ServeBench {
  private ServeBench() {}

  /** The searches of an analyst's session: first page, facet clicks, free text in three scripts, paging. */
  static Map<String, String> typicalSearches() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("first page: everything + facets", "/api/search");
    m.put("field `company:alibaba`", "/api/search?q=" + enc("company:alibaba"));
    m.put("phrase `\"AI chips\"`", "/api/search?q=" + enc("\"AI chips\""));
    m.put("range by usd `usd:[1e9 TO *]` type=money", "/api/search?type=money&sort=usd&q=" + enc("usd:[1e9 TO *]"));
    m.put("Russian `sentence:модели` lang=ru", "/api/search?lang=ru&q=" + enc("sentence:модели"));
    m.put("Japanese `推論`", "/api/search?q=" + enc("推論"));
    m.put("facets company=nvidia type=money, page 2", "/api/search?company=nvidia&type=money&offset=10");
    return m;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Runs the load test against the index in {@code index}, building a synthetic one of {@code facts}
   * facts there first (see {@link IndexBench}) when the folder holds none.
   */
  public static void run(Path index, int facts, int searchers, int clients, Duration duration, int maxRequests,
      PrintWriter out)
      throws IOException, IndexException, QuerySyntaxException, InterruptedException {
    if (!Files.isDirectory(index) || !Files.list(index).findAny().isPresent()) {
      out.printf("building a %,d-fact index in %s%n", facts, index);
      IndexBench.run(index, facts, 5, out);
      out.println();
    }
    Map<String, String> searches = typicalSearches();
    List<String> names = new ArrayList<>(searches.keySet());
    long factCount;
    try (FactSearcher s = FactSearcher.open(index)) {
      factCount = s.count("fact");
    }
    try (SearchServer server = SearchServer.start(index, searchers,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofSeconds(1))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI base = server.uri();
      for (String path : searches.values()) { // warm-up: caches, facet state, JIT
        for (int i = 0; i < 3; i++) {
          call(http, base.resolve(path));
        }
      }
      Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
      names.forEach(n -> nanos.put(n, new ConcurrentLinkedQueue<>()));
      AtomicInteger issued = new AtomicInteger();
      AtomicLong failures = new AtomicLong();
      long start = System.nanoTime();
      long deadline = start + duration.toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        threads.add(Thread.ofVirtual().start(() -> {
          int i;
          while (System.nanoTime() < deadline && (i = issued.getAndIncrement()) < maxRequests) {
            String name = names.get(i % names.size());
            long t0 = System.nanoTime();
            int status = call(http, base.resolve(searches.get(name)));
            nanos.get(name).add(System.nanoTime() - t0);
            if (status != 200) {
              failures.incrementAndGet();
            }
          }
        }));
      }
      for (Thread t : threads) {
        t.join();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long total = nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
      out.printf(Locale.ROOT, "Index: %,d facts. %d concurrent clients on loopback, %.1f s "
          + "(bounds: %d s, %,d requests); %,d requests, %d failed; %d searchers, %d cores, Java %s.%n%n",
          factCount, clients, seconds, duration.toSeconds(), maxRequests, total, failures.get(), searchers,
          Runtime.getRuntime().availableProcessors(), Runtime.version());
      out.printf(Locale.ROOT, "**%.0f requests/s overall**, latency %s%n%n", total / seconds,
          stats(nanos.values().stream().flatMap(ConcurrentLinkedQueue::stream).toList()));
      out.println("| search | requests | median ms | p99 ms |");
      out.println("|---|---:|---:|---:|");
      for (String n : names) {
        List<Long> l = List.copyOf(nanos.get(n));
        double[] ms = sortedMillis(l);
        out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f |%n", n, l.size(), median(ms), p99(ms));
      }
      out.flush();
    }
  }

  private static int call(HttpClient http, URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String stats(List<Long> nanos) {
    double[] ms = sortedMillis(nanos);
    return String.format(Locale.ROOT, "median %.1f ms, p99 %.1f ms", median(ms), p99(ms));
  }

  private static double[] sortedMillis(List<Long> nanos) {
    double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).toArray();
    Arrays.sort(ms);
    return ms;
  }

  private static double median(double[] ms) {
    return ms.length == 0 ? Double.NaN : ms[ms.length / 2];
  }

  private static double p99(double[] ms) {
    return ms.length == 0 ? Double.NaN : ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)];
  }
}
