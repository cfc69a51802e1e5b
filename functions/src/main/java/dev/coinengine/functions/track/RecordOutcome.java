package dev.coinengine.functions.track;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.functions.support.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code recordOutcome}: turns how a decision turned out into one {@link Outcome} per vote and
 * stores them. A LONG vote earned {@code netReturnBps}, a SHORT vote its negative; a FLAT vote is
 * stored with 0 (it never counts as a hit or a miss, but vote correlations need it). Closing times
 * more than a minute ahead of the clock are refused (a refresh would never see them), and so are
 * those before {@link TrackSettings#EARLIEST}.
 */
public final class RecordOutcome implements Function<RecordOutcomeRequest, RecordOutcomeResponse> {
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final TrackRecordService track;
  private final Clock clock;

  public RecordOutcome(TrackRecordService track, Clock clock) {
    this.track = track;
    this.clock = clock;
  }

  @Override
  public RecordOutcomeResponse apply(RecordOutcomeRequest request) {
    if (request.closedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw new InvalidRequestException(
          "closedAt", "must not lie in the future, was " + request.closedAt());
    }
    if (request.closedAt().isBefore(TrackSettings.EARLIEST)) {
      throw new InvalidRequestException(
          "closedAt",
          "must not lie before " + TrackSettings.EARLIEST + ", was " + request.closedAt());
    }
    List<Outcome> outcomes = outcomes(request);
    track.record(request.decisionId(), outcomes);
    int flat = 0;
    int hits = 0;
    for (Outcome o : outcomes) {
      flat += o.direction() == Direction.FLAT ? 1 : 0;
      hits += o.hit() ? 1 : 0;
    }
    return new RecordOutcomeResponse(
        request.decisionId(), outcomes.size(), outcomes.size() - flat, flat, hits);
  }

  /**
   * One outcome per vote; net returns as fractions (bps / 10,000), as the leaderboard keeps them.
   */
  static List<Outcome> outcomes(RecordOutcomeRequest request) {
    double longReturn = request.netReturnBps() / 10_000.0;
    List<Outcome> outcomes = new ArrayList<>(request.votes().size());
    for (RecordOutcomeRequest.VoteOutcome vote : request.votes()) {
      outcomes.add(
          new Outcome(
              vote.engineId(),
              request.symbol(),
              request.regime(),
              vote.direction(),
              vote.direction().sign() * longReturn + 0.0, // no -0.0 for FLAT votes
              request.closedAt()));
    }
    return outcomes;
  }
}
