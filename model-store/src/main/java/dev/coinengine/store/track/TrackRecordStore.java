package dev.coinengine.store.track;

import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where recorded outcomes, the current leaderboard and its change history live. Infrastructure
 * failures surface as {@link dev.coinengine.store.object.ObjectStoreException}.
 */
public interface TrackRecordStore {

  /**
   * Stores the outcomes of one decision durably before returning. Recording the same decision and
   * engine again (a retried call) replaces the earlier outcome when read back.
   */
  void appendOutcomes(String decisionId, List<Outcome> outcomes);

  /**
   * The outcomes with {@code from <= at <= to}, by time then decision then engine, the latest
   * recording of each decision and engine only.
   */
  List<Outcome> outcomes(Instant from, Instant to);

  /** The leaderboard saved last, if any. */
  Optional<StoredLeaderboard> currentLeaderboard();

  /**
   * Saves a refreshed leaderboard (with the vote correlations it came with) as the next version,
   * stores {@code changes} with that version, then makes it the current one.
   *
   * @param asOf the instant the refresh judged the outcomes at
   * @param outcomes how many outcomes the refresh read
   * @throws ConcurrentRefreshException when another refresh saved the same version first
   */
  StoredLeaderboard saveLeaderboard(
      TrackRecord trackRecord, Instant asOf, int outcomes, List<LeaderboardChange> changes);

  /** Every stored change, oldest version first. */
  List<RecordedChange> changes();
}
