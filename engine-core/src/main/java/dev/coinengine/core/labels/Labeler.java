package dev.coinengine.core.labels;

import dev.coinengine.core.market.BarSeries;

/**
 * Labels each bar by its forward log return over the horizon, net of the round-trip cost: LONG if
 * {@code r - cost > margin}, SHORT if {@code -r - cost > margin}, FLAT otherwise, where {@code r =
 * ln(close[i + h] / close[i])} and cost and margin are fractions (bps / 10,000). The training
 * pipeline passes the cost model's round-trip estimate as {@link LabelSpec#costBps()}.
 */
public final class Labeler {
  private Labeler() {}

  public static Labels label(BarSeries bars, LabelSpec spec) {
    int n = bars.size();
    int h = spec.horizonBars();
    long barMs = bars.interval().millis();
    double threshold = spec.threshold();
    Label[] labels = new Label[n];
    double[] forward = new double[n];
    long[] start = new long[n];
    long[] end = new long[n];
    for (int i = 0; i < n; i++) {
      start[i] = bars.get(i).openTimeMs() + barMs;
      if (i + h >= n) {
        forward[i] = Double.NaN;
        end[i] = -1;
        continue;
      }
      double r = StrictMath.log(bars.get(i + h).close() / bars.get(i).close());
      forward[i] = r;
      end[i] = bars.get(i + h).openTimeMs() + barMs;
      labels[i] = r > threshold ? Label.LONG : r < -threshold ? Label.SHORT : Label.FLAT;
    }
    return new Labels(bars.symbol(), spec, labels, forward, start, end);
  }
}
