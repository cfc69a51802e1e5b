package dev.coinengine.functions.track;

import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.consensus.VoteCorrelations;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardRefresh;
import dev.coinengine.core.gate.LeaderboardUpdate;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.functions.support.NotAvailableException;
import dev.coinengine.store.track.RecordedChange;
import dev.coinengine.store.track.StoredLeaderboard;
import dev.coinengine.store.track.TrackRecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records outcomes, refreshes the leaderboard and serves the consensus its {@link TrackRecord}.
 *
 * <p>{@link #trackRecords()} is the consensus's {@code Supplier<TrackRecord>}: the current
 * leaderboard with the vote correlations estimated at its refresh, read from the store on first
 * use, replaced at once by a refresh in this process and read again after {@link
 * TrackSettings#reloadAfter()} (a refresh elsewhere). When a reload fails the last one is kept and
 * a warning logged; without any, the failure propagates. This class deliberately does not implement
 * {@code Supplier}: Spring Cloud Function would serve such a bean as a function.
 *
 * <p>A deployment without a {@link TrackRecordStore} gets {@link #notConfigured()}: recording and
 * refreshing answer "not available" and the track record is empty (every engine votes with the
 * prior).
 */
public final class TrackRecordService {
  private static final Logger LOG = LoggerFactory.getLogger(TrackRecordService.class);

  private final Optional<TrackRecordStore> store;
  private final TrackSettings settings;
  private final Clock clock;
  private final TrackMetrics metrics;
  private final Object refreshLock = new Object();
  private volatile Cached cached;

  /** The current track record and when it was read. */
  private record Cached(Optional<StoredLeaderboard> stored, TrackRecord record, Instant readAt) {}

  public TrackRecordService(
      TrackRecordStore store, TrackSettings settings, Clock clock, TrackMetrics metrics) {
    this(Optional.of(store), settings, clock, metrics);
    metrics.watch(() -> cached == null ? null : cached.record().leaderboard());
  }

  private TrackRecordService(
      Optional<TrackRecordStore> store, TrackSettings settings, Clock clock, TrackMetrics metrics) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Without a store: no recording, no refresh, an empty track record. */
  public static TrackRecordService notConfigured() {
    return new TrackRecordService(Optional.empty(), null, Clock.systemUTC(), null);
  }

  public boolean configured() {
    return store.isPresent();
  }

  /** The settings of a configured service. */
  public TrackSettings settings() {
    require("");
    return settings;
  }

  /** What the consensus plugs in: {@link #current()} on every call. */
  public Supplier<TrackRecord> trackRecords() {
    return this::current;
  }

  /** The current track record (cached; see the class comment). Empty when not configured. */
  public TrackRecord current() {
    if (store.isEmpty()) {
      return TrackRecord.empty();
    }
    Cached now = cached;
    if (now == null || !clock.instant().isBefore(now.readAt().plus(settings.reloadAfter()))) {
      now = reload(now);
    }
    return now.record();
  }

  /** The leaderboard saved last, read from the store now. */
  public Optional<StoredLeaderboard> leaderboard() {
    return require("").currentLeaderboard();
  }

  /** Every stored leaderboard change, oldest first. */
  public List<RecordedChange> changes() {
    return require("").changes();
  }

  /** Stores the outcomes of one decision (durable on return) and counts them in the metrics. */
  public void record(String decisionId, List<Outcome> outcomes) {
    require("").appendOutcomes(decisionId, outcomes);
    metrics.recordOutcomes(outcomes);
  }

  /**
   * Rebuilds the leaderboard from the outcomes closed in {@code [asOf - lookback, asOf]} and the
   * flags of the current one, estimates the vote correlations from the same outcomes, saves both
   * with the changes, and serves the result from now on.
   */
  public Refreshed refresh(Instant asOf, Duration lookback) {
    TrackRecordStore records = require("");
    synchronized (refreshLock) {
      Optional<StoredLeaderboard> previous = records.currentLeaderboard();
      Leaderboard before =
          previous.map(p -> p.trackRecord().leaderboard()).orElse(Leaderboard.empty());
      List<Outcome> outcomes = records.outcomes(asOf.minus(lookback), asOf);
      LeaderboardUpdate update =
          new LeaderboardRefresh(
                  settings.gates(), settings.consensus(), Clock.fixed(asOf, ZoneOffset.UTC))
              .refresh(before, outcomes);
      VoteCorrelations correlations =
          VoteCorrelations.estimate(outcomes, settings.consensus().priorStrength());
      TrackRecord record = new TrackRecord(update.leaderboard(), correlations);
      StoredLeaderboard saved =
          records.saveLeaderboard(record, asOf, outcomes.size(), update.changes());
      cached = new Cached(Optional.of(saved), record, clock.instant());
      metrics.countChanges(update.changes());
      LOG.info(
          "leaderboard version {} as of {}: {} outcomes, {} entries, {} changes",
          saved.version(),
          asOf,
          outcomes.size(),
          update.leaderboard().entries().size(),
          update.changes().size());
      return new Refreshed(previous.map(StoredLeaderboard::version), saved, update);
    }
  }

  /**
   * One refresh.
   *
   * @param previousVersion the version it started from, empty for the first
   * @param saved the new current version
   * @param update the leaderboard and the changes (with their reasons)
   */
  public record Refreshed(
      Optional<Long> previousVersion, StoredLeaderboard saved, LeaderboardUpdate update) {}

  private synchronized Cached reload(Cached stale) {
    Cached now = cached;
    if (now != stale) {
      return now; // another thread reloaded meanwhile
    }
    try {
      Optional<StoredLeaderboard> stored = store.orElseThrow().currentLeaderboard();
      TrackRecord record = stored.map(StoredLeaderboard::trackRecord).orElse(TrackRecord.empty());
      now = new Cached(stored, record, clock.instant());
    } catch (RuntimeException e) {
      if (stale == null) {
        throw e;
      }
      LOG.warn("cannot reload the leaderboard, serving the one read at {}", stale.readAt(), e);
      now = new Cached(stale.stored(), stale.record(), clock.instant());
    }
    cached = now;
    return now;
  }

  private TrackRecordStore require(String field) {
    return store.orElseThrow(
        () ->
            new NotAvailableException(
                field,
                "performance tracking is not configured in this deployment (no track record"
                    + " store)"));
  }
}
