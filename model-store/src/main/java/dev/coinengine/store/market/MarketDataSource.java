package dev.coinengine.store.market;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.util.List;
import java.util.Optional;

/**
 * Public (key-less) exchange market data as engine values. Calls fail with {@link
 * MarketDataException} when the exchange cannot be reached or keeps refusing.
 */
public interface MarketDataSource {

  /** All symbols with status, assets and filters; entries that cannot be mapped are excluded. */
  MappingResult<SymbolInfo> exchangeInfo();

  /** The rolling 24h ticker of every symbol. */
  MappingResult<Ticker24h> tickers();

  /** The rolling 24h ticker of one symbol, empty if the exchange does not know the symbol. */
  Optional<Ticker24h> ticker(String symbol);

  /** Best bid and ask (one level per side, a side empty without quotes); empty if unknown. */
  Optional<OrderBook> bestBidAsk(String symbol);

  /**
   * Order-book depth, at most {@code limit} levels per side (1 to 5000).
   *
   * @throws UnknownSymbolException if the exchange does not know the symbol
   */
  OrderBook depth(String symbol, int limit);

  /**
   * Closed bars of {@code interval} opening at or after {@code fromMs}, oldest first, at most
   * {@code limit} (1 to 1000). The bar still forming is left out.
   *
   * @throws UnknownSymbolException if the exchange does not know the symbol
   */
  List<Bar> klines(String symbol, Interval interval, long fromMs, int limit);
}
