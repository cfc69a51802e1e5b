package dev.coinengine.core.validation;

import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The multiple-testing context of a selected model for the deflated Sharpe ratio: how many
 * independent trials (models × configurations tried, e.g. for one coin on one day) the winner was
 * picked from, and the variance of their per-bar Sharpe ratios.
 */
public record TrialSet(long trials, double sharpeVariance) {

  public TrialSet {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be >= 1, was " + trials);
    }
    if (!(sharpeVariance >= 0) || Double.isInfinite(sharpeVariance)) {
      throw new IllegalArgumentException(
          "sharpeVariance must be a finite number >= 0, was " + sharpeVariance);
    }
  }

  /** One trial: the deflated Sharpe ratio reduces to the probabilistic one against zero. */
  public static TrialSet single() {
    return new TrialSet(1, 0);
  }

  /** From the per-bar Sharpe ratios of every trial (sample variance, n − 1). */
  public static TrialSet of(double... perBarSharpes) {
    if (perBarSharpes.length == 0) {
      throw new IllegalArgumentException("need at least one trial Sharpe ratio");
    }
    for (double sr : perBarSharpes) {
      if (!Double.isFinite(sr)) {
        throw new IllegalArgumentException("trial Sharpe ratios must be finite, got " + sr);
      }
    }
    double variance = perBarSharpes.length < 2 ? 0 : new Variance().evaluate(perBarSharpes);
    return new TrialSet(perBarSharpes.length, variance);
  }
}
