package dev.coinengine.functions.track;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.functions.support.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * {@code refreshLeaderboard}: the weekly refresh, on demand. Judges the outcomes of the look-back
 * as of {@code asOf} (not in the future, not before {@link TrackSettings#EARLIEST}), saves the new
 * leaderboard version and its changes, and returns both.
 */
public final class RefreshLeaderboard
    implements Function<RefreshLeaderboardRequest, RefreshLeaderboardResponse> {

  private final TrackRecordService track;
  private final Clock clock;

  public RefreshLeaderboard(TrackRecordService track, Clock clock) {
    this.track = track;
    this.clock = clock;
  }

  @Override
  public RefreshLeaderboardResponse apply(RefreshLeaderboardRequest request) {
    TrackSettings settings = track.settings();
    Instant now = clock.instant();
    Instant asOf = request.asOf().orElse(now);
    if (asOf.isAfter(now)) {
      throw new InvalidRequestException("asOf", "must not lie in the future, was " + asOf);
    }
    if (asOf.isBefore(TrackSettings.EARLIEST)) {
      throw new InvalidRequestException(
          "asOf", "must not lie before " + TrackSettings.EARLIEST + ", was " + asOf);
    }
    int days = request.lookbackDays().orElse(settings.defaultLookbackDays());
    TrackRecordService.Refreshed refreshed = track.refresh(asOf, Duration.ofDays(days));
    return response(refreshed, days, settings.consensus());
  }

  static RefreshLeaderboardResponse response(
      TrackRecordService.Refreshed refreshed, int days, ConsensusSettings consensus) {
    return new RefreshLeaderboardResponse(
        refreshed.saved().version(),
        refreshed.previousVersion().orElse(null),
        refreshed.saved().asOf().toString(),
        days,
        refreshed.saved().outcomes(),
        refreshed.update().leaderboard().entries().stream()
            .map(
                e ->
                    RefreshLeaderboardResponse.Entry.of(
                        e, consensus.priorStrength(), consensus.priorHitRate()))
            .toList(),
        refreshed.update().changes().stream().map(RefreshLeaderboardResponse.Change::of).toList());
  }
}
