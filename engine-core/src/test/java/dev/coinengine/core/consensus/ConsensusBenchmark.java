package dev.coinengine.core.consensus;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.RuleEngine;
import dev.coinengine.core.engines.RuleEngines;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.features.SyntheticBars;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.GateFixtures;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of one consensus over 23 votes (6 model engines and 17 rule engines, 9 on 1h and 8 on 4h)
 * with a full leaderboard (23 engines x 3 regimes), a 23 x 23 correlation matrix and the regime
 * gate; and of the 9 standard 1h rule engines voting on the last bar of 500 bars. Run with {@code
 * java -cp <test classpath> org.openjdk.jmh.Main ConsensusBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConsensusBenchmark {

  private WeightedConsensus consensus;
  private List<Vote> votes;
  private TrackRecord track;
  private List<RuleEngine> engines;
  private BarSeries bars;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<String> ids = new ArrayList<>();
    for (String family : List.of("lgbm", "xgb", "linear")) {
      ids.add("ml_" + family + "_1h");
      ids.add("ml_" + family + "_4h");
    }
    RuleEngines.standard(Interval.H1).forEach(e -> ids.add(e.id()));
    RuleEngines.standard(Interval.H4).stream().limit(8).forEach(e -> ids.add(e.id()));
    votes = new ArrayList<>();
    List<LeaderboardEntry> entries = new ArrayList<>();
    for (String id : ids) {
      Direction side = Direction.values()[random.nextInt(3)];
      double confidence = random.nextDouble();
      String version = id.startsWith("ml_") ? "BTCUSDT-TREND-" + id + "-v7" : null;
      votes.add(new Vote(id, side, confidence, side.sign() * confidence, version));
      for (Regime regime : Regime.values()) {
        int outcomes = 100 + random.nextInt(400);
        double samples = outcomes * 0.8;
        entries.add(
            new LeaderboardEntry(
                id,
                regime,
                new EngineStats(
                    outcomes,
                    samples,
                    samples * (0.45 + 0.15 * random.nextDouble()),
                    0.001 * random.nextGaussian()),
                true));
      }
    }
    int k = ids.size();
    double[][] rho = new double[k][k];
    for (int i = 0; i < k; i++) {
      rho[i][i] = 1;
      for (int j = i + 1; j < k; j++) {
        rho[i][j] = rho[j][i] = 0.6 * random.nextDouble() - 0.1;
      }
    }
    VoteCorrelations correlations = VoteCorrelations.none();
    for (Regime regime : Regime.values()) {
      correlations = correlations.with(regime, ids, rho);
    }
    track = new TrackRecord(Leaderboard.of(entries), correlations);
    consensus = new WeightedConsensus(GateFixtures.consensus(), GateFixtures.gate());
    engines = RuleEngines.standard(Interval.H1);
    bars = SyntheticBars.walk("BENCHUSDT", 500, 0.0, 0.01, 42);
  }

  @Benchmark
  public Consensus consensusOfTwentyThreeVotes() {
    return consensus.decide(votes, Regime.TREND, track);
  }

  @Benchmark
  public void nineRuleEnginesVoteOnTheLastBar(Blackhole blackhole) {
    for (RuleEngine engine : engines) {
      blackhole.consume(engine.vote(bars));
    }
  }
}
