package dev.coinengine.core.selection;

import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;

/**
 * Everything the selector knows about one candidate. {@code info} is null when only the ticker
 * knows the symbol, {@code ticker} is null when only the listing knows it or the universe was built
 * from bars; {@code stats} is {@link CoinStats#UNKNOWN} when no bars were used.
 *
 * <p>The derived accessors prefer the ticker and fall back to bar statistics, and return {@link
 * Double#NaN} when neither knows the value.
 */
public record CoinMarket(SymbolInfo info, Ticker24h ticker, CoinStats stats) {

  public CoinMarket {
    if (info == null && ticker == null) {
      throw new IllegalArgumentException("a candidate needs a listing or a ticker, both were null");
    }
    if (info != null && ticker != null && !info.symbol().equals(ticker.symbol())) {
      throw new IllegalArgumentException(
          "listing " + info.symbol() + " and ticker " + ticker.symbol() + " differ");
    }
    if (stats == null) {
      throw new IllegalArgumentException(
          "stats of " + (info != null ? info.symbol() : ticker.symbol()) + " must not be null");
    }
  }

  public String symbol() {
    return info != null ? info.symbol() : ticker.symbol();
  }

  /** 24h quote volume: from the ticker, else from bars. */
  public double quoteVolume24h() {
    return ticker != null ? ticker.quoteVolume() : stats.quoteVolume24h();
  }

  /** Last price: from the ticker, else the last bar close. */
  public double lastPrice() {
    return ticker != null ? ticker.lastPrice() : stats.lastClose();
  }

  /** Quoted spread in bps of the mid price; NaN without a ticker or without a two-sided book. */
  public double spreadBps() {
    return ticker != null ? ticker.spreadBps() : Double.NaN;
  }

  /** Quote value resting at the best bid and ask; NaN without a ticker. */
  public double topOfBookDepthQuote() {
    if (ticker == null) {
      return Double.NaN;
    }
    return ticker.bidPrice() * ticker.bidQty() + ticker.askPrice() * ticker.askQty();
  }

  /** One tick as a percentage of the last price; NaN when the tick size or the price is unknown. */
  public double tickPercent() {
    if (info == null) {
      return Double.NaN;
    }
    PriceFilter filter = info.filters().price();
    double price = lastPrice();
    if (filter == null || filter.tickSize() == null || !(price > 0)) {
      return Double.NaN;
    }
    double tick = filter.tickSize().doubleValue();
    return tick > 0 ? tick / price * 100.0 : Double.NaN;
  }
}
