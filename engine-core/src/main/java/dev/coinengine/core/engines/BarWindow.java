package dev.coinengine.core.engines;

import dev.coinengine.core.market.BarSeries;

/**
 * Trailing-window statistics over the bars ending at {@link #row()}. Offsets count back from the
 * voting bar: offset 0 is the voting bar, offset 1 the bar before it. Every method reads only bars
 * at offsets {@code >= 0}.
 */
final class BarWindow {
  private final BarSeries bars;
  private final int row;

  BarWindow(BarSeries bars, int row) {
    this.bars = bars;
    this.row = row;
  }

  int row() {
    return row;
  }

  double close(int offset) {
    return bars.get(row - offset).close();
  }

  double high(int offset) {
    return bars.get(row - offset).high();
  }

  double low(int offset) {
    return bars.get(row - offset).low();
  }

  double volume(int offset) {
    return bars.get(row - offset).volume();
  }

  /** Highest high of the {@code n} bars at offsets {@code from .. from + n - 1}. */
  double highestHigh(int from, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = from; k < from + n; k++) {
      max = Math.max(max, high(k));
    }
    return max;
  }

  /** Lowest low of the {@code n} bars at offsets {@code from .. from + n - 1}. */
  double lowestLow(int from, int n) {
    double min = Double.POSITIVE_INFINITY;
    for (int k = from; k < from + n; k++) {
      min = Math.min(min, low(k));
    }
    return min;
  }

  /** True range of the bar at {@code offset} (needs the bar before it). */
  double trueRange(int offset) {
    double prev = close(offset + 1);
    double h = high(offset);
    double l = low(offset);
    return Math.max(h - l, Math.max(Math.abs(h - prev), Math.abs(l - prev)));
  }

  /** Simple average true range of the {@code n} bars at offsets {@code from .. from + n - 1}. */
  double averageTrueRange(int from, int n) {
    double sum = 0;
    for (int k = from + n - 1; k >= from; k--) {
      sum += trueRange(k);
    }
    return sum / n;
  }

  /** Mean close of the {@code n} bars at offsets {@code 0 .. n - 1}. */
  double meanClose(int n) {
    double sum = 0;
    for (int k = n - 1; k >= 0; k--) {
      sum += close(k);
    }
    return sum / n;
  }

  /** Sample standard deviation of the {@code n} closes at offsets {@code 0 .. n - 1}. */
  double stdClose(int n, double mean) {
    double ss = 0;
    for (int k = n - 1; k >= 0; k--) {
      double d = close(k) - mean;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1));
  }

  /** Mean volume of the {@code n} bars at offsets {@code from .. from + n - 1}. */
  double meanVolume(int from, int n) {
    double sum = 0;
    for (int k = from + n - 1; k >= from; k--) {
      sum += volume(k);
    }
    return sum / n;
  }

  /**
   * Closes at offsets {@code n - 1 .. 0}, oldest first: the last {@code n} closes as an array, for
   * recursive indicators seeded at the first of them.
   */
  double[] closes(int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = close(n - 1 - i);
    }
    return out;
  }
}
