package dev.coinengine.core.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.GateFixtures;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.core.gate.RegimeGate;
import dev.coinengine.core.regime.Regime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Symmetry and monotonicity over thousands of seeded random vote sets and track records. */
class ConsensusPropertyTest {
  private static final int CASES = 5_000;
  private static final Direction[] SIDES = Direction.values();

  /** One random case: engines, their votes, a leaderboard, correlations and settings. */
  record Case(ConsensusEngine engine, List<Vote> votes, Regime regime, TrackRecord track) {

    static Case random(Random random) {
      int k = 1 + random.nextInt(23);
      Regime regime = Regime.values()[random.nextInt(3)];
      List<String> ids = new ArrayList<>();
      List<Vote> votes = new ArrayList<>();
      List<LeaderboardEntry> entries = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        String id = (random.nextInt(4) == 0 ? "ml_" : "rule_") + "e" + i;
        ids.add(id);
        double confidence = random.nextInt(10) == 0 ? 0 : random.nextDouble();
        Direction side = SIDES[random.nextInt(3)];
        votes.add(new Vote(id, side, confidence, side.sign() * confidence, null));
        if (random.nextInt(3) > 0) {
          int outcomes = random.nextInt(500);
          double samples = outcomes * (0.3 + 0.7 * random.nextDouble());
          double hits = samples * (0.3 + 0.4 * random.nextDouble());
          entries.add(
              new LeaderboardEntry(
                  id,
                  regime,
                  new EngineStats(outcomes, samples, hits, 0.01 * random.nextGaussian()),
                  random.nextInt(8) > 0));
        }
      }
      double[][] rho = new double[k][k];
      for (int i = 0; i < k; i++) {
        rho[i][i] = 1;
        for (int j = i + 1; j < k; j++) {
          rho[i][j] = random.nextInt(3) == 0 ? 0 : 2 * random.nextDouble() - 1;
          rho[j][i] = rho[i][j];
        }
      }
      TrackRecord track =
          new TrackRecord(Leaderboard.of(entries), VoteCorrelations.none().with(regime, ids, rho));
      List<String> panicAllowed = random.nextBoolean() ? List.of("*") : List.of("ml_*");
      var consensus =
          GateFixtures.consensus(
              1 + random.nextInt(4),
              0.5 + 0.4 * random.nextDouble(),
              0.5 + 0.5 * random.nextDouble());
      ConsensusEngine engine =
          new WeightedConsensus(
              consensus, new RegimeGate(GateFixtures.gates(panicAllowed), consensus));
      return new Case(engine, votes, regime, track);
    }

    Consensus decide(List<Vote> someVotes) {
      return engine.decide(someVotes, regime, track);
    }
  }

  @Test
  void flippingEveryVoteMirrorsTheDecision() {
    Random random = new Random(20261125L);
    int decided = 0;
    for (int n = 0; n < CASES; n++) {
      Case c = Case.random(random);
      Consensus original = c.decide(c.votes());
      Consensus mirrored = c.decide(c.votes().stream().map(Vote::mirrored).toList());

      assertThat(mirrored.direction()).as("case %d", n).isEqualTo(original.direction().opposite());
      assertThat(mirrored.confidence()).as("case %d", n).isEqualTo(original.confidence());
      assertThat(mirrored.reason()).as("case %d", n).isEqualTo(original.reason());
      assertThat(mirrored.longScore()).as("case %d", n).isEqualTo(original.shortScore());
      assertThat(mirrored.shortScore()).as("case %d", n).isEqualTo(original.longScore());
      assertThat(mirrored.agreement()).as("case %d", n).isEqualTo(original.agreement());
      decided += original.direction() == Direction.FLAT ? 0 : 1;
    }
    // the generator must exercise decisions, not only FLAT results
    assertThat(decided).isGreaterThan(CASES / 10);
  }

  @Test
  void movingOneVoteTowardTheLeadingSideNeverWeakensIt() {
    Random random = new Random(7L);
    int checked = 0;
    int decisionsKept = 0;
    for (int n = 0; n < CASES; n++) {
      Case c = Case.random(random);
      Consensus before = c.decide(c.votes());
      Direction lead = before.leadingSide();
      if (lead == Direction.FLAT) {
        continue;
      }
      int i = random.nextInt(c.votes().size());
      Vote moved = towards(c.votes().get(i), lead, random);
      List<Vote> votes = new ArrayList<>(c.votes());
      votes.set(i, moved);
      Consensus after = c.decide(votes);
      checked++;

      assertThat(after.score(lead)).as("case %d", n).isGreaterThanOrEqualTo(before.score(lead));
      assertThat(after.score(lead.opposite()))
          .as("case %d", n)
          .isLessThanOrEqualTo(before.score(lead.opposite()));
      assertThat(after.leadingSide()).as("case %d", n).isEqualTo(lead);
      assertThat(after.direction()).as("case %d", n).isIn(lead, Direction.FLAT);
      if (before.direction() == lead) {
        decisionsKept++;
        assertThat(after.direction()).as("case %d", n).isEqualTo(lead);
        assertThat(after.confidence()).as("case %d", n).isGreaterThanOrEqualTo(before.confidence());
        assertThat(after.agreement())
            .as("case %d", n)
            .isGreaterThanOrEqualTo(before.agreement() - 1e-12);
      }
    }
    assertThat(checked).isGreaterThan(CASES / 2);
    assertThat(decisionsKept).isGreaterThan(CASES / 10);
  }

  /** One step of {@code vote} toward {@code lead}: stronger for it, weaker or flat against it. */
  private static Vote towards(Vote vote, Direction lead, Random random) {
    double c = vote.confidence();
    if (vote.direction() == lead) {
      return vote.with(lead, c + (1 - c) * random.nextDouble());
    }
    if (vote.direction() == Direction.FLAT) {
      return vote.with(lead, random.nextDouble());
    }
    return switch (random.nextInt(3)) {
      case 0 -> vote.with(vote.direction(), c * random.nextDouble());
      case 1 -> vote.with(Direction.FLAT, 0);
      default -> vote.with(lead, random.nextDouble());
    };
  }
}
