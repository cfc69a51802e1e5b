package dev.coinengine.store.serving;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.store.lake.KlineLake;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recent bars of each symbol the decision functions ask for, kept in memory so a decision does
 * no lake I/O: the first request for a symbol reads its last {@code keepBars} bars from the lake,
 * later requests slice that window in O(log n). A request past the cached end re-reads the symbol
 * once the cache is older than {@code maxAge}; a request before the cached start reads the lake
 * directly (slow path, for back-tests far in the past).
 */
public final class RecentBars {
  private final KlineLake lake;
  private final Interval interval;
  private final int keepBars;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(BarSeries bars, long loadedAtMs) {}

  public RecentBars(KlineLake lake, Interval interval, int keepBars, Duration maxAge, Clock clock) {
    this.lake = Objects.requireNonNull(lake, "lake");
    this.interval = Objects.requireNonNull(interval, "interval");
    if (keepBars < 1) {
      throw new IllegalArgumentException("keepBars must be >= 1, was " + keepBars);
    }
    this.keepBars = keepBars;
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Interval interval() {
    return interval;
  }

  /**
   * The last {@code maxBars} bars of {@code symbol} closed by {@code timeMs}; empty if the lake has
   * none.
   */
  public BarSeries closedBy(String symbol, long timeMs, int maxBars) {
    if (maxBars > keepBars) {
      throw new IllegalArgumentException(
          "maxBars must be <= " + keepBars + " (serving.keep-bars), was " + maxBars);
    }
    Cached cached = cache.get(symbol);
    long now = clock.millis();
    if (cached == null
        || (pastEnd(cached, timeMs) && now - cached.loadedAtMs >= maxAge.toMillis())) {
      cached = load(symbol, now);
    }
    BarSeries bars = cached.bars;
    if (!bars.isEmpty() && timeMs - interval.millis() < bars.first().openTimeMs()) {
      // Before the cached window: read exactly what is needed.
      long to = interval.floor(timeMs);
      long from = to - (long) maxBars * interval.millis();
      return lake.read(symbol, interval, from, to, OptionalLong.empty()).closedBy(timeMs, maxBars);
    }
    return bars.closedBy(timeMs, maxBars);
  }

  /** Symbols held in memory. */
  public int cachedSymbols() {
    return cache.size();
  }

  private boolean pastEnd(Cached cached, long timeMs) {
    BarSeries bars = cached.bars;
    return bars.isEmpty() || timeMs >= bars.last().openTimeMs() + 2 * interval.millis();
  }

  private Cached load(String symbol, long now) {
    Long last = lake.lastOpenTimes(interval, OptionalLong.empty()).get(symbol);
    BarSeries bars =
        last == null
            ? BarSeries.empty(symbol, interval)
            : lake.read(
                symbol,
                interval,
                last - (long) (keepBars - 1) * interval.millis(),
                last + interval.millis(),
                OptionalLong.empty());
    Cached fresh = new Cached(bars, now);
    cache.put(symbol, fresh);
    return fresh;
  }
}
