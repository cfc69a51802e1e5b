package dev.coinengine.runner.pipeline;

import dev.coinengine.core.config.ValidationGateSettings;

/**
 * How the pipeline looks for leakage. The overlap check always runs (it is cheap).
 *
 * @param auditCutPoints random cut points of the feature look-ahead audit per coin (0 = off); each
 *     recomputes the features twice on the history up to the cut
 * @param permutationRuns models trained on permuted labels per job (0 = off); each repeats the
 *     job's walk-forward
 * @param maxPermutationPsr a permuted-label model whose pooled out-of-sample PSR (after cost)
 *     reaches this raises a flag
 * @param seed seeds the audit's cut points and the permutations
 */
public record LeakageSettings(
    int auditCutPoints, int permutationRuns, double maxPermutationPsr, long seed) {

  public LeakageSettings {
    if (auditCutPoints < 0) {
      throw new IllegalArgumentException("auditCutPoints must be >= 0, was " + auditCutPoints);
    }
    if (permutationRuns < 0) {
      throw new IllegalArgumentException("permutationRuns must be >= 0, was " + permutationRuns);
    }
    if (!(maxPermutationPsr > 0.5 && maxPermutationPsr <= 1)) {
      throw new IllegalArgumentException(
          "maxPermutationPsr must be in (0.5, 1], was " + maxPermutationPsr);
    }
  }

  /** Two audit cut points, one permutation run, flag at PSR 0.99, seed 42. */
  public static LeakageSettings defaults() {
    return new LeakageSettings(2, 1, 0.99, 42);
  }

  /** Only the overlap check. */
  public static LeakageSettings overlapOnly() {
    return new LeakageSettings(0, 0, 1, 42);
  }

  public static LeakageSettings from(ValidationGateSettings gates, long seed) {
    return new LeakageSettings(
        gates.auditCutPoints(), gates.permutationRuns(), gates.maxPermutationPsr(), seed);
  }
}
