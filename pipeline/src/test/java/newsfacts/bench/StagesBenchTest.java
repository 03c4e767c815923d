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

/** bench stages: one row per corpus folder with the facts that folder gives, and a total row. */
class StagesBenchTest {
  @TempDir
  Path tmp;

  @Test
  void oneRowPerLanguageFolderWithItsFacts() throws Exception {
    Path seeds = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.generate(12, corpus, 5, LexiconSource.packaged(), seeds);
    StringWriter sw = new StringWriter();
    StagesBench.run(corpus, 0, 1, NewsFacts.Options.defaults(), new PrintWriter(sw));

    List<String> rows = sw.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| group")).toList();
    List<String> names = new ArrayList<>();
    for (String r : rows) {
      names.add(cells(r)[0]);
    }
    assertEquals(List.of("de", "en", "ja", "nl", "ru", "zh", "**all**"), names);
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    long total = 0;
    for (int i = 0; i < 6; i++) {
      long facts = 0;
      for (SourceWalker.Source s : SourceWalker.walk(List.of(corpus.resolve(names.get(i))))) {
        for (ExtractedDocument d : nf.process(s.path(), s.source()).documents()) {
          facts += d.facts().size();
        }
      }
      String[] c = cells(rows.get(i));
      assertEquals("2", c[1], names.get(i));
      assertEquals(facts, Long.parseLong(c[2].replace(",", "")), names.get(i));
      assertTrue(facts > 0, names.get(i));
      total += facts;
    }
    String[] all = cells(rows.get(6));
    assertEquals("12", all[1]);
    assertEquals(total, Long.parseLong(all[2].replace(",", "")));
    // the newsfacts column is the sum of the five stage columns
    double stages = 0;
    for (int k = 4; k <= 8; k++) {
      stages += Double.parseDouble(all[k]);
    }
    assertEquals(stages, Double.parseDouble(all[9]), 0.03);
  }

  private static String[] cells(String row) {
    String[] parts = row.substring(2, row.length() - 2).split(" \\| ");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }
}
