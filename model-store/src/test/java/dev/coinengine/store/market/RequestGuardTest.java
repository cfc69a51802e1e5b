package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.binance.dto.BinanceException;
import si.mazi.rescu.HttpStatusIOException;
import si.mazi.rescu.InvocationResult;

class RequestGuardTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2024-03-10T00:00:00Z"));
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper =
      d -> {
        sleeps.add(d);
        clock.advance(d);
      };

  private RequestGuard guard(RetryPolicy policy, int weightPerMinute) {
    return new RequestGuard(
        new WeightBudget(weightPerMinute, clock), policy, new SplittableRandom(3), sleeper, clock);
  }

  @Test
  void retriesRateLimitAndServerErrorsThenReturnsTheAnswer() {
    AtomicInteger calls = new AtomicInteger();
    String answer =
        guard(RetryPolicy.live(), 6000)
            .call(
                "GET /x",
                null,
                2,
                () -> {
                  switch (calls.incrementAndGet()) {
                    case 1 -> throw binance(429, -1003, null);
                    case 2 ->
                        throw new HttpStatusIOException("down", new InvocationResult("", 503));
                    case 3 -> throw new ConnectException("refused");
                    default -> {
                      return "ok";
                    }
                  }
                });

    assertThat(answer).isEqualTo("ok");
    assertThat(calls).hasValue(4);
    assertThat(sleeps).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void retryAfterIsWaitedForAndFreezesTheBudget() {
    RequestGuard guard = guard(RetryPolicy.live(), 6000);
    AtomicInteger calls = new AtomicInteger();

    guard.call(
        "GET /x",
        null,
        2,
        () -> {
          if (calls.incrementAndGet() == 1) {
            throw binance(429, -1003, "9");
          }
          return "ok";
        });

    assertThat(sleeps.stream().mapToLong(Duration::toMillis).sum()).isGreaterThanOrEqualTo(9_000);
  }

  @Test
  void aRetryAfterLongerThanThePolicyAllowsFailsAtOnce() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                guard(RetryPolicy.live(), 6000)
                    .call(
                        "GET /x",
                        null,
                        2,
                        () -> {
                          calls.incrementAndGet();
                          throw binance(418, -1003, "86400");
                        }))
        .isInstanceOf(MarketDataException.class)
        .hasMessageContaining("HTTP 418")
        .hasMessageContaining("too long");
    assertThat(calls).hasValue(1);
  }

  @Test
  void givesUpAfterMaxAttempts() {
    AtomicInteger calls = new AtomicInteger();
    RetryPolicy three =
        new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    assertThatThrownBy(
            () ->
                guard(three, 6000)
                    .call(
                        "GET /x",
                        null,
                        2,
                        () -> {
                          calls.incrementAndGet();
                          throw new IOException("reset");
                        }))
        .isInstanceOf(MarketDataException.class)
        .hasMessageContaining("gave up after 3 attempts");
    assertThat(calls).hasValue(3);
  }

  @Test
  void clientErrorsAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                guard(RetryPolicy.live(), 6000)
                    .call(
                        "GET /x",
                        null,
                        2,
                        () -> {
                          calls.incrementAndGet();
                          throw binance(400, -1100, null);
                        }))
        .isInstanceOf(MarketDataException.class)
        .isNotInstanceOf(UnknownSymbolException.class);
    assertThat(calls).hasValue(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void invalidSymbolBecomesUnknownSymbol() {
    assertThatThrownBy(
            () ->
                guard(RetryPolicy.live(), 6000)
                    .call(
                        "GET /x",
                        "NOPEUSDT",
                        2,
                        () -> {
                          throw binance(400, -1121, null);
                        }))
        .isInstanceOfSatisfying(
            UnknownSymbolException.class, e -> assertThat(e.symbol()).isEqualTo("NOPEUSDT"));
  }

  @Test
  void aSecondMinuteOfWeightWaitsForTheBudget() {
    RequestGuard guard = guard(RetryPolicy.none(), 100);

    for (int i = 0; i < 5; i++) {
      guard.call("GET /x", null, 20, () -> "ok");
    }
    assertThat(sleeps).isEmpty();
    guard.call("GET /x", null, 20, () -> "ok");

    // 100 per minute: 20 weight refill in 12 s
    assertThat(sleeps).containsExactly(Duration.ofSeconds(12));
  }

  private static BinanceException binance(int status, int code, String retryAfter) {
    BinanceException e = new BinanceException(code, "test");
    e.setHttpStatusCode(status);
    if (retryAfter != null) {
      e.setResponseHeaders(Map.of("Retry-After", List.of(retryAfter)));
    }
    return e;
  }
}
