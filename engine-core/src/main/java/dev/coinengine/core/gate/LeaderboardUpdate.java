package dev.coinengine.core.gate;

import java.util.List;

/** A refreshed leaderboard and the enable/disable changes that led to it. */
public record LeaderboardUpdate(Leaderboard leaderboard, List<LeaderboardChange> changes) {

  public LeaderboardUpdate {
    if (leaderboard == null || changes == null) {
      throw new IllegalArgumentException("leaderboard and changes are required");
    }
    changes = List.copyOf(changes);
  }
}
