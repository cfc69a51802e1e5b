package dev.coinengine.core.gate;

import dev.coinengine.core.regime.Regime;
import java.time.Instant;

/** The refresh enabled or disabled an engine in a regime, and why. */
public record LeaderboardChange(
    String engineId, Regime regime, boolean enabled, String reason, Instant at) {

  public LeaderboardChange {
    if (engineId == null || engineId.isBlank()) {
      throw new IllegalArgumentException("engineId must not be blank, was '" + engineId + "'");
    }
    if (regime == null || reason == null || reason.isBlank() || at == null) {
      throw new IllegalArgumentException(
          "regime, reason and at are required (" + engineId + "), was " + regime + ", " + at);
    }
  }
}
