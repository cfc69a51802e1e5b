package dev.coinengine.core.cost;

import java.time.Duration;

/**
 * Perpetual funding for a position held {@code holding} long: the current rate per funding interval
 * (a fraction: 0.0001 = 0.01%; positive means longs pay shorts) and the symbol's interval (8 h by
 * default on Binance, 4 h for many alts, 1 h when a contract sits at its cap).
 */
public record Funding(double ratePerInterval, Duration interval, Duration holding) {

  public Funding {
    if (!Double.isFinite(ratePerInterval) || Math.abs(ratePerInterval) > 0.05) {
      throw new IllegalArgumentException(
          "ratePerInterval must be a finite fraction in [-0.05, 0.05], was " + ratePerInterval);
    }
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    if (holding == null || holding.isNegative()) {
      throw new IllegalArgumentException("holding must be zero or positive, was " + holding);
    }
  }

  /**
   * Expected number of funding timestamps in the holding time: {@code holding / interval}, not
   * rounded, because the entry time relative to the next timestamp is unknown.
   */
  public double expectedPayments() {
    return (double) holding.toMillis() / interval.toMillis();
  }
}
