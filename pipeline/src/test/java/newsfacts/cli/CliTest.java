package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, error records, idempotent ingest, query errors. */
class CliTest {
  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), "Alibaba investeert 380 miljard yuan in AI-modellen.\n"
        + "De Chinese techgigant maakte het plan dinsdag bekend in Hangzhou.\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve(".hidden.txt"), "ignored");
    return dir;
  }

  static long count(String summary, String what) {
    Matcher m = Pattern.compile("index now holds (\\d+) articles and (\\d+) facts").matcher(summary);
    assertTrue(m.find(), summary);
    return Long.parseLong(m.group(what.equals("articles") ? 1 : 2));
  }

  @Test
  void extractWritesRecordsAndAnErrorRecordPerBadFile() throws Exception {
    Path in = corpus();
    Run r = run("extract", in.toString());
    // one bad file: the batch finishes, exit 3, the error record names the file and the reason
    assertEquals(3, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("{\"kind\":\"document\",\"source\":\"" + in.resolve("a.txt") + "\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"lang\":\"nl\""), lines.get(0));
    assertEquals("{\"kind\":\"error\",\"source\":\"" + in.resolve("empty.txt") + "\",\"reason\":\"empty file\"}",
        lines.get(lines.size() - 1));
    assertTrue(r.err().contains("1 of 2 files failed"), r.err());
  }

  @Test
  void ingestTwiceChangesNothingAndAChangedFileReplacesItsFacts() throws Exception {
    Path in = corpus();
    Path index = tmp.resolve("idx");
    Run first = run("ingest", in.toString(), "--index", index.toString());
    assertEquals(3, first.code(), first.out() + first.err());
    assertTrue(first.out().contains("files: 2 read, 0 unchanged, 1 failed"), first.out());
    assertTrue(first.out().contains("failed: " + in.resolve("empty.txt") + ": empty file"), first.out());
    Run second = run("ingest", in.toString(), "--index", index.toString());
    // unchanged files are skipped; the failed one is retried and fails again
    assertTrue(second.out().contains("files: 1 read, 1 unchanged, 1 failed"), second.out());
    assertEquals(count(first.out(), "facts"), count(second.out(), "facts"));
    assertEquals(1, count(second.out(), "articles"));

    Files.writeString(in.resolve("empty.txt"), "Nvidia verkocht H200-chips aan Tencent voor 2 miljard dollar.\n"
        + "Het bedrijf meldde dit in een verklaring aan beleggers.\n");
    Files.delete(in.resolve("a.txt"));
    Run third = run("ingest", in.toString(), "--index", index.toString(), "--prune");
    assertEquals(0, third.code(), third.out() + third.err());
    assertTrue(third.out().contains("files: 1 read, 0 unchanged, 0 failed, 1 pruned"), third.out());
    assertEquals(1, count(third.out(), "articles"));
  }

  @Test
  void searchErrorsAreUsageErrorsWithoutStackTraces() throws Exception {
    Path index = tmp.resolve("idx");
    Run missing = run("search", "type:money", "--index", index.toString());
    assertEquals(1, missing.code());
    assertEquals("newsfacts: no index at " + index + "; run `newsfacts ingest` first", missing.err().strip());

    Path in = corpus();
    run("ingest", in.toString(), "--index", index.toString());
    Run bad = run("search", "company:(alibaba", "--index", index.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("newsfacts search: invalid query: cannot parse 'company:(alibaba'"), bad.err());
    assertTrue(bad.err().contains("line 1, column"), bad.err());
    assertTrue(!bad.err().contains("\tat "), bad.err());

    Run sort = run("search", "x", "--sort", "size", "--index", index.toString());
    assertEquals(2, sort.code());
    assertEquals("newsfacts search: --sort takes relevance, usd or published, got 'size'", sort.err().strip());
  }

  @Test
  void lexiconCheckReportsABadLineWithFileAndLine() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("lex"));
    Files.writeString(dir.resolve("companies.jsonl"), "# source: test\n# licence: CC0-1.0\n"
        + "{\"id\":\"acme\",\"name\":\"Acme\",\"country\":\"US\",\"aliases\":{\"latin\":[\"Acme\"]}}\n"
        + "{\"id\":\"Bad Id\",\"name\":\"Bad\",\"country\":\"US\",\"aliases\":{}}\n");
    Run r = run("lexicon", "check", "--lexicons", dir.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().startsWith("ERROR " + dir.resolve("companies.jsonl") + ":4: "), r.out());
    // the packaged lexicons lint clean of errors
    Run ok = run("lexicon", "check", "--quiet");
    assertEquals(0, ok.code(), ok.out());
    assertTrue(Pattern.compile("(?m)^0 errors, \\d+ warnings$").matcher(ok.out()).find(), ok.out());
  }

  @Test
  void readingLimitsAreOptions() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("big"));
    Path line = dir.resolve("line.txt");
    Files.writeString(line, "Micron expands HBM output as AI demand grows; ".repeat(50_000)); // 2.3 MB, one line
    long size = Files.size(line);
    Run capped = run("extract", line.toString(), "--max-bytes", "1000000");
    // over --max-bytes: an error record with both sizes, the batch ends with exit 3
    assertEquals(3, capped.code(), capped.err());
    assertEquals("{\"kind\":\"error\",\"source\":\"" + line + "\",\"reason\":\"file is " + size
        + " bytes, over the limit of 1000000 (maxBytes)\"}", capped.out().strip());
    Run cut = run("extract", line.toString(), "--max-chars", "1000", "--lang", "en");
    // over --max-chars: read, cut, and the record says so
    assertEquals(0, cut.code(), cut.err());
    String doc = cut.out().lines().findFirst().orElseThrow();
    assertTrue(doc.contains("\"chars\":1000,") && doc.contains("\"warnings\":[\"text cut at 1000 characters (maxChars)\"]"),
        doc);
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("ingest", "--frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
  }
}
