package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * RSI mean reversion (Wilder's RSI with simple averages over the last {@code periods} close
 * changes, Cutler's variant, so it has no recursive memory): LONG when RSI is at or below {@code
 * oversold}, SHORT at or above {@code 100 - oversold}. Raw score {@code (50 - RSI) / 50};
 * confidence {@code |score|}.
 */
public final class RsiMeanReversion extends WindowRule {
  private final int periods;
  private final double oversold;

  public RsiMeanReversion(Interval interval, int periods, double oversold) {
    super("rsi_reversion", interval, periods + 1);
    requirePositive("periods", periods);
    if (!(oversold > 0 && oversold < 50)) {
      throw new IllegalArgumentException("oversold must be in (0, 50), was " + oversold);
    }
    this.periods = periods;
    this.oversold = oversold;
  }

  @Override
  Vote decide(BarWindow w) {
    double gains = 0;
    double losses = 0;
    for (int k = periods - 1; k >= 0; k--) {
      double change = w.close(k) - w.close(k + 1);
      if (change > 0) {
        gains += change;
      } else {
        losses -= change;
      }
    }
    if (gains + losses == 0) {
      return abstain();
    }
    double rsi = 100 * gains / (gains + losses);
    double score = (50 - rsi) / 50;
    if (rsi <= oversold) {
      return vote(Direction.LONG, score, score);
    }
    if (rsi >= 100 - oversold) {
      return vote(Direction.SHORT, -score, score);
    }
    return vote(Direction.FLAT, 0, score);
  }
}
