package dev.coinengine.core.market;

/**
 * One symbol of the exchange's rolling 24h ticker. {@code bidPrice}/{@code askPrice} are the best
 * quotes at the moment the ticker was taken (zero when the book is empty).
 */
public record Ticker24h(
    String symbol,
    double lastPrice,
    double bidPrice,
    double bidQty,
    double askPrice,
    double askQty,
    double highPrice,
    double lowPrice,
    double volume,
    double quoteVolume,
    long tradeCount,
    double priceChangePercent,
    long openTimeMs,
    long closeTimeMs) {

  public Ticker24h {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
  }

  /** Quoted spread in basis points of the mid price, or NaN without a two-sided book. */
  public double spreadBps() {
    if (!(bidPrice > 0) || !(askPrice > 0) || askPrice < bidPrice) {
      return Double.NaN;
    }
    double mid = (bidPrice + askPrice) / 2.0;
    return (askPrice - bidPrice) / mid * 10_000.0;
  }
}
