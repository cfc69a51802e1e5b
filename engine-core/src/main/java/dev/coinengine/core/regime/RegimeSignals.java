package dev.coinengine.core.regime;

/**
 * The per-bar quantities the rules compare with their thresholds, kept so that a regime can be
 * explained. NaN during warm-up.
 *
 * @param volatilityRank trailing percentile rank of the realised volatility, in [0, 1]
 * @param dropReturn log return over the drop window
 * @param drawdownAtr distance of the close below the window's highest high, in ATRs
 * @param trendGapAtr {@code |EMA fast - EMA slow|} in ATRs
 * @param efficiency Kaufman efficiency ratio, in [0, 1]
 */
public record RegimeSignals(
    double[] volatilityRank,
    double[] dropReturn,
    double[] drawdownAtr,
    double[] trendGapAtr,
    double[] efficiency) {

  public int size() {
    return volatilityRank.length;
  }
}
