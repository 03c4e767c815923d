package newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.lexicon.LexiconSource;
import newsfacts.pipeline.ExtractedDocument;
import newsfacts.pipeline.NewsFacts;
import newsfacts.read.SourceWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench ingest: the warm-up sample spans the corpus; the report counts every fact of the corpus. */
class IngestBenchTest {
  @TempDir
  Path tmp;

  @Test
  void theWarmUpSampleIsSpreadOverTheCorpus() {
    List<SourceWalker.Source> files = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      files.add(new SourceWalker.Source(Path.of("f" + i), "f" + i));
    }
    assertEquals(List.of("f0", "f2", "f5", "f7"),
        IngestBench.spread(files, 4).stream().map(SourceWalker.Source::source).toList());
    assertEquals(files, IngestBench.spread(files, 10));
    assertEquals(files, IngestBench.spread(files, 4000));
  }

  @Test
  void theReportCountsTheCorpusFacts() throws Exception {
    Path seeds = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.generate(12, corpus, 9, LexiconSource.packaged(), seeds);
    StringWriter sw = new StringWriter();
    IngestBench.run(corpus, 1, 2, true, NewsFacts.Options.defaults(), new PrintWriter(sw));
    String report = sw.toString();
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    long facts = 0;
    for (SourceWalker.Source s : SourceWalker.walk(List.of(corpus))) {
      for (ExtractedDocument d : nf.process(s.path(), s.source()).documents()) {
        facts += d.facts().size();
      }
    }
    assertTrue(report.contains(String.format(java.util.Locale.ROOT, "facts: %,d;", facts)), report);
    assertTrue(report.contains("after an untimed warm-up round over 12 files, median of 1 runs"), report);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("ratio newsfacts / Tika: \\*\\*([0-9.]+)\\*\\*")
        .matcher(report);
    assertTrue(m.find(), report);
    // one run: the ratio within it is the ratio of the medians
    String ratio = m.group(1);
    assertTrue(report.contains("ratio within each run: " + ratio + "; median **" + ratio + "**"), report);
    assertTrue(java.util.regex.Pattern.compile("CPU \\(process, median runs\\): Tika [0-9.]+ core-s \\([0-9.]+ cores "
        + "busy\\), newsfacts [0-9.]+ core-s \\([0-9.]+ cores busy\\); ratio of CPU [0-9.]+").matcher(report).find(), report);
  }
}
