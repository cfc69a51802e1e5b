package dev.coinengine.store.market;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Delay before retry number {@code n} (1-based): {@code min(maxDelay, baseDelay * 2^(n-1))}, of
 * which the upper half is random ("equal jitter", so clients that failed together do not retry
 * together). A Retry-After from the exchange is a lower bound.
 */
public final class Backoff {

  private final RetryPolicy policy;
  private final RandomGenerator random;

  public Backoff(RetryPolicy policy, RandomGenerator random) {
    this.policy = policy;
    this.random = random;
  }

  public Duration delayBeforeRetry(int retry, Optional<Duration> retryAfter) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1, was " + retry);
    }
    long base = policy.baseDelay().toMillis();
    long cap = policy.maxDelay().toMillis();
    long exp = retry > 62 ? cap : Math.min(cap, base << Math.min(retry - 1, 30));
    long jittered = exp / 2 + (long) (random.nextDouble() * (exp - exp / 2));
    long delay = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
    return Duration.ofMillis(delay);
  }
}
