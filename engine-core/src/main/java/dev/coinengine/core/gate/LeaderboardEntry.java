package dev.coinengine.core.gate;

import dev.coinengine.core.regime.Regime;

/** One engine in one regime: its track record and whether it may vote. */
public record LeaderboardEntry(String engineId, Regime regime, EngineStats stats, boolean enabled) {

  public LeaderboardEntry {
    if (engineId == null || engineId.isBlank()) {
      throw new IllegalArgumentException("engineId must not be blank, was '" + engineId + "'");
    }
    if (regime == null || stats == null) {
      throw new IllegalArgumentException(
          "regime and stats are required (" + engineId + "), was " + regime + ", " + stats);
    }
  }
}
