package newsfacts.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsfacts.extract.Fact;
import newsfacts.extract.Passage;
import org.junit.jupiter.api.Test;

class EntityExtractorConcurrencyTest {

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    // the extractor is shared: parallel calls give exactly the sequential results
    List<Passage> passages = List.of(
        Passage.of("DeepSeek’s R1 en OpenAI’s o1, Qwen3.5-Max", "nl"),
        Passage.of("акции Яндекса и V3 от DeepSeek", "ru"),
        Passage.of("DeepseekのR1モデルとＱＷＥＮ２．５ＭＡＸ", "ja"));
    List<List<Fact>> expected = passages.stream().map(Fixtures.EXTRACTOR::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Fact>>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Passage p = passages.get(i % passages.size());
        futures.add(pool.submit(() -> Fixtures.EXTRACTOR.extract(p)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % passages.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
