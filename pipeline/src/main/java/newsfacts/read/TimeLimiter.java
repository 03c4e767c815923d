package newsfacts.read;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one parse with a time limit and turns every failure into a {@link ReadException}: a parser's
 * RuntimeException, a StackOverflowError from deeply nested input, an OutOfMemoryError. Parses run
 * on daemon threads with a {@value #STACK_BYTES}-byte stack. A parse that times out is interrupted,
 * but a parser that ignores interrupts keeps its thread busy until it finishes: the caller moves on.
 */
final class TimeLimiter {
  /** Stack size of parse threads: recursive parsers (PDF, OOXML) get room before overflowing. */
  static final long STACK_BYTES = 16L << 20;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ThreadFactory FACTORY = r -> {
    Thread t = new Thread(null, r, "newsfacts-read-" + THREADS.incrementAndGet(), STACK_BYTES);
    t.setDaemon(true);
    return t;
  };
  private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(FACTORY);

  private TimeLimiter() {}

  /** A parse step that may fail with a reason. */
  @FunctionalInterface
  interface Task<T> {
    T call() throws Exception;
  }

  static <T> T call(Task<T> task, Duration timeout) throws ReadException {
    Callable<T> callable = task::call;
    Future<T> future = EXECUTOR.submit(callable);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ReadException("timed out after " + describe(timeout), e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReadException("interrupted", e);
    } catch (ExecutionException e) {
      throw convert(e.getCause());
    }
  }

  /** The {@link ReadException} for a failure inside a parse. */
  static ReadException convert(Throwable t) {
    if (t instanceof ReadException r) {
      return r;
    }
    if (t instanceof StackOverflowError) {
      return new ReadException("document is nested too deeply (stack overflow while parsing)", t);
    }
    if (t instanceof OutOfMemoryError) {
      return new ReadException("out of memory while parsing (lower maxBytes or raise -Xmx)", t);
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return new ReadException("parser failed: " + message, t);
  }

  static String describe(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
