package dev.coinengine.store.market;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.knowm.xchange.binance.dto.BinanceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.mazi.rescu.HttpResponseAware;
import si.mazi.rescu.HttpStatusException;

/**
 * Sends one exchange request politely: waits for its weight in the {@link WeightBudget}, and
 * retries with {@link Backoff} on HTTP 429 (rate limit), 418 (IP ban), 5xx and I/O errors. A
 * Retry-After header freezes the whole budget until then. Other 4xx answers fail at once.
 */
public final class RequestGuard {

  private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
  private static final int INVALID_SYMBOL = -1121;

  private final WeightBudget budget;
  private final RetryPolicy policy;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;

  public RequestGuard(
      WeightBudget budget,
      RetryPolicy policy,
      RandomGenerator random,
      Sleeper sleeper,
      Clock clock) {
    this.budget = budget;
    this.policy = policy;
    this.backoff = new Backoff(policy, random);
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** A request that throws what XChange's REST client throws. */
  @FunctionalInterface
  public interface Request<T> {
    T send() throws IOException;
  }

  /**
   * @param endpoint for messages, e.g. {@code GET /api/v3/depth}
   * @param symbol the symbol asked for, or null; an "invalid symbol" answer then becomes {@link
   *     UnknownSymbolException}
   */
  public <T> T call(String endpoint, String symbol, int weight, Request<T> request) {
    for (int attempt = 1; ; attempt++) {
      pause(budget.reserve(weight));
      try {
        return request.send();
      } catch (IOException | RuntimeException e) {
        int status = status(e);
        Optional<Duration> retryAfter = retryAfter(e);
        if (status == 429 || status == 418) {
          budget.pauseUntil(clock.instant().plus(retryAfter.orElse(policy.baseDelay())));
        }
        if (symbol != null && e instanceof BinanceException be && be.getCode() == INVALID_SYMBOL) {
          throw new UnknownSymbolException(symbol, e);
        }
        if (!retryable(e, status)) {
          throw new MarketDataException(describe(endpoint, status, e), e);
        }
        if (attempt >= policy.maxAttempts()) {
          throw new MarketDataException(
              describe(endpoint, status, e) + " (gave up after " + attempt + " attempts)", e);
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
          throw new MarketDataException(
              describe(endpoint, status, e) + ", Retry-After " + retryAfter.get() + " is too long",
              e);
        }
        Duration delay = backoff.delayBeforeRetry(attempt, retryAfter);
        LOG.warn(
            "{} failed ({}), retry {} of {} in {} ms",
            endpoint,
            status > 0 ? "HTTP " + status : e.getClass().getSimpleName(),
            attempt,
            policy.maxAttempts() - 1,
            delay.toMillis());
        pause(delay);
      }
    }
  }

  private void pause(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MarketDataException("interrupted while waiting to call the exchange", e);
    }
  }

  static boolean retryable(Throwable e, int status) {
    if (status > 0) {
      return status == 429 || status == 418 || status >= 500;
    }
    // A body that is not the JSON we expect will not improve by asking again.
    return e instanceof IOException && !(e instanceof JacksonException);
  }

  static int status(Throwable e) {
    return e instanceof HttpStatusException hse ? hse.getHttpStatusCode() : 0;
  }

  static Optional<Duration> retryAfter(Throwable e) {
    if (!(e instanceof HttpResponseAware aware) || aware.getResponseHeaders() == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, List<String>> header : aware.getResponseHeaders().entrySet()) {
      if ("Retry-After".equalsIgnoreCase(header.getKey())
          && header.getValue() != null
          && !header.getValue().isEmpty()) {
        try {
          long seconds = Long.parseLong(header.getValue().get(0).trim());
          return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(String endpoint, int status, Throwable e) {
    return endpoint
        + " failed: "
        + (status > 0 ? "HTTP " + status + " " : "")
        + e.getClass().getSimpleName()
        + ": "
        + e.getMessage();
  }
}
