package dev.coinengine.core.selection;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/** Synthetic bar series for tests. */
final class Bars {
  static final long HOUR = 3_600_000L;
  static final long DAY = 86_400_000L;

  private Bars() {}

  /**
   * Hourly bars opening at {@code fromMs} (inclusive) to {@code toMs} (exclusive), with the close
   * given by {@code closeAt(openTime)}, high/low 1% around it and a base volume of 10.
   */
  static BarSeries hourly(String symbol, long fromMs, long toMs, LongToDoubleFunction closeAt) {
    List<Bar> bars = new ArrayList<>();
    for (long t = fromMs; t < toMs; t += HOUR) {
      double close = closeAt.applyAsDouble(t);
      bars.add(new Bar(t, close, close * 1.01, close * 0.99, close, 10.0, Double.NaN, -1));
    }
    return new BarSeries(symbol, Interval.H1, bars);
  }
}
