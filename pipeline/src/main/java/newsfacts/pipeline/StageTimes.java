package newsfacts.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Wall time spent per stage, summed over all threads (thread-safe counters). */
public final class StageTimes {
  final LongAdder read = new LongAdder();
  final LongAdder language = new LongAdder();
  final LongAdder extract = new LongAdder();

  /** Nanoseconds spent reading (Tika: detection, decoding, main text). */
  public long readNanos() {
    return read.sum();
  }

  /** Nanoseconds spent on language segments and sentences. */
  public long languageNanos() {
    return language.sum();
  }

  /** Nanoseconds spent extracting and linking facts. */
  public long extractNanos() {
    return extract.sum();
  }
}
