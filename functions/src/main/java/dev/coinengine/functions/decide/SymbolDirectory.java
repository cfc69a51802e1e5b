package dev.coinengine.functions.decide;

import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.store.market.MarketDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange listing by symbol (status, assets and the filters sizing must respect), re-read from
 * the market-data source once it is older than {@code maxAge}.
 */
public final class SymbolDirectory {
  private final MarketDataSource market;
  private final Clock clock;
  private final long maxAgeMs;
  private Map<String, SymbolInfo> bySymbol;
  private long loadedAtMs;

  public SymbolDirectory(MarketDataSource market, Clock clock, Duration maxAge) {
    this.market = market;
    this.clock = clock;
    this.maxAgeMs = maxAge.toMillis();
  }

  /** A fixed listing (tests, replays). */
  public static SymbolDirectory of(List<SymbolInfo> listing) {
    SymbolDirectory directory = new SymbolDirectory(null, Clock.systemUTC(), Duration.ZERO);
    directory.bySymbol = index(listing);
    return directory;
  }

  public synchronized Optional<SymbolInfo> find(String symbol) {
    long now = clock.millis();
    if (market != null && (bySymbol == null || now - loadedAtMs >= maxAgeMs)) {
      bySymbol = index(market.exchangeInfo().mapped());
      loadedAtMs = now;
    }
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  private static Map<String, SymbolInfo> index(List<SymbolInfo> listing) {
    Map<String, SymbolInfo> map = new HashMap<>();
    listing.forEach(s -> map.put(s.symbol(), s));
    return map;
  }
}
