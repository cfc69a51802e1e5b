package dev.coinengine.core.validation;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Probabilistic Sharpe ratio, minimum track record length (Bailey & López de Prado, "The Sharpe
 * Ratio Efficient Frontier", Journal of Risk 15(2), 2012) and deflated Sharpe ratio ("The Deflated
 * Sharpe Ratio", Journal of Portfolio Management 40(5), 2014). Every Sharpe ratio here is per
 * observation (not annualised); kurtosis is non-excess (3 for a normal distribution).
 */
public final class SharpeStatistics {

  /** Euler–Mascheroni constant γ. */
  public static final double EULER_MASCHERONI = 0.5772156649015329;

  // No random generator needed: only the CDF and its inverse are used.
  private static final NormalDistribution STANDARD_NORMAL =
      new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

  private SharpeStatistics() {}

  /**
   * PSR(SR*) = Φ((SR − SR*)·√(T − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²)): the probability that the
   * true Sharpe ratio exceeds {@code benchmark} given {@code observations} returns.
   */
  public static double probabilistic(
      double sharpe, double benchmark, long observations, double skewness, double kurtosis) {
    if (observations < 2) {
      throw new IllegalArgumentException("observations must be >= 2, was " + observations);
    }
    double z =
        (sharpe - benchmark)
            * Math.sqrt(observations - 1.0)
            / sharpeDispersion(sharpe, skewness, kurtosis);
    return STANDARD_NORMAL.cumulativeProbability(z);
  }

  /**
   * Expected maximum Sharpe ratio of N independent trials with true Sharpe zero: SR₀ = √V·((1 −
   * γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))); zero for a single trial.
   */
  public static double expectedMaxSharpe(TrialSet trials) {
    long n = trials.trials();
    if (n == 1) {
      return 0;
    }
    return Math.sqrt(trials.sharpeVariance())
        * ((1 - EULER_MASCHERONI) * STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / n)
            + EULER_MASCHERONI
                * STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / (n * Math.E)));
  }

  /** DSR = PSR(SR₀), SR₀ the expected maximum Sharpe ratio of the trials. */
  public static double deflated(
      double sharpe, long observations, double skewness, double kurtosis, TrialSet trials) {
    return probabilistic(sharpe, expectedMaxSharpe(trials), observations, skewness, kurtosis);
  }

  /**
   * MinTRL = 1 + (1 − γ₃·SR + (γ₄ − 1)/4·SR²)·(Φ⁻¹(confidence) / (SR − SR*))²: the number of
   * observations needed for PSR(SR*) to reach {@code confidence}. Infinite when SR ≤ SR*.
   */
  public static double minTrackRecordLength(
      double sharpe, double benchmark, double skewness, double kurtosis, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    double dispersion = sharpeDispersion(sharpe, skewness, kurtosis);
    if (!(sharpe > benchmark)) {
      return Double.POSITIVE_INFINITY;
    }
    double ratio = STANDARD_NORMAL.inverseCumulativeProbability(confidence) / (sharpe - benchmark);
    return 1 + dispersion * dispersion * ratio * ratio;
  }

  /** Whether PSR, DSR and MinTRL are defined for these moments. */
  static boolean isDefined(double sharpe, double skewness, double kurtosis) {
    return Double.isFinite(sharpe)
        && Double.isFinite(skewness)
        && Double.isFinite(kurtosis)
        && 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe > 0;
  }

  /** √(1 − γ₃·SR + (γ₄ − 1)/4·SR²), the standard error of SR times √(T − 1). */
  private static double sharpeDispersion(double sharpe, double skewness, double kurtosis) {
    if (!Double.isFinite(sharpe) || !Double.isFinite(skewness) || !Double.isFinite(kurtosis)) {
      throw new IllegalArgumentException(
          "sharpe, skewness and kurtosis must be finite, were "
              + sharpe
              + ", "
              + skewness
              + ", "
              + kurtosis);
    }
    double variance = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
    if (!(variance > 0)) {
      throw new IllegalArgumentException(
          "1 − skewness·SR + (kurtosis − 1)/4·SR² must be > 0, was "
              + variance
              + " (SR="
              + sharpe
              + ", skewness="
              + skewness
              + ", kurtosis="
              + kurtosis
              + ")");
    }
    return Math.sqrt(variance);
  }
}
