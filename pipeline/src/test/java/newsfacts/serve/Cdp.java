package newsfacts.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Chrome DevTools Protocol client for end-to-end tests: starts headless Chromium, attaches
 * to its page over the JDK's WebSocket client, and offers navigate / evaluate / wait / screenshot.
 * No WebDriver, no extra dependency. Every wait is bounded and fails with the condition it waited for.
 */
final class Cdp implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
  private static final long TIMEOUT_SECONDS = 30;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Cdp(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The Chromium binary: $CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH. */
  static Optional<Path> chromium() {
    String env = System.getenv("CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts headless Chromium and attaches to its first page. */
  static Cdp launch(Path binary) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("newsfacts-chromium");
    Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    CompletableFuture<String> browserUrl = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = err.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            browserUrl.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        browserUrl.completeExceptionally(e);
      }
      browserUrl.completeExceptionally(new IOException("chromium exited without a DevTools URL"));
    });
    try {
      URI ws = URI.create(browserUrl.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
      HttpClient http = HttpClient.newHttpClient();
      URI list = URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list");
      String page = null;
      for (int attempt = 0; attempt < 50 && page == null; attempt++) {
        for (JsonNode t : JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
            HttpResponse.BodyHandlers.ofString()).body())) {
          if (t.path("type").asText().equals("page")) {
            page = t.path("webSocketDebuggerUrl").asText();
            break;
          }
        }
        if (page == null) {
          Thread.sleep(100);
        }
      }
      if (page == null) {
        throw new IOException("chromium has no page target");
      }
      Listener listener = new Listener();
      WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), listener)
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Cdp cdp = new Cdp(p, profile, socket);
      listener.cdp = cdp;
      cdp.send("Page.enable", null);
      cdp.send("Runtime.enable", null);
      return cdp;
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IOException("could not drive chromium: " + e, e);
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    volatile Cdp cdp;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String msg = buffer.toString();
        buffer.setLength(0);
        try {
          JsonNode n = JSON.readTree(msg);
          if (n.has("id") && cdp != null) {
            CompletableFuture<JsonNode> f = cdp.pending.remove(n.get("id").asInt());
            if (f != null) {
              f.complete(n);
            }
          }
        } catch (IOException e) {
          // not a message we sent a command for
        }
      }
      ws.request(1);
      return null;
    }
  }

  /** Sends a command and returns its {@code result}; a protocol error throws. */
  JsonNode send(String method, ObjectNode params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      msg.set("params", params);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).join();
    JsonNode n;
    try {
      n = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException(method + " got no answer: " + e, e);
    }
    if (n.has("error")) {
      throw new IOException(method + " failed: " + n.get("error"));
    }
    return n.path("result");
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Evaluates a JavaScript expression (awaiting a promise) and returns its value as JSON. */
  JsonNode eval(String expression) throws IOException {
    JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails").path("exception").path("description")
          .asText(r.get("exceptionDetails").toString()) + "\n  in: " + expression);
    }
    return r.path("result").path("value");
  }

  /** Evaluates to a string. */
  String text(String expression) throws IOException {
    return eval(expression).asText();
  }

  /** Polls {@code condition} (a JS boolean expression) until true; fails after a bound, naming it. */
  void waitFor(String condition) throws IOException, InterruptedException {
    for (int i = 0; i < TIMEOUT_SECONDS * 10; i++) {
      if (eval("!!(" + condition + ")").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("page never satisfied: " + condition);
  }

  /** Opens {@code url} and waits for the document to load. */
  void navigate(String url) throws IOException, InterruptedException {
    send("Page.navigate", params().put("url", url));
    waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url));
  }

  /** Runs a script in every new document before its own scripts (e.g. to record events). */
  void onNewDocument(String source) throws IOException {
    send("Page.addScriptToEvaluateOnNewDocument", params().put("source", source));
  }

  /** Sets the viewport, as a phone ({@code mobile}) or a desktop window. */
  void viewport(int width, int height, boolean mobile) throws IOException {
    send("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", mobile));
  }

  /** Saves a PNG of the viewport. */
  void screenshot(Path file) throws IOException {
    JsonNode r = send("Page.captureScreenshot", params().put("format", "png"));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
  }

  @Override
  public void close() throws IOException {
    try {
      socket.abort();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
