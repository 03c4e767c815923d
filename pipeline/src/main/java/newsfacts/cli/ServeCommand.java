package newsfacts.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsfacts.serve.SearchServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfacts serve}: the search page and JSON API over an index, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves a search page and a JSON API (/api/search, /api/articles/{id}, /api/report) over",
        "the index. The index is read live: new ingest commits show within a second. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "newsfacts-index",
      description = "Index folder (default: ./${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 exposes the "
          + "index to the network, without authentication).")
  String bind;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("newsfacts serve: --port must be from 0 to 65535, got " + port);
      return Main.EXIT_USAGE;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      err.println("newsfacts serve: --bind: unknown address '" + bind + "'");
      return Main.EXIT_USAGE;
    }
    int searchers = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (SearchServer server = SearchServer.start(index, searchers, new InetSocketAddress(address, port),
        Duration.ofSeconds(1))) {
      out.println("newsfacts: serving " + index + " at " + server.uri() + " (Ctrl-C to stop)");
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    } catch (java.net.BindException e) {
      err.println("newsfacts serve: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
          + "); choose another --port");
      return 1;
    }
    return 0;
  }
}
