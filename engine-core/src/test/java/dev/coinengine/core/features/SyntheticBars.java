package dev.coinengine.core.features;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded synthetic hourly bars for tests. */
public final class SyntheticBars {
  public static final long START_MS = 1_640_995_200_000L; // 2022-01-01T00:00Z

  private SyntheticBars() {}

  /** A geometric random walk with drift per bar and volatility per bar. */
  public static BarSeries walk(String symbol, int n, double drift, double volatility, long seed) {
    Random random = new Random(seed);
    double[] closes = new double[n];
    double price = 100.0;
    for (int i = 0; i < n; i++) {
      price *= Math.exp(drift + volatility * random.nextGaussian());
      closes[i] = price;
    }
    return fromCloses(symbol, closes, volatility, seed + 1);
  }

  /** Bars whose closes are given, opening at the previous close, with some wick and volume. */
  public static BarSeries fromCloses(String symbol, double[] closes, double wick, long seed) {
    Random random = new Random(seed);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      double open = i == 0 ? closes[0] : closes[i - 1];
      double close = closes[i];
      double high = Math.max(open, close) * (1 + wick * random.nextDouble());
      double low = Math.min(open, close) * (1 - wick * random.nextDouble());
      double volume = 1000 * Math.exp(0.3 * random.nextGaussian());
      bars.add(
          new Bar(
              START_MS + i * Interval.H1.millis(), open, high, low, close, volume, Double.NaN, -1));
    }
    return new BarSeries(symbol, Interval.H1, bars);
  }
}
