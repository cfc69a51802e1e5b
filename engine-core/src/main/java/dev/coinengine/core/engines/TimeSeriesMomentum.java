package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Time-series momentum (Moskowitz, Ooi and Pedersen 2012), volatility-scaled: {@code z = log(close
 * / close[bars ago]) / (sigma x sqrt(bars))} with {@code sigma} the sample standard deviation of
 * the one-bar log returns in the window. LONG when {@code z >= minZ}, SHORT when {@code z <=
 * -minZ}. Raw score {@code z}; confidence {@code |z| / 2}.
 */
public final class TimeSeriesMomentum extends WindowRule {
  private final int bars;
  private final double minZ;

  public TimeSeriesMomentum(Interval interval, int bars, double minZ) {
    super("tsmom", interval, bars + 1);
    if (bars < 2) {
      throw new IllegalArgumentException("bars must be >= 2, was " + bars);
    }
    requirePositive("minZ", minZ);
    this.bars = bars;
    this.minZ = minZ;
  }

  @Override
  Vote decide(BarWindow w) {
    double sum = 0;
    double sumSq = 0;
    for (int k = bars - 1; k >= 0; k--) {
      double r = StrictMath.log(w.close(k) / w.close(k + 1));
      sum += r;
      sumSq += r * r;
    }
    double variance = (sumSq - sum * sum / bars) / (bars - 1);
    if (!(variance > 1e-24)) {
      return abstain();
    }
    double z = sum / (Math.sqrt(variance) * Math.sqrt(bars));
    if (Math.abs(z) < minZ) {
      return vote(Direction.FLAT, 0, z);
    }
    return vote(Direction.of(z), Math.abs(z) / 2, z);
  }
}
