package newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsfacts.extract.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search's total is the exact number of matches, also past the first thousand, where Lucene's
 * collectors stop counting and may skip documents (sorted by a field, or by score).
 */
class SearchTotalsTest {
  @TempDir
  Path dir;

  @Test
  void totalsAreExactPastAThousandMatchesInEveryOrder() throws Exception {
    String text = "Alibaba investeert 380 miljard yuan in AI.";
    try (FactIndex idx = FactIndex.open(dir)) {
      for (int file = 0; file < 30; file++) {
        List<Fact> facts = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
          // falling with the document id: after the first thousand, later facts cannot enter the top
          // ten by usd, which is where a sorted search stops counting them
          double usd = 1e8 * (3000 - (file * 100 + k)); // 3e11 .. 1e8, distinct
          facts.add(Fact.money("380 miljard yuan", 19, "nl", usd, "USD", null, null).withUsd(usd, "2025-12-31")
              .withSentence(text));
        }
        idx.replace("f" + file + ".txt", "id" + file, List.of(FactSearcherTest.entry("d" + file, "nl", text,
            facts.toArray(new Fact[0]))));
        if (file % 7 == 6) {
          idx.commit(); // several segments, as a real ingest makes
        }
      }
      idx.commit();
    }
    try (FactSearcher s = FactSearcher.open(dir)) {
      // usd >= 1e9: 3000 - n >= 10, n = 0 .. 2990: 2,991
      for (SearchRequest.SortOrder order : SearchRequest.SortOrder.values()) {
        SearchRequest r = new SearchRequest("type:money AND usd:[1e9 TO *]", null, null, null, order, 10, 0,
            List.of(), false);
        assertEquals(2991, s.search(r).total(), order.name());
      }
      assertEquals(3000, s.search(SearchRequest.of("sentence:alibaba", 10)).total());
    }
  }
}
