package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsfacts.extract.Fact;
import newsfacts.pipeline.ExtractedDocument;
import newsfacts.pipeline.FileOutcome;
import newsfacts.pipeline.NewsFacts;
import newsfacts.read.SourceWalker;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * On the seeds (five languages, a Chinese headline over English, German tables), every fact's sentence
 * is cut from its segment's analysis, and the cut gives the tokens the sentence gets analyzed alone.
 */
class SeedSentenceTokensTest {
  private static final Path SEEDS = Path.of(System.getProperty("newsfacts.root", "..")).resolve("seeds");

  @Test
  void everySeedSentenceIsCutFromItsSegmentWithTheTokensItHasAlone() throws IOException {
    Analyzer analyzer = FactSchema.analyzer();
    NewsFacts nf = NewsFacts.create(NewsFacts.Options.defaults());
    Map<String, Integer> cutByLang = new TreeMap<>();
    List<String> notCut = new ArrayList<>();
    for (SourceWalker.Source s : SourceWalker.walk(List.of(SEEDS))) {
      FileOutcome o = nf.process(s.path(), s.source());
      for (ExtractedDocument d : o.documents()) {
        ArticleTokens tokens = new ArticleTokens(analyzer, d.article().text(), d.passage().segments());
        for (Fact f : d.facts()) {
          String field = FactSchema.languageField(FactSchema.SENTENCE, f.lang());
          CachedTokens cut = tokens.sentence(field, f.sentence(), f.start());
          if (cut == null) {
            notCut.add(s.source() + "@" + f.start() + " " + f.lang());
            continue;
          }
          // slice(0, length) of the sentence alone: its first token at position 0, as a cut has it
          CachedTokens alone = CachedTokens.capture(analyzer, field, f.sentence()).slice(0, f.sentence().length());
          assertEquals(alone.toString(), cut.toString(), s.source() + "@" + f.start() + ": " + f.sentence());
          cutByLang.merge(f.lang(), 1, Integer::sum);
        }
      }
    }
    assertEquals(List.of(), notCut);
    assertEquals(List.of("de", "en", "ja", "nl", "ru", "und"), List.copyOf(cutByLang.keySet())); // every seed language
  }
}
