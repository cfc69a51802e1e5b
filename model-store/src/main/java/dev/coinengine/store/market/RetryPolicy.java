package dev.coinengine.store.market;

import java.time.Duration;

/**
 * How often and how patiently a failed request is retried: exponential backoff from {@code
 * baseDelay}, capped at {@code maxDelay}, with jitter. A Retry-After longer than {@code
 * maxRetryAfter} (an 418 IP ban can last days) is not waited for: the call fails at once.
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= baseDelay <= maxDelay, was " + baseDelay + " / " + maxDelay);
    }
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must be >= 0, was " + maxRetryAfter);
    }
  }

  /** Live Binance: 6 attempts, 0.5 s doubling to at most 30 s, Retry-After up to 5 minutes. */
  public static RetryPolicy live() {
    return new RetryPolicy(
        6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));
  }

  /** One attempt, no waiting: the loopback stub either answers or is broken. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }
}
