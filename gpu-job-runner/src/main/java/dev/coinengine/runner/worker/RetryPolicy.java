package dev.coinengine.runner.worker;

import java.time.Duration;

/**
 * Retries of a transient failure inside one delivery: {@code attempts} tries in all, waiting {@code
 * initialDelay}, then twice that, and so on up to {@code maxDelay}. After the last try the job is
 * released to the queue, whose redrive bounds the total.
 */
public record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay) {

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
    }
    if (initialDelay == null || initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must be >= 0, was " + initialDelay);
    }
    if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay must be >= initialDelay (" + initialDelay + "), was " + maxDelay);
    }
  }

  /** Three tries, 1 s then 2 s apart. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** The wait before try {@code attempt + 1}, after {@code attempt} (from 1) failed. */
  public Duration delayAfter(int attempt) {
    Duration delay = initialDelay;
    for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
