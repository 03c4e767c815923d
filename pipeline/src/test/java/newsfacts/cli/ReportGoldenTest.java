package newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for {@code report --format md|json} and {@code export --format csv|jsonl} over an index
 * of the repository's {@code seeds/}. The seeds are ingested by a path relative to the test's working
 * directory ({@code ../seeds} under Maven), so sources in the output hold no machine-specific prefix.
 *
 * <p>Extractor improvements legitimately change these files: regenerate them with
 * {@code mvn -pl pipeline -am test -Dtest=ReportGoldenTest -Dnewsfacts.updateGolden=true}, then read
 * the diff before committing it (docs/reports.md).
 */
class ReportGoldenTest {
  static final Path ROOT = Path.of(System.getProperty("newsfacts.root", "..")).toAbsolutePath().normalize();
  static final Path GOLDEN = ROOT.resolve("pipeline/src/test/resources/newsfacts/report");
  static final boolean UPDATE = Boolean.getBoolean("newsfacts.updateGolden");

  @TempDir
  static Path tmp;
  static String index;

  @BeforeAll
  static void ingestSeeds() {
    String seeds = Path.of("").toAbsolutePath().relativize(ROOT.resolve("seeds")).toString();
    index = tmp.resolve("idx").toString();
    CliTest.Run r = CliTest.run("ingest", seeds, "--index", index);
    assertTrue(r.code() == 0 || r.code() == 3, r.out() + r.err());
  }

  @Test
  void markdownReport() throws Exception {
    golden("seeds-report.md", CliTest.run("report", "--index", index, "--format", "md"));
  }

  @Test
  void jsonReportMatchesItsGoldenFileAndSchema() throws Exception {
    CliTest.Run r = CliTest.run("report", "--index", index, "--format", "json");
    golden("seeds-report.json", r);
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(ROOT.resolve("docs/report.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode n = new ObjectMapper().readTree(r.out());
    Set<ValidationMessage> errors = schema.validate(n);
    assertEquals(Set.of(), errors);
  }

  @Test
  void csvExport() throws Exception {
    golden("seeds-facts.csv", CliTest.run("export", "--index", index, "--format", "csv"));
  }

  @Test
  void jsonlExport() throws Exception {
    golden("seeds-facts.jsonl", CliTest.run("export", "--index", index, "--format", "jsonl"));
  }

  @Test
  void outFileHoldsTheSameBytesAsStdout() throws Exception {
    Path file = tmp.resolve("facts.csv");
    CliTest.Run toFile = CliTest.run("export", "--index", index, "--format", "csv", "--out", file.toString());
    assertEquals(0, toFile.code(), toFile.err());
    assertEquals("", toFile.out());
    assertEquals(CliTest.run("export", "--index", index, "--format", "csv").out(),
        Files.readString(file, StandardCharsets.UTF_8));
    Path html = tmp.resolve("report.html");
    CliTest.Run report = CliTest.run("report", "--index", index, "--format", "html", "--out", html.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  }

  @Test
  void badFormatsAndQueriesAreUsageErrors() {
    CliTest.Run r = CliTest.run("report", "--index", index, "--format", "pdf");
    assertEquals(2, r.code());
    assertEquals("newsfacts report: --format takes md, html or json, got 'pdf'\n", r.err());
    r = CliTest.run("export", "--index", index, "--format", "xlsx");
    assertEquals(2, r.code());
    assertEquals("newsfacts export: --format takes jsonl or csv, got 'xlsx'\n", r.err());
    r = CliTest.run("export", "usd:[1 TO", "--index", index);
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newsfacts export: invalid query: "), r.err());
  }

  /** Compares a command's output to its golden file, or rewrites the file with -Dnewsfacts.updateGolden=true. */
  static void golden(String name, CliTest.Run r) throws Exception {
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains(ROOT.toString()), "machine-specific path in the output");
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, r.out(), StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), "no golden file " + file + "; create it with -Dnewsfacts.updateGolden=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.out(), name + " differs from its golden file "
        + "(if the change is intended: -Dnewsfacts.updateGolden=true, and review the diff)");
  }
}
