package dev.coinengine.core.features;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;

/** The bars of a series as primitive columns, the form every indicator works on. */
public record BarColumns(
    long[] openTimes, double[] open, double[] high, double[] low, double[] close, double[] volume) {

  public static BarColumns of(BarSeries series) {
    int n = series.size();
    long[] times = new long[n];
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    for (int i = 0; i < n; i++) {
      Bar bar = series.get(i);
      times[i] = bar.openTimeMs();
      open[i] = bar.open();
      high[i] = bar.high();
      low[i] = bar.low();
      close[i] = bar.close();
      volume[i] = bar.volume();
    }
    return new BarColumns(times, open, high, low, close, volume);
  }

  public int size() {
    return openTimes.length;
  }
}
