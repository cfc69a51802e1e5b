package dev.coinengine.store.market;

/** The exchange answered that it does not know the symbol (Binance error -1121). */
public class UnknownSymbolException extends MarketDataException {

  private final String symbol;

  public UnknownSymbolException(String symbol, Throwable cause) {
    super("unknown symbol " + symbol, cause);
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
