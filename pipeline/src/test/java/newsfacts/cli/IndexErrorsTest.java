package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsfacts.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index that cannot be used is a one-line error and exit 1 from every command, never a stack trace:
 * unwritable (its path runs through a file, which holds even for root), corrupt (names the folder and
 * how to rebuild).
 */
class IndexErrorsTest {
  @TempDir
  Path tmp;

  Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), "Alibaba investeert 380 miljard yuan in AI-modellen.\n"
        + "De Chinese techgigant maakte het plan dinsdag bekend in Hangzhou.\n", StandardCharsets.UTF_8);
    return dir;
  }

  static void assertOneLineError(Run r, String expectedStart, String expectedEnd) {
    assertEquals(1, r.code(), r.out() + r.err());
    String err = r.err().strip();
    assertFalse(err.contains("\n") || err.contains("\tat "), "one line, no stack trace: " + err);
    assertTrue(err.startsWith(expectedStart), err);
    assertTrue(err.endsWith(expectedEnd), err);
  }

  @Test
  void anUnwritableIndexFolderIsExitOne() throws Exception {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Path index = file.resolve("idx");
    Run r = CliTest.run("ingest", corpus().toString(), "--index", index.toString());
    // the folder cannot be created under a file: said plainly, with what to do
    assertOneLineError(r, "newsfacts: index " + index + " is not writable (",
        "Not a directory); choose another --index or fix its permissions");
  }

  @Test
  void aCorruptIndexNamesTheFolderAndHowToRebuildInEveryCommand() throws Exception {
    Path index = tmp.resolve("idx");
    Path in = corpus();
    assertEquals(0, CliTest.run("ingest", in.toString(), "--index", index.toString()).code());
    try (var files = Files.list(index)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        byte[] b = Files.readAllBytes(p);
        b[b.length / 2] ^= 0x55; // one flipped byte: the checksum no longer matches
        Files.write(p, b);
      }
    }
    for (List<String> args : List.of(List.of("search", "company:alibaba"), List.of("export"), List.of("report"),
        List.of("ingest", in.toString()))) {
      String[] cmd = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--index", index.toString()))
          .toArray(String[]::new);
      assertOneLineError(CliTest.run(cmd), "newsfacts: index " + index + " is corrupt or from an incompatible version (",
          "); delete the folder and ingest again to rebuild it");
    }
  }
}
