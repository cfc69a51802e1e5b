package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * MACD (Appel): {@code macd = EMA(fast) - EMA(slow)} of closes, {@code signal = EMA(signal)} of
 * macd, histogram {@code macd - signal}. LONG when the histogram is at least {@code
 * minHistogramAtr} ATRs, SHORT when at most minus that. The EMAs run over the last {@code
 * lookbackBars()} closes, seeded at the first, so the vote depends on that window only. Raw score:
 * histogram in ATRs; confidence {@code |score| / (5 x minHistogramAtr)}.
 */
public final class MacdMomentum extends WindowRule {
  private final double fastAlpha;
  private final double slowAlpha;
  private final double signalAlpha;
  private final int atrBars;
  private final double minHistogramAtr;

  public MacdMomentum(
      Interval interval,
      int fastSpan,
      int slowSpan,
      int signalSpan,
      int windowBars,
      int atrBars,
      double minHistogramAtr) {
    super("macd", interval, Math.max(windowBars, atrBars + 1));
    requirePositive("fastSpan", fastSpan);
    requirePositive("signalSpan", signalSpan);
    requirePositive("atrBars", atrBars);
    requirePositive("minHistogramAtr", minHistogramAtr);
    if (slowSpan <= fastSpan) {
      throw new IllegalArgumentException(
          "slowSpan must exceed fastSpan, was " + slowSpan + " <= " + fastSpan);
    }
    if (windowBars < 3 * slowSpan) {
      throw new IllegalArgumentException(
          "windowBars must be at least 3 x slowSpan, was " + windowBars + " < " + 3 * slowSpan);
    }
    this.fastAlpha = 2.0 / (fastSpan + 1);
    this.slowAlpha = 2.0 / (slowSpan + 1);
    this.signalAlpha = 2.0 / (signalSpan + 1);
    this.atrBars = atrBars;
    this.minHistogramAtr = minHistogramAtr;
  }

  @Override
  Vote decide(BarWindow w) {
    double atr = w.averageTrueRange(0, atrBars);
    if (!(atr > 0)) {
      return abstain();
    }
    double[] closes = w.closes(lookbackBars());
    double fast = closes[0];
    double slow = closes[0];
    double signal = 0;
    for (int i = 1; i < closes.length; i++) {
      fast += fastAlpha * (closes[i] - fast);
      slow += slowAlpha * (closes[i] - slow);
      signal += signalAlpha * ((fast - slow) - signal);
    }
    double score = (fast - slow - signal) / atr;
    if (Math.abs(score) < minHistogramAtr) {
      return vote(Direction.FLAT, 0, score);
    }
    return vote(Direction.of(score), Math.abs(score) / (5 * minHistogramAtr), score);
  }
}
