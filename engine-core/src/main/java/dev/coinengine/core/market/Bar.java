package dev.coinengine.core.market;

/**
 * One OHLCV bar. Prices are in the quote asset, {@code volume} in the base asset. {@code
 * quoteVolume} is {@link Double#NaN} and {@code trades} is {@code -1} where the source does not
 * have them (Binance spot dumps usually do not).
 */
public record Bar(
    long openTimeMs,
    double open,
    double high,
    double low,
    double close,
    double volume,
    double quoteVolume,
    long trades) {

  public Bar {
    requirePositive("open", open);
    requirePositive("high", high);
    requirePositive("low", low);
    requirePositive("close", close);
    if (high < low) {
      throw new IllegalArgumentException("high " + high + " is below low " + low);
    }
    if (high < Math.max(open, close) || low > Math.min(open, close)) {
      throw new IllegalArgumentException(
          "open/close outside [low, high]: o=" + open + " h=" + high + " l=" + low + " c=" + close);
    }
    if (!(volume >= 0) || Double.isInfinite(volume)) {
      throw new IllegalArgumentException("volume must be a finite number >= 0, was " + volume);
    }
    if (quoteVolume < 0 || Double.isInfinite(quoteVolume)) {
      throw new IllegalArgumentException("quote volume must be >= 0 or absent, was " + quoteVolume);
    }
  }

  /** Quote volume as reported, or estimated as {@code volume x typical price} when absent. */
  public double quoteVolumeOrEstimate() {
    return Double.isNaN(quoteVolume) ? volume * (high + low + close) / 3.0 : quoteVolume;
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
    }
  }
}
