package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Bollinger band mean reversion: with {@code z} the close's distance from the {@code bars}-bar mean
 * close in sample standard deviations, LONG when {@code z <= -bandWidth}, SHORT when {@code z >=
 * bandWidth}. Raw score {@code -z}; confidence {@code |z| / (2 x bandWidth)}.
 */
public final class BollingerMeanReversion extends WindowRule {
  private final int bars;
  private final double bandWidth;

  public BollingerMeanReversion(Interval interval, int bars, double bandWidth) {
    super("bollinger_reversion", interval, bars);
    requirePositive("bandWidth", bandWidth);
    this.bars = bars;
    this.bandWidth = bandWidth;
  }

  @Override
  Vote decide(BarWindow w) {
    double mean = w.meanClose(bars);
    double sd = w.stdClose(bars, mean);
    if (!(sd > 0)) {
      return abstain();
    }
    double z = (w.close(0) - mean) / sd;
    double confidence = Math.abs(z) / (2 * bandWidth);
    if (z <= -bandWidth) {
      return vote(Direction.LONG, confidence, -z);
    }
    if (z >= bandWidth) {
      return vote(Direction.SHORT, confidence, -z);
    }
    return vote(Direction.FLAT, 0, -z);
  }
}
