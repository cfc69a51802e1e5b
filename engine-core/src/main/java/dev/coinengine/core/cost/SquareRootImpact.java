package dev.coinengine.core.cost;

/**
 * The square-root law of market impact: one crossing of size {@code Q} (quote) moves the price by
 * {@code coefficient * dailyVolatility * sqrt(Q / dailyQuoteVolume)} (a fraction of the price). The
 * law is documented across equities, futures and Bitcoin with a coefficient of order one (see
 * {@code docs/cost-and-risk.md}); {@link #DEFAULT_COEFFICIENT} is that round value, not a Binance
 * calibration.
 */
public record SquareRootImpact(double coefficient) {

  /** Y = 1: the order of magnitude reported for the square-root law; calibrate from fills. */
  public static final double DEFAULT_COEFFICIENT = 1.0;

  public SquareRootImpact {
    if (!(coefficient >= 0) || coefficient > 10) {
      throw new IllegalArgumentException("coefficient must be in [0, 10], was " + coefficient);
    }
  }

  /** Impact of one crossing as a fraction of the price. */
  public double impact(double orderQuote, double dailyQuoteVolume, double dailyVolatility) {
    return coefficient * dailyVolatility * Math.sqrt(orderQuote / dailyQuoteVolume);
  }
}
