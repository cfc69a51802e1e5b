package dev.coinengine.functions.track;

import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.LeaderboardEntry;
import java.util.List;

/**
 * The answer of {@code refreshLeaderboard}.
 *
 * @param version the new leaderboard version
 * @param previousVersion the version it replaced, null for the first
 * @param asOf the instant the outcomes were judged at, ISO-8601 UTC
 * @param lookbackDays the days of outcomes read
 * @param outcomes how many outcomes were read
 * @param entries every engine and regime, by engine id then regime
 * @param changes the engines enabled or disabled by this refresh, each with its reason
 */
public record RefreshLeaderboardResponse(
    long version,
    Long previousVersion,
    String asOf,
    int lookbackDays,
    int outcomes,
    List<Entry> entries,
    List<Change> changes) {

  /**
   * One engine in one regime.
   *
   * @param hitRate shrunk toward the prior, the score the refresh judged (see {@code
   *     docs/consensus.md})
   * @param meanNetReturnBps recency-weighted mean net return of its directional outcomes
   */
  public record Entry(
      String engineId,
      String regime,
      boolean enabled,
      int outcomes,
      double samples,
      double hits,
      double hitRate,
      double meanNetReturnBps) {

    static Entry of(LeaderboardEntry e, double priorStrength, double priorHitRate) {
      EngineStats s = e.stats();
      return new Entry(
          e.engineId(),
          e.regime().name(),
          e.enabled(),
          s.outcomes(),
          s.samples(),
          s.hits(),
          s.shrunkHitRate(priorStrength, priorHitRate),
          s.meanNetReturn() * 10_000);
    }
  }

  /** One enable or disable, with its reason. */
  public record Change(String engineId, String regime, boolean enabled, String reason, String at) {

    static Change of(LeaderboardChange c) {
      return new Change(
          c.engineId(), c.regime().name(), c.enabled(), c.reason(), c.at().toString());
    }
  }
}
