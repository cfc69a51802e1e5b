package dev.coinengine.runner.evaluate;

/**
 * One coin at one timeframe: its strategy (the families' mean position, each regime's engine
 * trading only its regime) and buy-and-hold over the same out-of-sample bars, or why it was
 * skipped.
 *
 * @param skipped {@code null} when evaluated
 * @param fromMs open time of the first out-of-sample bar (0 when skipped)
 * @param equity compounded strategy equity, downsampled for the plots (empty when skipped)
 * @param buyAndHoldEquity the same for buy-and-hold
 */
public record CoinEvaluation(
    String symbol,
    String timeframe,
    Performance strategy,
    Performance buyAndHold,
    String skipped,
    long fromMs,
    long toMs,
    double[] equity,
    double[] buyAndHoldEquity) {

  static CoinEvaluation skipped(String symbol, String timeframe, String reason) {
    return new CoinEvaluation(
        symbol, timeframe, null, null, reason, 0, 0, new double[0], new double[0]);
  }

  public boolean evaluated() {
    return skipped == null;
  }
}
