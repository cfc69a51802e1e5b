package dev.coinengine.core.market;

/**
 * A stretch of missing bars: the bar at {@code lastBeforeMs} is followed directly by the bar at
 * {@code firstAfterMs}, with {@code missingBars} expected bars absent in between.
 */
public record Gap(String symbol, Interval interval, long lastBeforeMs, long firstAfterMs) {

  public Gap {
    if (firstAfterMs <= lastBeforeMs + interval.millis()) {
      throw new IllegalArgumentException("not a gap: " + lastBeforeMs + " -> " + firstAfterMs);
    }
  }

  public long missingBars() {
    return (firstAfterMs - lastBeforeMs) / interval.millis() - 1;
  }
}
