package dev.coinengine.store.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket over request weight: {@code weightPerMinute} tokens, refilled continuously. A
 * caller reserves the weight of its request and is told how long to wait before sending it, so
 * concurrent callers queue fairly without holding a lock while they sleep. After a 429/418 the
 * bucket can be frozen until the exchange's Retry-After has passed.
 */
public final class WeightBudget {

  private final Clock clock;
  private final double capacity;
  private final double perMilli;
  private double tokens;
  private long lastRefillMs;
  private long pausedUntilMs;

  public WeightBudget(int weightPerMinute, Clock clock) {
    if (weightPerMinute <= 0) {
      throw new IllegalArgumentException("weightPerMinute must be > 0, was " + weightPerMinute);
    }
    this.clock = clock;
    this.capacity = weightPerMinute;
    this.perMilli = weightPerMinute / 60_000.0;
    this.tokens = weightPerMinute;
    this.lastRefillMs = clock.millis();
    this.pausedUntilMs = 0;
  }

  /** Takes {@code weight} tokens and returns how long the caller must wait before sending. */
  public synchronized Duration reserve(int weight) {
    if (weight <= 0 || weight > capacity) {
      throw new IllegalArgumentException("weight must be 1.." + (int) capacity + ", was " + weight);
    }
    long now = refill();
    tokens -= weight;
    long waitMs = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perMilli);
    waitMs = Math.max(waitMs, pausedUntilMs - now);
    return Duration.ofMillis(Math.max(0, waitMs));
  }

  /** The exchange said "stop until then": nothing is sent before {@code until}. */
  public synchronized void pauseUntil(Instant until) {
    refill();
    tokens = Math.min(tokens, 0);
    pausedUntilMs = Math.max(pausedUntilMs, until.toEpochMilli());
  }

  /** Weight that could be sent right now without waiting (negative while callers queue). */
  public synchronized double available() {
    refill();
    return tokens;
  }

  private long refill() {
    long now = clock.millis();
    if (now > lastRefillMs) {
      tokens = Math.min(capacity, tokens + (now - lastRefillMs) * perMilli);
      lastRefillMs = now;
    }
    return now;
  }
}
