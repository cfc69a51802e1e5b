package dev.coinengine.core.regime;

import dev.coinengine.core.market.Interval;

/**
 * Rules and thresholds of {@link RuleRegimeClassifier}; windows are in bars. The rules, in order:
 *
 * <ol>
 *   <li>PANIC if the {@code volatilityWindow}-bar realised volatility ranks at or above {@code
 *       panicVolatilityRank} among its previous {@code volatilityRankWindow} values and the {@code
 *       dropBars}-bar log return is at or below {@code -panicDrop}; or if the close is at least
 *       {@code panicDrawdownAtr} ATRs below the highest high of the last {@code drawdownWindow}
 *       bars.
 *   <li>TREND if {@code |EMA(trendFastSpan) - EMA(trendSlowSpan)| / ATR} is at least {@code
 *       trendGapAtr}, or the {@code efficiencyWindow}-bar efficiency ratio is at least {@code
 *       trendEfficiency}.
 *   <li>RANGE otherwise.
 * </ol>
 */
public record RegimeThresholds(
    int volatilityWindow,
    int volatilityRankWindow,
    double panicVolatilityRank,
    int dropBars,
    double panicDrop,
    int drawdownWindow,
    double panicDrawdownAtr,
    int atrPeriod,
    int trendFastSpan,
    int trendSlowSpan,
    double trendGapAtr,
    int efficiencyWindow,
    double trendEfficiency,
    double smoothingTailMass) {

  public RegimeThresholds {
    requireAtLeast("volatilityWindow", volatilityWindow, 2);
    requireAtLeast("volatilityRankWindow", volatilityRankWindow, 1);
    requireFraction("panicVolatilityRank", panicVolatilityRank);
    requireAtLeast("dropBars", dropBars, 1);
    requirePositive("panicDrop", panicDrop);
    requireAtLeast("drawdownWindow", drawdownWindow, 1);
    requirePositive("panicDrawdownAtr", panicDrawdownAtr);
    requireAtLeast("atrPeriod", atrPeriod, 1);
    requireAtLeast("trendFastSpan", trendFastSpan, 1);
    if (trendSlowSpan <= trendFastSpan) {
      throw new IllegalArgumentException(
          "trendSlowSpan must exceed trendFastSpan, was " + trendSlowSpan + " <= " + trendFastSpan);
    }
    requirePositive("trendGapAtr", trendGapAtr);
    requireAtLeast("efficiencyWindow", efficiencyWindow, 1);
    requireFraction("trendEfficiency", trendEfficiency);
    if (!(smoothingTailMass > 0 && smoothingTailMass < 0.5)) {
      throw new IllegalArgumentException(
          "smoothingTailMass must be in (0, 0.5), was " + smoothingTailMass);
    }
  }

  /** Thresholds for 1h bars, documented and measured in {@code docs/features.md}. */
  public static RegimeThresholds hourly() {
    return new RegimeThresholds(
        24, 720, 0.95, 24, 0.05, 72, 12.0, 14, 20, 100, 5.0, 24, 0.3, 0.001);
  }

  /**
   * Thresholds for 4h bars, documented in {@code docs/features.md}: the same wall-clock windows as
   * {@link #hourly()} where a window measures a move (24 h volatility and drop, 72 h drawdown, a
   * 30-day volatility rank), a 48 h efficiency window at 0.4 (a 24 h window of 6 bars is too
   * noisy), EMA 10/50 instead of 20/100 and a drawdown of 5 ATRs instead of 12 (a 4h ATR is about
   * twice an hourly one). The warm-up is 187 bars (31 days) instead of 745, and on the bundled 2023
   * sample the regime shares are close to those of the hourly rules on 1h bars.
   */
  public static RegimeThresholds fourHourly() {
    return new RegimeThresholds(6, 180, 0.95, 6, 0.05, 18, 5.0, 14, 10, 50, 5.0, 12, 0.4, 0.001);
  }

  /**
   * The documented thresholds of a timeframe: {@link #hourly()} for 1h, {@link #fourHourly()} for
   * 4h.
   *
   * @throws IllegalArgumentException for a timeframe without documented thresholds (1d)
   */
  public static RegimeThresholds forInterval(Interval interval) {
    return switch (interval) {
      case H1 -> hourly();
      case H4 -> fourHourly();
      default ->
          throw new IllegalArgumentException(
              "no regime thresholds for interval " + interval.code() + " (1h and 4h have them)");
    };
  }

  private static void requireAtLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
    }
  }

  private static void requireFraction(String field, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be in (0, 1], was " + value);
    }
  }
}
