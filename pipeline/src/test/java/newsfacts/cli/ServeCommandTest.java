package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsfacts serve} option errors; the server itself is covered by newsfacts.serve.ServeApiTest. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  private record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    return new Run(code, err.toString().strip());
  }

  @Test
  void portOutOfRangeIsAUsageError() {
    Run r = run("serve", "--port", "70000");
    assertEquals(2, r.code());
    assertEquals("newsfacts serve: --port must be from 0 to 65535, got 70000", r.err());
  }

  @Test
  void missingIndexFailsWithTheIngestHint() {
    Path none = tmp.resolve("none");
    Run r = run("serve", "--index", none.toString(), "--port", "0");
    assertEquals(1, r.code());
    assertEquals("newsfacts: no index at " + none + "; run `newsfacts ingest` first", r.err());
  }
}
