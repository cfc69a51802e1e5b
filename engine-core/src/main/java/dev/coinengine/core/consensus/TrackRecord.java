package dev.coinengine.core.consensus;

import dev.coinengine.core.gate.Leaderboard;

/** What the consensus knows about the engines: their leaderboard and their vote correlations. */
public record TrackRecord(Leaderboard leaderboard, VoteCorrelations correlations) {

  public TrackRecord {
    if (leaderboard == null || correlations == null) {
      throw new IllegalArgumentException("leaderboard and correlations are required");
    }
  }

  /** No track record: every engine votes with the prior reliability and counts as independent. */
  public static TrackRecord empty() {
    return new TrackRecord(Leaderboard.empty(), VoteCorrelations.none());
  }
}
