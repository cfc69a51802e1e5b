package dev.coinengine.core.selection;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link CoinStats} from the bars of one coin, point in time: only bars whose close time
 * ({@code openTime + interval}) is at or before {@code asOfMs} are read, so the result for a past
 * moment is the same whether or not later bars exist.
 *
 * <p>Days are counted backwards from the as-of time: day 0 holds the bars that opened in the last
 * 24 hours, day 1 the 24 hours before, and so on (with a midnight as-of time these are UTC days).
 * Works for any bar interval up to one day.
 *
 * <ul>
 *   <li>listing days: as-of minus the open time of the first bar in the series (so, for a lake that
 *       starts later than the listing, the age since the lake starts);
 *   <li>24h quote volume: sum of {@link Bar#quoteVolumeOrEstimate()} over day 0;
 *   <li>volatility: sample standard deviation of the log returns between consecutive daily closes
 *       (the close of the latest bar of each day) over days 0 to {@code lookbackDays} - days
 *       without bars are skipped; NaN with fewer than two returns;
 *   <li>range change: (highest high - lowest low) / lowest low over days 0 to {@code lookbackDays}
 *       - 1 (Freqtrade's RangeStabilityFilter rate of change);
 *   <li>hours since last bar: as-of minus the close time of the last bar closed by then.
 * </ul>
 */
public final class CoinStatsCalculator {

  private static final long DAY_MS = 86_400_000L;
  private static final double HOUR_MS = 3_600_000.0;

  private final int lookbackDays;

  public CoinStatsCalculator(int lookbackDays) {
    if (lookbackDays < 1) {
      throw new IllegalArgumentException("lookback-days must be >= 1, was " + lookbackDays);
    }
    this.lookbackDays = lookbackDays;
  }

  public int lookbackDays() {
    return lookbackDays;
  }

  /** Statistics as of {@code asOfMs}; {@link CoinStats#UNKNOWN} when no bar had closed by then. */
  public CoinStats fromBars(BarSeries series, long asOfMs) {
    long intervalMs = series.interval().millis();
    if (intervalMs > DAY_MS) {
      throw new IllegalArgumentException(
          "interval " + series.interval().code() + " is longer than one day");
    }
    List<Bar> bars = series.bars();
    int last = lastClosedIndex(bars, asOfMs - intervalMs);
    if (last < 0) {
      return CoinStats.UNKNOWN;
    }
    Bar lastBar = bars.get(last);
    double listingDays = (asOfMs - bars.get(0).openTimeMs()) / (double) DAY_MS;
    double hoursSinceLastBar = (asOfMs - lastBar.openTimeMs() - intervalMs) / HOUR_MS;

    double[] dayClose = new double[lookbackDays + 1];
    double[] dayHigh = new double[lookbackDays + 1];
    double[] dayLow = new double[lookbackDays + 1];
    Arrays.fill(dayClose, Double.NaN);
    Arrays.fill(dayHigh, Double.NEGATIVE_INFINITY);
    Arrays.fill(dayLow, Double.POSITIVE_INFINITY);
    double quoteVolume24h = 0.0;
    int day = 0;
    long dayStartMs = asOfMs - DAY_MS; // day d holds open times in [asOf-(d+1)*DAY, asOf-d*DAY)
    for (int i = last; i >= 0; i--) {
      Bar bar = bars.get(i);
      while (bar.openTimeMs() < dayStartMs && day <= lookbackDays) {
        day++;
        dayStartMs -= DAY_MS;
      }
      if (day > lookbackDays) {
        break;
      }
      if (day == 0) {
        quoteVolume24h += bar.quoteVolumeOrEstimate();
      }
      if (Double.isNaN(dayClose[day])) {
        dayClose[day] = bar.close(); // walking backwards: the first bar seen is the day's last
      }
      dayHigh[day] = Math.max(dayHigh[day], bar.high());
      dayLow[day] = Math.min(dayLow[day], bar.low());
    }
    return new CoinStats(
        listingDays,
        quoteVolume24h,
        volatility(dayClose),
        rangeChange(dayHigh, dayLow),
        lastBar.close(),
        hoursSinceLastBar);
  }

  /** Index of the last bar with {@code openTime <= maxOpenMs}, or -1. */
  private static int lastClosedIndex(List<Bar> bars, long maxOpenMs) {
    int lo = 0;
    int hi = bars.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (bars.get(mid).openTimeMs() <= maxOpenMs) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static double volatility(double[] dayClose) {
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    double newer = Double.NaN;
    for (double close : dayClose) {
      if (Double.isNaN(close)) {
        continue;
      }
      if (!Double.isNaN(newer)) {
        double r = Math.log(newer / close);
        sum += r;
        sumSq += r * r;
        n++;
      }
      newer = close;
    }
    if (n < 2) {
      return Double.NaN;
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(0.0, (sumSq - n * mean * mean) / (n - 1)));
  }

  private double rangeChange(double[] dayHigh, double[] dayLow) {
    double high = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    for (int day = 0; day < lookbackDays; day++) {
      high = Math.max(high, dayHigh[day]);
      low = Math.min(low, dayLow[day]);
    }
    return low == Double.POSITIVE_INFINITY ? Double.NaN : (high - low) / low;
  }
}
