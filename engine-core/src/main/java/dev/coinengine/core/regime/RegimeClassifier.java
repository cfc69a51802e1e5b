package dev.coinengine.core.regime;

import dev.coinengine.core.market.BarSeries;

/**
 * Classifies the regime at each bar, point in time: the regime of a bar depends only on that bar
 * and the {@link #lookbackBars()} - 1 bars before it.
 */
public interface RegimeClassifier {

  /** Bars the classification of one bar needs, the bar itself included. */
  int lookbackBars();

  /** The regime of every bar; {@code null} for the first {@link #lookbackBars()} - 1 bars. */
  Regime[] classifyAll(BarSeries bars);

  /**
   * The regime at bar {@code row}, computed by {@link #classifyAll} on the {@link #lookbackBars()}
   * bars ending at {@code row}: what serving calls on its recent bars, equal to {@code
   * classifyAll(bars)[row]}.
   */
  default Regime classify(BarSeries bars, int row) {
    int lookback = lookbackBars();
    if (row < lookback - 1 || row >= bars.size()) {
      throw new IllegalArgumentException(
          bars.symbol()
              + ": row "
              + row
              + " needs "
              + lookback
              + " bars ending at it, the series has "
              + bars.size());
    }
    long from = bars.get(row - lookback + 1).openTimeMs();
    long to = bars.get(row).openTimeMs() + 1;
    Regime[] regimes = classifyAll(bars.between(from, to));
    return regimes[regimes.length - 1];
  }

  /** The regime at the last bar. */
  default Regime classify(BarSeries bars) {
    return classify(bars, bars.size() - 1);
  }
}
