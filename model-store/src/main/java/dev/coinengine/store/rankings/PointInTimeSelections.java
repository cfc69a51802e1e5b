package dev.coinengine.store.rankings;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.ChainedCoinSelector;
import dev.coinengine.core.selection.CoinMarket;
import dev.coinengine.core.selection.CoinStats;
import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.HistoricalUniverse;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.core.selection.Universe;
import dev.coinengine.store.lake.KlineLake;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The coin selection of any past day, computed from the kline lake alone (see {@link
 * HistoricalUniverse}): as of 00:00 UTC of the date, from the bars closed by then.
 *
 * <p>Only the bars the statistics need are read, in one scan: the look-back window ({@code
 * lookback-days} + 1 days before the date) of every symbol. The listing age comes from each
 * symbol's first open time in the manifests (no bar read). A symbol with no bar in the window but
 * older bars (its bars stopped) gets its last earlier bar, so it stays a candidate and is excluded
 * with {@link ReasonCode#NO_RECENT_BARS} on every later day.
 */
public final class PointInTimeSelections {
  private static final long DAY_MS = 86_400_000L;

  private final KlineLake lake;
  private final Interval interval;
  private final Clock clock;
  private final SelectionListener listener;

  public PointInTimeSelections(
      KlineLake lake, Interval interval, Clock clock, SelectionListener listener) {
    this.lake = Objects.requireNonNull(lake, "lake");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * The selection in force during {@code date}, from the lake as of {@code lakeSnapshot} (or its
   * newest snapshot); empty when the lake has no bar closed by then.
   *
   * @throws IllegalArgumentException if the snapshot id is unknown
   */
  public Selection compute(LocalDate date, SelectionSettings settings, OptionalLong lakeSnapshot) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(settings, "settings");
    long started = clock.millis();
    long asOfMs = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    OptionalLong snapshot = lakeSnapshot.isPresent() ? lakeSnapshot : lake.currentSnapshotId();
    if (snapshot.isEmpty()) {
      return new Selection(asOfMs, settings.ranking(), List.of(), List.of());
    }
    long lastClosedOpen = asOfMs - interval.millis();
    long windowStart = asOfMs - (settings.lookbackDays() + 1L) * DAY_MS;

    Map<String, Long> first = lake.firstOpenTimes(interval, snapshot);
    Map<String, BarSeries> bars =
        new HashMap<>(lake.readAll(interval, windowStart, asOfMs, snapshot));
    Map<String, Long> last = lake.lastOpenTimes(interval, snapshot);
    Map<String, Long> stoppedAt = new HashMap<>();
    for (Map.Entry<String, Long> entry : first.entrySet()) {
      String symbol = entry.getKey();
      if (entry.getValue() > lastClosedOpen || bars.containsKey(symbol)) {
        continue; // not listed yet, or has bars in the window
      }
      long lastOpen = last.get(symbol);
      if (lastOpen < windowStart) {
        stoppedAt.put(symbol, lastOpen);
      } else {
        // Bars before the window, none in it, more after the date: a gap longer than the window.
        BarSeries before = lake.read(symbol, interval, entry.getValue(), windowStart, snapshot);
        if (!before.isEmpty()) {
          bars.put(symbol, lastOnly(before));
        }
      }
    }
    lake.readAt(interval, stoppedAt, snapshot)
        .forEach((symbol, bar) -> bars.put(symbol, new BarSeries(symbol, interval, List.of(bar))));
    long read = clock.millis();

    Universe windowed = HistoricalUniverse.forSettings(settings).at(date, bars);
    List<CoinMarket> candidates = new ArrayList<>(windowed.size());
    for (CoinMarket coin : windowed.candidates()) {
      double listingDays = (asOfMs - first.get(coin.symbol())) / (double) DAY_MS;
      candidates.add(
          new CoinMarket(coin.info(), coin.ticker(), withListingDays(coin.stats(), listingDays)));
    }
    Selection selection =
        ChainedCoinSelector.fromSettings(settings)
            .select(new Universe(asOfMs, Universe.Source.BARS, candidates));
    long done = clock.millis();

    long barCount = bars.values().stream().mapToLong(BarSeries::size).sum();
    Map<ReasonCode, Integer> byReason = new EnumMap<>(ReasonCode.class);
    for (Exclusion exclusion : selection.excluded()) {
      byReason.merge(exclusion.reason(), 1, Integer::sum);
    }
    listener.onSelection(
        new SelectionMetrics(
            date,
            snapshot.getAsLong(),
            bars.size(),
            barCount,
            selection.candidateCount(),
            selection.ranked().size(),
            byReason,
            Duration.ofMillis(read - started),
            Duration.ofMillis(done - read)));
    return selection;
  }

  private BarSeries lastOnly(BarSeries series) {
    Bar lastBar = series.bars().get(series.size() - 1);
    return new BarSeries(series.symbol(), interval, List.of(lastBar));
  }

  // The window holds only the recent bars; the listing age is measured from the first bar.
  private static CoinStats withListingDays(CoinStats stats, double listingDays) {
    return new CoinStats(
        listingDays,
        stats.quoteVolume24h(),
        stats.volatility(),
        stats.rangeChange(),
        stats.lastClose(),
        stats.hoursSinceLastBar());
  }
}
