package newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results reach the sink in input order, whatever finishes first; in-flight work is bounded. */
class BatchRunnerTest {

  @Test
  void resultsArriveInInputOrder() throws Exception {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    // later items finish first: order must still be the input order
    BatchRunner.run(items, 4, i -> {
      sleep((200 - i) % 7);
      return i * 2;
    }, (idx, r) -> {
      assertEquals(idx * 2, r);
      seen.add(r);
    });
    assertEquals(IntStream.range(0, 200).map(i -> i * 2).boxed().toList(), seen);
  }

  @Test
  void inFlightWorkIsBounded() throws Exception {
    AtomicInteger started = new AtomicInteger();
    int[] maxAhead = {0};
    BatchRunner.run(IntStream.range(0, 300).boxed().toList(), 2, i -> {
      started.incrementAndGet();
      return i;
    }, (idx, r) -> {
      sleep(1);
      maxAhead[0] = Math.max(maxAhead[0], started.get() - idx);
    });
    // 2 threads x IN_FLIGHT_PER_THREAD items at most are submitted ahead of the slow consumer, and the
    // workers do run ahead of it (they keep going while the index writer flushes)
    assertTrue(maxAhead[0] <= 2 * BatchRunner.IN_FLIGHT_PER_THREAD, "ahead: " + maxAhead[0]);
    assertTrue(maxAhead[0] > 2 * 4, "ahead: " + maxAhead[0]);
  }

  @Test
  void aFailureStopsTheBatchAndIsRethrown() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> BatchRunner.run(
        IntStream.range(0, 50).boxed().toList(), 3, i -> {
          if (i == 17) {
            throw new IllegalStateException("boom at 17");
          }
          return i;
        }, (idx, r) -> { }));
    assertEquals("boom at 17", e.getMessage());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
