package dev.coinengine.store.track;

import dev.coinengine.core.consensus.TrackRecord;
import java.time.Instant;

/**
 * One saved leaderboard version.
 *
 * @param version 1 for the first refresh, then +1 per refresh
 * @param asOf the instant the refresh judged the outcomes at
 * @param savedAt when it was saved
 * @param outcomes how many outcomes the refresh read
 * @param trackRecord the leaderboard and the vote correlations estimated from the same outcomes
 */
public record StoredLeaderboard(
    long version, Instant asOf, Instant savedAt, int outcomes, TrackRecord trackRecord) {

  public StoredLeaderboard {
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    if (asOf == null || savedAt == null || trackRecord == null) {
      throw new IllegalArgumentException(
          "asOf, savedAt and trackRecord are required (version " + version + ")");
    }
    if (outcomes < 0) {
      throw new IllegalArgumentException("outcomes must be >= 0, was " + outcomes);
    }
  }
}
