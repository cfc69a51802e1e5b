package dev.coinengine.core.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.RuleEngine;
import dev.coinengine.core.engines.RuleEngines;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.features.SharedKlines;
import dev.coinengine.core.gate.GateFixtures;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardRefresh;
import dev.coinengine.core.gate.LeaderboardUpdate;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole voting side on real bars: the nine 1h rules vote on every BTCUSDT bar, the first 60% of
 * the bars build the leaderboard and the correlations, the rest is decided out of sample.
 */
class RealDataConsensusTest {
  private static final int HORIZON = 24;
  private static final double ROUND_TRIP_COST = 0.002;

  @Test
  void leaderboardFromThePastGatesAndWeighsTheEnginesOfTheFuture() {
    Optional<BarSeries> loaded = SharedKlines.hourly("BTCUSDT");
    assumeTrue(
        loaded.isPresent(),
        "shared/data/klines/1h/BTCUSDT-1h.csv.gz not found beside the repository");
    BarSeries bars = loaded.get();
    List<RuleEngine> engines = RuleEngines.standard(Interval.H1);
    Regime[] regimes = new RuleRegimeClassifier(RegimeThresholds.hourly()).classifyAll(bars);
    int split = bars.size() * 6 / 10;
    Instant splitTime = closeTime(bars, split - 1);

    List<Outcome> past = new ArrayList<>();
    for (int row = 0; row + HORIZON < split; row++) {
      if (regimes[row] == null) {
        continue;
      }
      for (RuleEngine engine : engines) {
        Vote vote = engine.vote(bars, row);
        past.add(
            new Outcome(
                engine.id(),
                "BTCUSDT",
                regimes[row],
                vote.direction(),
                net(bars, row, vote.direction()),
                closeTime(bars, row)));
      }
    }
    LeaderboardUpdate update =
        new LeaderboardRefresh(
                GateFixtures.gates(),
                GateFixtures.consensus(),
                Clock.fixed(splitTime, ZoneOffset.UTC))
            .refresh(Leaderboard.empty(), past);
    VoteCorrelations correlations = VoteCorrelations.estimate(past, 30);
    TrackRecord track = new TrackRecord(update.leaderboard(), correlations);
    WeightedConsensus consensus =
        new WeightedConsensus(GateFixtures.consensus(), GateFixtures.gate());

    Tally weighted = new Tally();
    Tally plain = new Tally();
    for (int row = split; row + HORIZON < bars.size(); row++) {
      Regime regime = regimes[row];
      List<Vote> votes = new ArrayList<>();
      for (RuleEngine engine : engines) {
        votes.add(engine.vote(bars, row));
      }
      Consensus decision = consensus.decide(votes, regime, track);
      for (EngineWeight engine : decision.engines()) {
        assertThat(engine.gated())
            .isEqualTo(!update.leaderboard().enabled(engine.engineId(), regime));
      }
      weighted.add(decision.direction(), net(bars, row, decision.direction()));
      Direction untracked = consensus.decide(votes, regime, TrackRecord.empty()).direction();
      plain.add(untracked, net(bars, row, untracked));
    }

    assertThat(update.leaderboard().entries()).hasSize(engines.size() * Regime.values().length);
    assertThat(weighted.decisions).isPositive();
    assertThat(plain.decisions).isPositive();
    System.out.printf(
        Locale.ROOT,
        "BTCUSDT 1h consensus out of sample (%d bars from %s, %dh horizon, %.1f%% round trip):%n"
            + "  leaderboard from %d outcomes: %d changes %s%n"
            + "  with track record: %s%n  without:           %s%n",
        bars.size() - split - HORIZON,
        splitTime,
        HORIZON,
        100 * ROUND_TRIP_COST,
        past.size(),
        update.changes().size(),
        update.changes().stream().map(c -> c.engineId() + "/" + c.regime()).toList(),
        weighted,
        plain);
  }

  private static Instant closeTime(BarSeries bars, int row) {
    return Instant.ofEpochMilli(bars.get(row).openTimeMs() + bars.interval().millis());
  }

  /** Net return of holding {@code side} from the row's close for the horizon; 0 when FLAT. */
  private static double net(BarSeries bars, int row, Direction side) {
    if (side == Direction.FLAT) {
      return 0;
    }
    double gross = bars.get(row + HORIZON).close() / bars.get(row).close() - 1;
    return side.sign() * gross - ROUND_TRIP_COST;
  }

  private static final class Tally {
    int decisions;
    int hits;
    double sum;

    void add(Direction side, double net) {
      if (side != Direction.FLAT) {
        decisions++;
        hits += net > 0 ? 1 : 0;
        sum += net;
      }
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d decisions, net hit rate %.3f, mean net return %.4f",
          decisions,
          decisions == 0 ? Double.NaN : (double) hits / decisions,
          decisions == 0 ? Double.NaN : sum / decisions);
    }
  }
}
