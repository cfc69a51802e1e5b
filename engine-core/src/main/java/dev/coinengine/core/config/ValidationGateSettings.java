package dev.coinengine.core.config;

/**
 * Section {@code validation-gates}: what a freshly trained model must show on its purged
 * walk-forward to be registered as a candidate, and how the training pipeline looks for leakage.
 * Any leakage flag rejects the model.
 *
 * @param minOosSamples fewest pooled out-of-sample rows
 * @param minDeflatedSharpe lowest deflated Sharpe ratio, deflated by the models trained that day
 *     for the same coin and timeframe
 * @param minNetReturn lowest pooled net-of-cost return; the always-flat baseline earns 0
 * @param auditCutPoints random cut points of the feature look-ahead audit per coin (0 = off)
 * @param permutationRuns models trained on permuted labels per job (0 = off)
 * @param maxPermutationPsr a permuted-label model whose out-of-sample PSR reaches this raises a
 *     flag
 */
public record ValidationGateSettings(
    int minOosSamples,
    double minDeflatedSharpe,
    double minNetReturn,
    int auditCutPoints,
    int permutationRuns,
    double maxPermutationPsr) {

  public ValidationGateSettings {
    Checks.between("min-oos-samples", minOosSamples, 1, 10_000_000);
    Checks.between("min-deflated-sharpe", minDeflatedSharpe, 0, 0.9999);
    Checks.between("min-net-return", minNetReturn, -1, 100);
    Checks.between("audit-cut-points", auditCutPoints, 0, 1000);
    Checks.between("permutation-runs", permutationRuns, 0, 100);
    Checks.aboveAtMost("max-permutation-psr", maxPermutationPsr, 0.5, 1);
  }

  static ValidationGateSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "min-oos-samples",
        "min-deflated-sharpe",
        "min-net-return",
        "audit-cut-points",
        "permutation-runs",
        "max-permutation-psr");
    int samples = node.integer("min-oos-samples");
    double dsr = node.number("min-deflated-sharpe");
    double net = node.number("min-net-return");
    int cuts = node.integer("audit-cut-points");
    int runs = node.integer("permutation-runs");
    double psr = node.number("max-permutation-psr");
    return node.build(() -> new ValidationGateSettings(samples, dsr, net, cuts, runs, psr));
  }
}
