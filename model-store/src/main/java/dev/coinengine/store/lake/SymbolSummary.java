package dev.coinengine.store.lake;

import dev.coinengine.core.market.Interval;
import java.util.Objects;

/**
 * What the lake holds for one symbol and interval.
 *
 * @param gaps number of stretches of missing bars between the first and the last bar
 * @param missingBars bars absent inside those gaps
 * @param duplicateBars bars whose open time appears more than once; the lake never writes them, so
 *     anything but zero means two writers imported the same bars
 */
public record SymbolSummary(
    String symbol,
    Interval interval,
    long bars,
    long firstOpenTimeMs,
    long lastOpenTimeMs,
    int gaps,
    long missingBars,
    long duplicateBars) {

  public SymbolSummary {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    if (bars < 1) {
      throw new IllegalArgumentException("bars must be >= 1, was " + bars);
    }
    if (lastOpenTimeMs < firstOpenTimeMs) {
      throw new IllegalArgumentException(
          "lastOpenTimeMs " + lastOpenTimeMs + " is before firstOpenTimeMs " + firstOpenTimeMs);
    }
  }
}
