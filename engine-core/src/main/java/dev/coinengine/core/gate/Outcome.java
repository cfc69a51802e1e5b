package dev.coinengine.core.gate;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.regime.Regime;
import java.time.Instant;

/**
 * What one engine's vote turned out to be worth, recorded once its horizon has passed.
 *
 * @param engineId the engine that voted
 * @param symbol the coin it voted on (outcomes of one symbol and time pair votes for correlations)
 * @param regime the regime at the vote
 * @param direction the vote's side; FLAT votes count for correlations only
 * @param netReturn realised return of the position the vote implied, after costs: positive is a hit
 *     whichever the side (ignored for FLAT)
 * @param at the close time of the voting bar
 */
public record Outcome(
    String engineId,
    String symbol,
    Regime regime,
    Direction direction,
    double netReturn,
    Instant at) {

  public Outcome {
    if (engineId == null || engineId.isBlank()) {
      throw new IllegalArgumentException("engineId must not be blank, was '" + engineId + "'");
    }
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
    }
    if (regime == null || direction == null || at == null) {
      throw new IllegalArgumentException(
          "regime, direction and at are required, was " + regime + ", " + direction + ", " + at);
    }
    if (!Double.isFinite(netReturn)) {
      throw new IllegalArgumentException("netReturn must be finite, was " + netReturn);
    }
  }

  /** A directional vote whose position made money after costs. */
  public boolean hit() {
    return direction != Direction.FLAT && netReturn > 0;
  }
}
