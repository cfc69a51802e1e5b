package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final RetryPolicy policy =
      new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));

  @Test
  void delaysDoubleWithJitterInTheUpperHalfUntilTheCap() {
    Backoff backoff = new Backoff(policy, new SplittableRandom(7));

    for (int retry = 1; retry <= 10; retry++) {
      long exp = Math.min(30_000, 500L << (retry - 1));
      Duration d = backoff.delayBeforeRetry(retry, Optional.empty());
      assertThat(d.toMillis()).as("retry %d", retry).isBetween(exp / 2, exp);
    }
  }

  @Test
  void theSameSeedGivesTheSameDelaysAndAnotherSeedOtherDelays() {
    assertThat(delays(42)).isEqualTo(delays(42)).isNotEqualTo(delays(43));
  }

  @Test
  void retryAfterIsALowerBound() {
    Backoff backoff = new Backoff(policy, new SplittableRandom(1));

    assertThat(backoff.delayBeforeRetry(1, Optional.of(Duration.ofSeconds(12))))
        .isEqualTo(Duration.ofSeconds(12));
    // a short Retry-After does not shorten the backoff
    assertThat(backoff.delayBeforeRetry(6, Optional.of(Duration.ofMillis(1))).toMillis())
        .isGreaterThanOrEqualTo(8_000);
  }

  private List<Long> delays(long seed) {
    Backoff backoff = new Backoff(policy, new SplittableRandom(seed));
    List<Long> out = new ArrayList<>();
    for (int retry = 1; retry <= 6; retry++) {
      out.add(backoff.delayBeforeRetry(retry, Optional.empty()).toMillis());
    }
    return out;
  }
}
