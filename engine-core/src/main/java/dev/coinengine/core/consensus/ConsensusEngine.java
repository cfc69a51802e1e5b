package dev.coinengine.core.consensus;

import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.regime.Regime;
import java.util.List;

/** Combines the engines' votes on one coin at one bar into one decision. */
public interface ConsensusEngine {

  /**
   * @param votes at most one vote per engine
   * @param regime the coin's regime at the bar
   * @param track the engines' leaderboard and vote correlations
   * @throws IllegalArgumentException when an engine votes twice
   */
  Consensus decide(List<Vote> votes, Regime regime, TrackRecord track);
}
