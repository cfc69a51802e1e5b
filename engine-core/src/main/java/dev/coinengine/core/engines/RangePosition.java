package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Range position (a stochastic oscillator used for fading range extremes): {@code p = (close -
 * lowest low) / (highest high - lowest low)} over the last {@code bars} bars, the voting bar
 * included. LONG when {@code p <= edge}, SHORT when {@code p >= 1 - edge}. Raw score {@code 1 -
 * 2p}; confidence {@code |score|}.
 */
public final class RangePosition extends WindowRule {
  private final int bars;
  private final double edge;

  public RangePosition(Interval interval, int bars, double edge) {
    super("range_position", interval, bars);
    if (!(edge > 0 && edge < 0.5)) {
      throw new IllegalArgumentException("edge must be in (0, 0.5), was " + edge);
    }
    this.bars = bars;
    this.edge = edge;
  }

  @Override
  Vote decide(BarWindow w) {
    double high = w.highestHigh(0, bars);
    double low = w.lowestLow(0, bars);
    if (!(high > low)) {
      return abstain();
    }
    double p = (w.close(0) - low) / (high - low);
    double score = 1 - 2 * p;
    if (p <= edge) {
      return vote(Direction.LONG, score, score);
    }
    if (p >= 1 - edge) {
      return vote(Direction.SHORT, -score, score);
    }
    return vote(Direction.FLAT, 0, score);
  }
}
