package dev.coinengine.core.consensus;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.regime.Regime;
import java.util.List;

/**
 * The combined decision of the engines on one coin at one bar, with its explanation.
 *
 * @param regime the regime it was decided for
 * @param direction LONG, SHORT or FLAT
 * @param confidence {@code (leading score - other score) / total weight} for LONG or SHORT, in [0,
 *     1]; 0 when FLAT
 * @param reason why it is FLAT; {@code null} for LONG or SHORT
 * @param longScore sum of {@code weight x confidence} of the LONG votes
 * @param shortScore the same for the SHORT votes
 * @param totalWeight sum of the weights of all engines not gated, FLAT votes included
 * @param agreement the leading side's share {@code max(long, short) / (long + short)}; 0 without
 *     directional votes
 * @param requiredAgreement the regime's threshold
 * @param supportingEngines engines with a positive contribution to the leading side
 * @param effectiveEngines effective number of independent engines not gated (sum of independence)
 * @param engines per-engine breakdown, in the order of the votes
 */
public record Consensus(
    Regime regime,
    Direction direction,
    double confidence,
    FlatReason reason,
    double longScore,
    double shortScore,
    double totalWeight,
    double agreement,
    double requiredAgreement,
    int supportingEngines,
    double effectiveEngines,
    List<EngineWeight> engines) {

  public Consensus {
    if (regime == null || direction == null) {
      throw new IllegalArgumentException("regime and direction are required");
    }
    if ((direction == Direction.FLAT) != (reason != null)) {
      throw new IllegalArgumentException(
          "reason must be given exactly when FLAT, was " + direction + " with " + reason);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
    engines = List.copyOf(engines);
  }

  /** The side with the larger score (FLAT on a tie), whatever the decision. */
  public Direction leadingSide() {
    return Direction.of(longScore - shortScore);
  }

  /** The score of {@code side}: {@link #longScore()}, {@link #shortScore()} or 0 for FLAT. */
  public double score(Direction side) {
    return switch (side) {
      case LONG -> longScore;
      case SHORT -> shortScore;
      case FLAT -> 0.0;
    };
  }
}
