package dev.coinengine.core.market;

import java.util.ArrayList;
import java.util.List;

/** Finds missing bars in a series; a missing bar is simply absent in Binance data. */
public final class Gaps {
  private Gaps() {}

  public static List<Gap> find(BarSeries series) {
    return find(series.symbol(), series.interval(), openTimes(series));
  }

  /** Gaps in strictly increasing {@code openTimes} of one symbol. */
  public static List<Gap> find(String symbol, Interval interval, long[] openTimes) {
    List<Gap> gaps = new ArrayList<>();
    for (int i = 1; i < openTimes.length; i++) {
      if (openTimes[i] - openTimes[i - 1] > interval.millis()) {
        gaps.add(new Gap(symbol, interval, openTimes[i - 1], openTimes[i]));
      }
    }
    return gaps;
  }

  private static long[] openTimes(BarSeries series) {
    long[] times = new long[series.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = series.get(i).openTimeMs();
    }
    return times;
  }
}
