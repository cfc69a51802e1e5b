package dev.coinengine.core.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The bars of one symbol and interval in strictly increasing open time. Immutable. Feature code
 * works on the column arrays returned by the accessors (copies are not made on read, so callers
 * must not modify them).
 */
public final class BarSeries {
  private final String symbol;
  private final Interval interval;
  private final List<Bar> bars;

  public BarSeries(String symbol, Interval interval, List<Bar> bars) {
    this.symbol = requireSymbol(symbol);
    this.interval = Objects.requireNonNull(interval, "interval");
    List<Bar> copy = List.copyOf(bars);
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).openTimeMs() <= copy.get(i - 1).openTimeMs()) {
        throw new IllegalArgumentException(
            symbol
                + ": open times must strictly increase, bar "
                + i
                + " at "
                + copy.get(i).openTimeMs()
                + " follows "
                + copy.get(i - 1).openTimeMs());
      }
    }
    this.bars = copy;
  }

  private BarSeries(String symbol, Interval interval, List<Bar> checkedBars, boolean checked) {
    this.symbol = symbol;
    this.interval = interval;
    this.bars = checkedBars;
  }

  /**
   * The last {@code maxBars} bars whose close ({@code openTime + interval}) is at or before {@code
   * timeMs}: what was known at {@code timeMs}. A view in O(log n), no copy.
   */
  public BarSeries closedBy(long timeMs, int maxBars) {
    if (maxBars < 0) {
      throw new IllegalArgumentException("maxBars must be >= 0, was " + maxBars);
    }
    long lastOpen = timeMs - interval.millis();
    int lo = 0;
    int hi = bars.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bars.get(mid).openTimeMs() <= lastOpen) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    int start = Math.max(0, end - maxBars);
    return new BarSeries(symbol, interval, bars.subList(start, end), true);
  }

  public static BarSeries empty(String symbol, Interval interval) {
    return new BarSeries(symbol, interval, Collections.emptyList());
  }

  public String symbol() {
    return symbol;
  }

  public Interval interval() {
    return interval;
  }

  public List<Bar> bars() {
    return bars;
  }

  public int size() {
    return bars.size();
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public Bar get(int index) {
    return bars.get(index);
  }

  public Bar first() {
    return bars.get(0);
  }

  public Bar last() {
    return bars.get(bars.size() - 1);
  }

  /** Bars with {@code fromMs <= openTime < toMs}. */
  public BarSeries between(long fromMs, long toMs) {
    List<Bar> selected = new ArrayList<>();
    for (Bar bar : bars) {
      if (bar.openTimeMs() >= fromMs && bar.openTimeMs() < toMs) {
        selected.add(bar);
      }
    }
    return new BarSeries(symbol, interval, selected);
  }

  private static String requireSymbol(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    return symbol;
  }

  @Override
  public String toString() {
    return "BarSeries[" + symbol + " " + interval.code() + " x" + bars.size() + "]";
  }
}
