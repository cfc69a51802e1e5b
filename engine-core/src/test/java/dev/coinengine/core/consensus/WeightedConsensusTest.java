package dev.coinengine.core.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.GateFixtures;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.core.gate.RegimeGate;
import dev.coinengine.core.regime.Regime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedConsensusTest {
  private final WeightedConsensus consensus =
      new WeightedConsensus(GateFixtures.consensus(), GateFixtures.gate());

  private static Vote vote(String id, Direction direction, double confidence) {
    return Vote.rule(id, direction, confidence, direction.sign() * confidence);
  }

  @Test
  void noVotesStayFlat() {
    Consensus result = consensus.decide(List.of(), Regime.TREND, TrackRecord.empty());

    assertThat(result.direction()).isEqualTo(Direction.FLAT);
    assertThat(result.reason()).isEqualTo(FlatReason.NO_VOTES);
    assertThat(result.engines()).isEmpty();
  }

  @Test
  void unanimousEnginesWithoutRecordDecideWithTheirMeanConfidence() {
    List<Vote> votes =
        List.of(
            vote("a", Direction.LONG, 0.9),
            vote("b", Direction.LONG, 0.5),
            vote("c", Direction.FLAT, 0.0));

    Consensus result = consensus.decide(votes, Regime.TREND, TrackRecord.empty());

    assertThat(result.direction()).isEqualTo(Direction.LONG);
    assertThat(result.reason()).isNull();
    assertThat(result.agreement()).isEqualTo(1.0);
    assertThat(result.supportingEngines()).isEqualTo(2);
    assertThat(result.totalWeight()).isCloseTo(3.0, offset(1e-12));
    assertThat(result.confidence()).isCloseTo((0.9 + 0.5) / 3, offset(1e-12));
    assertThat(result.engines())
        .extracting(EngineWeight::engineId, EngineWeight::contribution)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 0.9),
            org.assertj.core.groups.Tuple.tuple("b", 0.5),
            org.assertj.core.groups.Tuple.tuple("c", 0.0));
  }

  @Test
  void oneEngineAloneIsTooFew() {
    Consensus result =
        consensus.decide(
            List.of(vote("a", Direction.SHORT, 1.0), vote("b", Direction.FLAT, 0)),
            Regime.RANGE,
            TrackRecord.empty());

    assertThat(result.direction()).isEqualTo(Direction.FLAT);
    assertThat(result.reason()).isEqualTo(FlatReason.TOO_FEW_ENGINES);
    assertThat(result.leadingSide()).isEqualTo(Direction.SHORT);
  }

  @Test
  void panicAsksForMoreAgreementThanTrend() {
    List<Vote> votes =
        List.of(
            vote("a", Direction.LONG, 1),
            vote("b", Direction.LONG, 1),
            vote("c", Direction.LONG, 1),
            vote("d", Direction.SHORT, 1),
            vote("e", Direction.SHORT, 0.5));
    double agreement = 3.0 / 4.5;

    Consensus trend = consensus.decide(votes, Regime.TREND, TrackRecord.empty());
    Consensus panic = consensus.decide(votes, Regime.PANIC, TrackRecord.empty());

    assertThat(trend.agreement()).isCloseTo(agreement, offset(1e-12));
    assertThat(trend.direction()).isEqualTo(Direction.LONG);
    assertThat(trend.confidence()).isCloseTo(1.5 / 5, offset(1e-12));
    assertThat(panic.requiredAgreement()).isEqualTo(0.75);
    assertThat(panic.direction()).isEqualTo(Direction.FLAT);
    assertThat(panic.reason()).isEqualTo(FlatReason.LOW_AGREEMENT);
  }

  @Test
  void aTieIsLowAgreement() {
    Consensus result =
        consensus.decide(
            List.of(
                vote("a", Direction.LONG, 0.7),
                vote("b", Direction.LONG, 0.7),
                vote("c", Direction.SHORT, 0.7),
                vote("d", Direction.SHORT, 0.7)),
            Regime.TREND,
            TrackRecord.empty());

    assertThat(result.reason()).isEqualTo(FlatReason.LOW_AGREEMENT);
    assertThat(result.leadingSide()).isEqualTo(Direction.FLAT);
  }

  @Test
  void enginesShutOutByTheGateAreReportedAndWeighNothing() {
    WeightedConsensus modelsOnlyInPanic =
        new WeightedConsensus(
            GateFixtures.consensus(),
            new RegimeGate(GateFixtures.gates(List.of("ml_*")), GateFixtures.consensus()));
    List<Vote> rules =
        List.of(vote("rule_a_1h", Direction.LONG, 1), vote("rule_b_1h", Direction.LONG, 1));

    Consensus result = modelsOnlyInPanic.decide(rules, Regime.PANIC, TrackRecord.empty());

    assertThat(result.reason()).isEqualTo(FlatReason.GATED);
    assertThat(result.engines())
        .allSatisfy(
            e -> {
              assertThat(e.gated()).isTrue();
              assertThat(e.weight()).isZero();
              assertThat(e.gateReason()).contains("gates.allowed-engines");
            });
    assertThat(modelsOnlyInPanic.decide(rules, Regime.TREND, TrackRecord.empty()).direction())
        .isEqualTo(Direction.LONG);
  }

  @Test
  void aProvenEngineOutweighsTwoPoorOnes() {
    Leaderboard board =
        Leaderboard.of(
            List.of(
                new LeaderboardEntry(
                    "proven", Regime.TREND, new EngineStats(400, 400, 240, 0), true),
                new LeaderboardEntry(
                    "poor1", Regime.TREND, new EngineStats(400, 400, 206, 0), true),
                new LeaderboardEntry(
                    "poor2", Regime.TREND, new EngineStats(400, 400, 206, 0), true),
                new LeaderboardEntry(
                    "ally", Regime.TREND, new EngineStats(400, 400, 240, 0), true)));
    TrackRecord track = new TrackRecord(board, VoteCorrelations.none());
    List<Vote> votes =
        List.of(
            vote("proven", Direction.SHORT, 1),
            vote("ally", Direction.SHORT, 1),
            vote("poor1", Direction.LONG, 1),
            vote("poor2", Direction.LONG, 1));

    Consensus result = consensus.decide(votes, Regime.TREND, track);

    assertThat(result.direction()).isEqualTo(Direction.SHORT);
    assertThat(consensus.decide(votes, Regime.TREND, TrackRecord.empty()).reason())
        .isEqualTo(FlatReason.LOW_AGREEMENT);
  }

  @Test
  void reliabilityIsShrunkTowardThePrior() {
    double none = consensus.reliability(EngineStats.NONE);
    double fewPerfect = consensus.reliability(new EngineStats(3, 3, 3, 0));
    double manyGood = consensus.reliability(new EngineStats(300, 300, 180, 0));
    double nearCoinFlip = consensus.reliability(new EngineStats(300, 300, 150, 0));
    double belowCoinFlip = consensus.reliability(new EngineStats(300, 300, 145, 0));

    assertThat(none).isEqualTo(1.0);
    assertThat(fewPerfect).isGreaterThan(1.0).isLessThan(manyGood);
    double p = (180 + 30 * 0.52) / 330;
    assertThat(manyGood).isCloseTo(Math.log(p / (1 - p)) / Math.log(0.52 / 0.48), offset(1e-12));
    // 150 of 300 is still shrunk a little toward the prior 0.52, so it keeps a small weight
    assertThat(nearCoinFlip).isGreaterThan(0).isLessThan(0.2);
    assertThat(belowCoinFlip).isZero();
  }

  @Test
  void correlatedClonesCountAsOneEngine() {
    List<Vote> votes =
        List.of(
            vote("clone1", Direction.LONG, 1),
            vote("clone2", Direction.LONG, 1),
            vote("other", Direction.SHORT, 1),
            vote("third", Direction.SHORT, 0.5));
    VoteCorrelations correlations =
        VoteCorrelations.none()
            .with(Regime.TREND, List.of("clone1", "clone2"), new double[][] {{1, 1}, {1, 1}});
    TrackRecord track = new TrackRecord(Leaderboard.empty(), correlations);

    Consensus independent = consensus.decide(votes, Regime.TREND, TrackRecord.empty());
    Consensus penalised = consensus.decide(votes, Regime.TREND, track);

    assertThat(independent.longScore()).isEqualTo(2.0);
    assertThat(penalised.longScore()).isEqualTo(1.0);
    assertThat(penalised.leadingSide()).isEqualTo(Direction.SHORT);
    assertThat(penalised.effectiveEngines()).isEqualTo(3.0);
    assertThat(penalised.engines().get(0).independence()).isEqualTo(0.5);
  }

  @Test
  void effectiveNumberFollowsTheAverageCorrelationFormula() {
    List<String> ids = List.of("a", "b", "c", "d");
    double rho = 0.3;
    double[][] matrix = new double[4][4];
    for (double[] row : matrix) {
      java.util.Arrays.fill(row, rho);
    }
    TrackRecord track =
        new TrackRecord(
            Leaderboard.empty(), VoteCorrelations.none().with(Regime.RANGE, ids, matrix));
    List<Vote> votes = ids.stream().map(id -> vote(id, Direction.LONG, 1)).toList();

    Consensus result = consensus.decide(votes, Regime.RANGE, track);

    assertThat(result.effectiveEngines()).isCloseTo(4 / (1 + 3 * rho), offset(1e-12));
  }

  @Test
  void anEngineMayVoteOnlyOnce() {
    assertThatThrownBy(
            () ->
                consensus.decide(
                    List.of(vote("a", Direction.LONG, 1), vote("a", Direction.SHORT, 1)),
                    Regime.TREND,
                    TrackRecord.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("engine a voted twice");
  }
}
