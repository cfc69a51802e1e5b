package dev.coinengine.core.selection;

import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.math.BigDecimal;
import java.util.List;

/** Hand-made candidates for tests: a healthy USDT coin that each test then spoils. */
final class Coins {
  static final long AS_OF = 1_700_000_000_000L;

  private Coins() {}

  static SymbolInfo listing(String base, String quote, String status, String tick) {
    PriceFilter price =
        tick == null
            ? null
            : new PriceFilter(new BigDecimal("0"), new BigDecimal("0"), new BigDecimal(tick));
    return new SymbolInfo(
        base + quote, status, base, quote, new ExchangeFilters(price, null, null, null, null));
  }

  static Ticker24h ticker(String symbol, double price, double quoteVolume, double spreadBps) {
    double half = price * spreadBps / 20_000.0;
    return new Ticker24h(
        symbol,
        price,
        price - half,
        100.0,
        price + half,
        100.0,
        price * 1.05,
        price * 0.95,
        quoteVolume / price,
        quoteVolume,
        1000,
        1.0,
        AS_OF - 86_400_000L,
        AS_OF);
  }

  /** Known stats: 400 days listed, fresh bars, moderate volatility and range. */
  static CoinStats stats() {
    return new CoinStats(400, 1e6, 0.04, 0.2, 10.0, 1.0);
  }

  static CoinMarket coin(String base, double quoteVolume) {
    return coin(base, quoteVolume, 5.0);
  }

  static CoinMarket coin(String base, double quoteVolume, double spreadBps) {
    return new CoinMarket(
        listing(base, "USDT", "TRADING", "0.001"),
        ticker(base + "USDT", 10.0, quoteVolume, spreadBps),
        stats());
  }

  static Universe exchange(CoinMarket... coins) {
    return new Universe(AS_OF, Universe.Source.EXCHANGE, List.of(coins));
  }
}
