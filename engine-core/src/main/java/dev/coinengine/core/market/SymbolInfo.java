package dev.coinengine.core.market;

import java.util.Objects;

/**
 * One symbol of the exchange's {@code exchangeInfo}: trading status, assets and the order filters
 * that the risk function must respect.
 */
public record SymbolInfo(
    String symbol, String status, String baseAsset, String quoteAsset, ExchangeFilters filters) {

  public static final String TRADING = "TRADING";

  public SymbolInfo {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(baseAsset, "baseAsset");
    Objects.requireNonNull(quoteAsset, "quoteAsset");
    Objects.requireNonNull(filters, "filters");
  }

  public boolean isTrading() {
    return TRADING.equals(status);
  }
}
