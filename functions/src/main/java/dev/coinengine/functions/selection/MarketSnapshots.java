package dev.coinengine.functions.selection;

import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import dev.coinengine.store.market.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The exchange listing and 24h tickers, fetched together and reused for {@code maxAge}: the two
 * calls cost 100 of Binance's 6,000 request weight per minute, and neither changes much within a
 * minute. A zero {@code maxAge} fetches on every call.
 */
final class MarketSnapshots {

  /** One listing and ticker snapshot, taken at {@code takenAtMs}. */
  record Snapshot(long takenAtMs, List<SymbolInfo> listings, List<Ticker24h> tickers) {}

  private final MarketDataSource market;
  private final Clock clock;
  private final long maxAgeMs;
  private Snapshot cached;

  MarketSnapshots(MarketDataSource market, Clock clock, Duration maxAge) {
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must be >= 0, was " + maxAge);
    }
    this.market = market;
    this.clock = clock;
    this.maxAgeMs = maxAge.toMillis();
  }

  synchronized Snapshot current() {
    long now = clock.millis();
    if (cached == null || now - cached.takenAtMs() >= maxAgeMs || now < cached.takenAtMs()) {
      List<SymbolInfo> listings = market.exchangeInfo().mapped();
      List<Ticker24h> tickers = market.tickers().mapped();
      cached = new Snapshot(now, listings, tickers);
    }
    return cached;
  }
}
