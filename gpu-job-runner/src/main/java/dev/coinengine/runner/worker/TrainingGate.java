package dev.coinengine.runner.worker;

import dev.coinengine.core.config.ValidationGateSettings;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.validation.SharpeStatistics;
import dev.coinengine.core.validation.TrialSet;
import dev.coinengine.runner.pipeline.LeakageFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a trained model may become a candidate, from its walk-forward metrics and the
 * leakage flags of its job. Rejected models are registered with the reasons and never promoted.
 *
 * <p>The deflated Sharpe ratio counts {@code trials} = the models trained for the same coin and
 * timeframe that day (regimes × families) and takes the variance of their Sharpe ratios under the
 * null, {@code 1 / (T − 1)} for {@code T} pooled out-of-sample bars: the sampling variance of a
 * Sharpe estimate whose true value is 0 (docs/validation.md).
 *
 * @param minOosSamples fewest pooled out-of-sample rows ({@code wf_oos_samples})
 * @param minDeflatedSharpe lowest deflated Sharpe ratio
 * @param minNetReturn lowest pooled net-of-cost return ({@code wf_net_return}); flat earns 0, so 0
 *     means "better than staying flat after cost"
 * @param trials models tried that day for the coin and timeframe
 */
public record TrainingGate(
    int minOosSamples, double minDeflatedSharpe, double minNetReturn, int trials) {

  public TrainingGate {
    if (minOosSamples < 1) {
      throw new IllegalArgumentException("minOosSamples must be >= 1, was " + minOosSamples);
    }
    if (!(minDeflatedSharpe >= 0 && minDeflatedSharpe < 1)) {
      throw new IllegalArgumentException(
          "minDeflatedSharpe must be in [0, 1), was " + minDeflatedSharpe);
    }
    if (!Double.isFinite(minNetReturn)) {
      throw new IllegalArgumentException("minNetReturn must be finite, was " + minNetReturn);
    }
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be >= 1, was " + trials);
    }
  }

  /** 100 out-of-sample rows, DSR at least 0.5 over 6 trials (3 regimes × 2 families), net > 0. */
  public static TrainingGate defaults() {
    return new TrainingGate(100, 0.5, 0.0, 6);
  }

  /** From the {@code validation-gates} section; {@code families} trained per coin and timeframe. */
  public static TrainingGate from(ValidationGateSettings gates, int families) {
    return new TrainingGate(
        gates.minOosSamples(),
        gates.minDeflatedSharpe(),
        gates.minNetReturn(),
        Regime.values().length * Math.max(1, families));
  }

  /** Why the model is rejected, without leakage flags; empty when it passes. */
  public List<String> reasons(Map<String, Double> metrics) {
    return reasons(metrics, List.of());
  }

  /** Why the model is rejected (gate figures, then one reason per leakage flag). */
  public List<String> reasons(Map<String, Double> metrics, List<LeakageFlag> leakage) {
    List<String> reasons = new ArrayList<>();
    double samples = metrics.getOrDefault("wf_oos_samples", 0.0);
    if (samples < minOosSamples) {
      reasons.add(
          String.format(Locale.ROOT, "out-of-sample rows %.0f < %d", samples, minOosSamples));
    }
    double dsr = deflatedSharpe(metrics);
    if (!(dsr >= minDeflatedSharpe)) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "walk-forward DSR %.3f < %.3f (%d trials)",
              dsr,
              minDeflatedSharpe,
              trials));
    }
    double net = metrics.getOrDefault("wf_net_return", Double.NaN);
    if (!(net > minNetReturn)) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "walk-forward net return %.4f is not above %.4f (always flat earns 0 after cost)",
              net,
              minNetReturn));
    }
    for (LeakageFlag flag : leakage) {
      reasons.add(flag.reason());
    }
    return reasons;
  }

  /**
   * The pooled walk-forward Sharpe ratio deflated by {@link #trials()}; NaN when the metrics lack
   * the pooled Sharpe ratio, its moments or four out-of-sample bars.
   */
  public double deflatedSharpe(Map<String, Double> metrics) {
    double sharpe = metrics.getOrDefault("wf_sharpe_per_bar", Double.NaN);
    double samples = metrics.getOrDefault("wf_oos_samples", 0.0);
    double skewness = metrics.getOrDefault("wf_skewness", Double.NaN);
    double kurtosis = metrics.getOrDefault("wf_kurtosis", Double.NaN);
    if (samples < 4
        || !Double.isFinite(sharpe)
        || !Double.isFinite(skewness)
        || !Double.isFinite(kurtosis)) {
      return Double.NaN;
    }
    long t = (long) samples;
    return SharpeStatistics.deflated(
        sharpe, t, skewness, kurtosis, new TrialSet(trials, 1.0 / (t - 1)));
  }
}
