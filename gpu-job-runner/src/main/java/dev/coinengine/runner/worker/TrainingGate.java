package dev.coinengine.runner.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a trained model may become a candidate, from its walk-forward metrics. Rejected
 * models are registered with the reasons and never promoted.
 *
 * @param minOosSamples fewest pooled out-of-sample rows ({@code wf_oos_samples})
 * @param minProbabilisticSharpe lowest {@code wf_psr} (probabilistic Sharpe ratio against 0)
 * @param minNetReturn lowest pooled net-of-cost return ({@code wf_net_return}); flat earns 0, so 0
 *     means "better than staying flat after cost"
 */
public record TrainingGate(int minOosSamples, double minProbabilisticSharpe, double minNetReturn) {

  public TrainingGate {
    if (minOosSamples < 1) {
      throw new IllegalArgumentException("minOosSamples must be >= 1, was " + minOosSamples);
    }
    if (!(minProbabilisticSharpe >= 0 && minProbabilisticSharpe < 1)) {
      throw new IllegalArgumentException(
          "minProbabilisticSharpe must be in [0, 1), was " + minProbabilisticSharpe);
    }
    if (!Double.isFinite(minNetReturn)) {
      throw new IllegalArgumentException("minNetReturn must be finite, was " + minNetReturn);
    }
  }

  /** 100 out-of-sample rows, PSR at least 0.5, a net return above 0. */
  public static TrainingGate defaults() {
    return new TrainingGate(100, 0.5, 0.0);
  }

  /** Why the model is rejected; empty when it passes. */
  public List<String> reasons(Map<String, Double> metrics) {
    List<String> reasons = new ArrayList<>();
    double samples = metrics.getOrDefault("wf_oos_samples", 0.0);
    if (samples < minOosSamples) {
      reasons.add(
          String.format(Locale.ROOT, "out-of-sample rows %.0f < %d", samples, minOosSamples));
    }
    double psr = metrics.getOrDefault("wf_psr", Double.NaN);
    if (!(psr >= minProbabilisticSharpe)) {
      reasons.add(
          String.format(Locale.ROOT, "walk-forward PSR %.3f < %.3f", psr, minProbabilisticSharpe));
    }
    double net = metrics.getOrDefault("wf_net_return", Double.NaN);
    if (!(net > minNetReturn)) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "walk-forward net return %.4f is not above %.4f (flat)",
              net,
              minNetReturn));
    }
    return reasons;
  }
}
