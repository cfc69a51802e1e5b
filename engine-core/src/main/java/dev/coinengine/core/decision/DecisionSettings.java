package dev.coinengine.core.decision;

/**
 * Tunables of {@link DecisionEngine}.
 *
 * @param holdingBars expected holding time in bars of the decision's timeframe (the label horizon
 *     the models were trained on); prices the expected edge and the funding
 * @param volatilityBars base-interval bars of the daily-volatility estimate
 * @param assumedSpreadBps spread assumed when the request has neither bid/ask nor a book
 */
public record DecisionSettings(int holdingBars, int volatilityBars, double assumedSpreadBps) {
  public DecisionSettings {
    if (holdingBars < 1) {
      throw new IllegalArgumentException("holdingBars must be >= 1, was " + holdingBars);
    }
    if (volatilityBars < 2) {
      throw new IllegalArgumentException("volatilityBars must be >= 2, was " + volatilityBars);
    }
    if (!(assumedSpreadBps >= 0 && assumedSpreadBps <= 1000)) {
      throw new IllegalArgumentException(
          "assumedSpreadBps must be in [0, 1000], was " + assumedSpreadBps);
    }
  }

  /** Four bars of holding, ten days of hourly volatility, 5 bps assumed spread. */
  public static DecisionSettings defaults() {
    return new DecisionSettings(4, 240, 5.0);
  }
}
