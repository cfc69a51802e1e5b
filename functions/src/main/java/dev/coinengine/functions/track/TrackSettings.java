package dev.coinengine.functions.track;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.GateSettings;
import java.time.Duration;
import java.time.Instant;

/**
 * What the performance tracking needs from the engine's configuration.
 *
 * @param gates min-samples and the hysteresis bounds of the leaderboard refresh
 * @param consensus the reliability prior and half-life; its prior strength also shrinks the vote
 *     correlations
 * @param defaultLookbackDays the outcomes a refresh reads when the request names no look-back
 * @param reloadAfter how long a served track record is reused before the current leaderboard is
 *     read again (so a refresh run elsewhere, such as the weekly job, reaches every instance)
 */
public record TrackSettings(
    GateSettings gates,
    ConsensusSettings consensus,
    int defaultLookbackDays,
    Duration reloadAfter) {

  /** Four weeks: the weekly refresh judges each engine on its last four weeks. */
  public static final int DEFAULT_LOOKBACK_DAYS = 28;

  /** Longest accepted look-back. */
  public static final int MAX_LOOKBACK_DAYS = 365;

  /** Nothing is judged or recorded before this instant (Binance opened in July 2017). */
  public static final Instant EARLIEST = Instant.parse("2017-01-01T00:00:00Z");

  /** Five minutes. */
  public static final Duration DEFAULT_RELOAD_AFTER = Duration.ofMinutes(5);

  public TrackSettings {
    if (gates == null || consensus == null) {
      throw new IllegalArgumentException("gates and consensus are required");
    }
    if (defaultLookbackDays < 1 || defaultLookbackDays > MAX_LOOKBACK_DAYS) {
      throw new IllegalArgumentException(
          "defaultLookbackDays must be between 1 and "
              + MAX_LOOKBACK_DAYS
              + ", was "
              + defaultLookbackDays);
    }
    if (reloadAfter == null || reloadAfter.isNegative() || reloadAfter.isZero()) {
      throw new IllegalArgumentException("reloadAfter must be positive, was " + reloadAfter);
    }
  }

  /** The configuration's {@code gates} and {@code consensus} with the default look-back. */
  public static TrackSettings from(EngineConfig config) {
    return new TrackSettings(
        config.gates(), config.consensus(), DEFAULT_LOOKBACK_DAYS, DEFAULT_RELOAD_AFTER);
  }
}
