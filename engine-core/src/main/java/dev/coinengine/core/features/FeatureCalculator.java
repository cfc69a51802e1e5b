package dev.coinengine.core.features;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the feature matrix of a coin from its bars and the BTCUSDT and ETHUSDT context bars.
 * Training calls {@link #compute} on the whole history, serving calls {@link #latest} on the recent
 * bars; both run the same code.
 */
public interface FeatureCalculator {

  FeatureSpec spec();

  /**
   * One row per bar of {@code coin}. Row {@code t} uses only bars whose open time is at most the
   * open time of coin bar {@code t}. The context bar of a row is the one with the same open time;
   * where it is missing, or a context series is {@code null} or empty, its columns are NaN. For
   * BTCUSDT itself pass the coin as {@code btc}.
   */
  FeatureMatrix compute(BarSeries coin, BarSeries btc, BarSeries eth);

  /**
   * The feature vector of the last bar of {@code coin}, computed by {@link #compute} on the last
   * {@link FeatureSpec#lookbackBars()} bars of each series. Equal, bit for bit, to the last row of
   * {@code compute} on any longer history ending at the same bar.
   */
  default double[] latest(BarSeries coin, BarSeries btc, BarSeries eth) {
    if (coin.isEmpty()) {
      throw new IllegalArgumentException(coin.symbol() + ": no bars to compute features from");
    }
    int lookback = spec().lookbackBars();
    long lastOpen = coin.last().openTimeMs();
    FeatureMatrix matrix =
        compute(
            tail(coin, lastOpen, lookback),
            tail(btc, lastOpen, lookback),
            tail(eth, lastOpen, lookback));
    return matrix.row(matrix.rows() - 1);
  }

  /** The last {@code count} bars with open time {@code <= lastOpenMs}. */
  private static BarSeries tail(BarSeries series, long lastOpenMs, int count) {
    if (series == null) {
      return null;
    }
    int end = series.size();
    while (end > 0 && series.get(end - 1).openTimeMs() > lastOpenMs) {
      end--;
    }
    List<Bar> bars = new ArrayList<>(series.bars().subList(Math.max(0, end - count), end));
    return new BarSeries(series.symbol(), series.interval(), bars);
  }
}
