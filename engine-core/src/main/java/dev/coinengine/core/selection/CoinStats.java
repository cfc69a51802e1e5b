package dev.coinengine.core.selection;

/**
 * Bar-derived metrics of one coin at one moment (see {@link CoinStatsCalculator}). Each value is
 * {@link Double#NaN} when unknown; {@link #UNKNOWN} has no value at all.
 *
 * @param listingDays days between the first bar in the lake and the as-of time
 * @param quoteVolume24h quote volume of the bars of the last 24h (estimated where bars lack it)
 * @param volatility standard deviation of daily log returns over the lookback
 * @param rangeChange (highest high - lowest low) / lowest low over the lookback
 * @param lastClose close of the last bar closed by the as-of time
 * @param hoursSinceLastBar hours between the close time of the last bar and the as-of time
 */
public record CoinStats(
    double listingDays,
    double quoteVolume24h,
    double volatility,
    double rangeChange,
    double lastClose,
    double hoursSinceLastBar) {

  public static final CoinStats UNKNOWN =
      new CoinStats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  public CoinStats {
    requireAbsentOrNonNegative("listingDays", listingDays);
    requireAbsentOrNonNegative("quoteVolume24h", quoteVolume24h);
    requireAbsentOrNonNegative("volatility", volatility);
    requireAbsentOrNonNegative("rangeChange", rangeChange);
    requireAbsentOrNonNegative("lastClose", lastClose);
    requireAbsentOrNonNegative("hoursSinceLastBar", hoursSinceLastBar);
  }

  /** True when the stats come from bars (the listing age is known). */
  public boolean isKnown() {
    return !Double.isNaN(listingDays);
  }

  private static void requireAbsentOrNonNegative(String field, double value) {
    if (!Double.isNaN(value) && (value < 0 || Double.isInfinite(value))) {
      throw new IllegalArgumentException(
          field + " must be a finite number >= 0 or NaN (unknown), was " + value);
    }
  }
}
