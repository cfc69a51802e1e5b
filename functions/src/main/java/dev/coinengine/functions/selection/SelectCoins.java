package dev.coinengine.functions.selection;

import dev.coinengine.core.selection.ChainedCoinSelector;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.core.selection.Universe;
import dev.coinengine.functions.support.FunctionMetrics;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.functions.support.NotAvailableException;
import dev.coinengine.store.market.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code selectCoins}: which coins are worth trading, and why every other candidate is left out.
 *
 * <p>Live mode joins the exchange listing and the 24h tickers of {@link MarketDataSource} (one
 * snapshot reused for {@code snapshotMaxAge}; the response's {@code asOf} is when it was taken)
 * into a {@link Universe} and runs the standard {@link ChainedCoinSelector}; it has no bar
 * statistics, so the bar-based filters are reported as unchecked (or exclude with {@code NO_STATS}
 * when {@code require-stats} is set). With a {@code date}, the selection comes from {@link
 * HistoricalSelections}; a deployment without one refuses such requests.
 */
public final class SelectCoins implements Function<SelectCoinsRequest, SelectCoinsResponse> {

  static final String LIVE = "live";
  static final String POINT_IN_TIME = "point-in-time";

  private final SelectionSettings base;
  private final MarketSnapshots market;
  private final Optional<HistoricalSelections> history;
  private final FunctionMetrics metrics;
  private final Clock clock;

  public SelectCoins(
      SelectionSettings base,
      MarketDataSource market,
      Optional<HistoricalSelections> history,
      FunctionMetrics metrics,
      Clock clock,
      Duration snapshotMaxAge) {
    this.base = base;
    this.market = new MarketSnapshots(market, clock, snapshotMaxAge);
    this.history = history;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public SelectCoinsResponse apply(SelectCoinsRequest request) {
    SelectionSettings settings = settings(request);
    long start = System.nanoTime();
    Selection selection;
    String mode;
    if (request.date().isPresent()) {
      selection = pointInTime(request.date().get(), settings);
      mode = POINT_IN_TIME;
    } else {
      selection = live(settings);
      mode = LIVE;
    }
    metrics.recordSelection(selection, mode, System.nanoTime() - start);
    return SelectCoinsResponse.of(mode, selection, SettingsMap.of(settings));
  }

  private Selection live(SelectionSettings settings) {
    MarketSnapshots.Snapshot snapshot = market.current();
    Universe universe =
        Universe.fromExchange(
            snapshot.takenAtMs(), snapshot.listings(), snapshot.tickers(), Map.of());
    return ChainedCoinSelector.fromSettings(settings).select(universe);
  }

  private Selection pointInTime(LocalDate date, SelectionSettings settings) {
    LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    if (date.isAfter(today)) {
      throw new InvalidRequestException(
          "date", "must not be after today (" + today + " UTC), was " + date);
    }
    HistoricalSelections selections =
        history.orElseThrow(
            () ->
                new NotAvailableException(
                    "date",
                    "point-in-time selection is not available in this deployment (no kline lake)"));
    try {
      return selections.at(date, settings);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("date", e.getMessage(), e);
    }
  }

  /** The deployment's settings with the request's filters, ranking and limit applied. */
  private SelectionSettings settings(SelectCoinsRequest request) {
    SelectionSettings settings;
    try {
      settings = SettingsMap.overlay(base, request.filters());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          filterField(request.filters(), e.getMessage()), e.getMessage(), e);
    }
    if (request.ranking().isPresent()) {
      settings = settings.withRanking(request.ranking().get());
    }
    if (request.limit().isPresent()) {
      settings = settings.withLimit(request.limit().get());
    }
    return settings;
  }

  /** The override key the settings' message names first (longest on a tie), else the map. */
  private static String filterField(Map<String, Object> filters, String message) {
    String text = String.valueOf(message);
    return filters.keySet().stream()
        .filter(text::contains)
        .min(
            Comparator.comparingInt((String key) -> text.indexOf(key))
                .thenComparing(Comparator.comparingInt(String::length).reversed()))
        .map(key -> "filters." + key)
        .orElse("filters");
  }
}
