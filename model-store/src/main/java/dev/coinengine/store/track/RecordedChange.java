package dev.coinengine.store.track;

import dev.coinengine.core.gate.LeaderboardChange;

/** A leaderboard change as stored: the version of the refresh that made it. */
public record RecordedChange(long version, LeaderboardChange change) {

  public RecordedChange {
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    if (change == null) {
      throw new IllegalArgumentException("change is required (version " + version + ")");
    }
  }
}
