package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Moving-average trend cross: LONG while the {@code fastBars} simple moving average of closes is
 * above the {@code slowBars} one by at least {@code minGapAtr} ATRs, SHORT while it is below by as
 * much. Raw score: {@code (fast - slow) / ATR}; confidence {@code |score| / 2}.
 */
public final class MovingAverageCross extends WindowRule {
  private final int fastBars;
  private final int slowBars;
  private final int atrBars;
  private final double minGapAtr;

  public MovingAverageCross(
      Interval interval, int fastBars, int slowBars, int atrBars, double minGapAtr) {
    super("ma_cross", interval, Math.max(slowBars, atrBars + 1));
    requirePositive("fastBars", fastBars);
    requirePositive("atrBars", atrBars);
    requirePositive("minGapAtr", minGapAtr);
    if (slowBars <= fastBars) {
      throw new IllegalArgumentException(
          "slowBars must exceed fastBars, was " + slowBars + " <= " + fastBars);
    }
    this.fastBars = fastBars;
    this.slowBars = slowBars;
    this.atrBars = atrBars;
    this.minGapAtr = minGapAtr;
  }

  @Override
  Vote decide(BarWindow w) {
    double atr = w.averageTrueRange(0, atrBars);
    if (!(atr > 0)) {
      return abstain();
    }
    double score = (w.meanClose(fastBars) - w.meanClose(slowBars)) / atr;
    if (Math.abs(score) < minGapAtr) {
      return vote(Direction.FLAT, 0, score);
    }
    return vote(Direction.of(score), Math.abs(score) / 2, score);
  }
}
