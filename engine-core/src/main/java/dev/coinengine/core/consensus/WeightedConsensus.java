package dev.coinengine.core.consensus;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.GateDecision;
import dev.coinengine.core.gate.RegimeGate;
import dev.coinengine.core.regime.Regime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reliability-weighted, correlation-penalised voting (formulas and references in {@code
 * docs/consensus.md}). For each vote {@code i} in regime {@code r}:
 *
 * <ul>
 *   <li>reliability {@code R_i = max(0, logit(p_i)) / logit(p0)} with {@code p_i = (hits + k p0) /
 *       (samples + k)} the Beta-shrunk hit rate of the engine in {@code r} ({@code k =
 *       prior-strength}, {@code p0 = prior-hit-rate}); the log-odds are the optimal weights of
 *       independent voters (Nitzan and Paroush 1982), scaled so an engine without a record has 1;
 *   <li>gate: a hard-gated engine has weight 0; otherwise its soft multiplier {@code G_i};
 *   <li>independence {@code F_i = 1 / (1 + sum_j max(0, rho_ij))} over the other engines not gated;
 *   <li>weight {@code w_i = R_i G_i F_i}, score of a side {@code sum w_i c_i} over its votes.
 * </ul>
 *
 * The leading side wins when at least {@code min-engines} engines support it and its share of the
 * two sides' scores reaches the regime's {@code min-agreement}; confidence is {@code (lead - other)
 * / sum w_i} over all engines not gated, FLAT votes included. Weights do not depend on the votes,
 * so flipping every vote mirrors the result exactly, and moving one vote toward the leading side
 * never lowers its score or confidence.
 */
public final class WeightedConsensus implements ConsensusEngine {
  private final ConsensusSettings settings;
  private final RegimeGate gate;
  private final double priorLogOdds;

  public WeightedConsensus(ConsensusSettings settings, RegimeGate gate) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.priorLogOdds = logit(settings.priorHitRate());
  }

  @Override
  public Consensus decide(List<Vote> votes, Regime regime, TrackRecord track) {
    Objects.requireNonNull(regime, "regime");
    double required = settings.minAgreement(regime);
    int k = votes.size();
    if (k == 0) {
      return new Consensus(
          regime, Direction.FLAT, 0, FlatReason.NO_VOTES, 0, 0, 0, 0, required, 0, 0, List.of());
    }
    String[] ids = new String[k];
    boolean[] open = new boolean[k];
    GateDecision[] gates = new GateDecision[k];
    double[] reliability = new double[k];
    Set<String> seen = new HashSet<>(2 * k);
    int openCount = 0;
    for (int i = 0; i < k; i++) {
      Vote vote = votes.get(i);
      ids[i] = vote.engineId();
      if (!seen.add(ids[i])) {
        throw new IllegalArgumentException("engine " + ids[i] + " voted twice");
      }
      gates[i] = gate.evaluate(ids[i], regime, track.leaderboard());
      open[i] = gates[i].open();
      if (open[i]) {
        openCount++;
        reliability[i] = reliability(track.leaderboard().stats(ids[i], regime));
      }
    }
    double[] independence = track.correlations().independence(regime, ids, open);

    double longScore = 0;
    double shortScore = 0;
    double totalWeight = 0;
    double effective = 0;
    double[] weight = new double[k];
    for (int i = 0; i < k; i++) {
      if (!open[i]) {
        continue;
      }
      weight[i] = reliability[i] * gates[i].weightMultiplier() * independence[i];
      totalWeight += weight[i];
      effective += independence[i];
      Vote vote = votes.get(i);
      if (vote.direction() == Direction.LONG) {
        longScore += weight[i] * vote.confidence();
      } else if (vote.direction() == Direction.SHORT) {
        shortScore += weight[i] * vote.confidence();
      }
    }
    Direction lead = Direction.of(longScore - shortScore);
    List<EngineWeight> breakdown = new ArrayList<>(k);
    int supporting = 0;
    for (int i = 0; i < k; i++) {
      Vote vote = votes.get(i);
      double contribution = vote.direction().sign() * weight[i] * vote.confidence();
      if (lead != Direction.FLAT && vote.direction() == lead && contribution != 0) {
        supporting++;
      }
      breakdown.add(
          new EngineWeight(
              ids[i],
              vote.direction(),
              vote.confidence(),
              reliability[i],
              gates[i].weightMultiplier(),
              independence[i],
              weight[i],
              contribution + 0.0,
              !open[i],
              gates[i].reason()));
    }
    double directional = longScore + shortScore;
    double agreement = directional > 0 ? Math.max(longScore, shortScore) / directional : 0;
    FlatReason reason = null;
    if (openCount == 0) {
      reason = FlatReason.GATED;
    } else if (directional == 0) {
      reason = FlatReason.TOO_FEW_ENGINES;
    } else if (lead == Direction.FLAT) {
      reason = FlatReason.LOW_AGREEMENT;
    } else if (supporting < settings.minEngines()) {
      reason = FlatReason.TOO_FEW_ENGINES;
    } else if (agreement < required) {
      reason = FlatReason.LOW_AGREEMENT;
    }
    if (reason != null) {
      return new Consensus(
          regime,
          Direction.FLAT,
          0,
          reason,
          longScore,
          shortScore,
          totalWeight,
          agreement,
          required,
          supporting,
          effective,
          breakdown);
    }
    double confidence = Math.min(1.0, Math.abs(longScore - shortScore) / totalWeight);
    return new Consensus(
        regime,
        lead,
        confidence,
        null,
        longScore,
        shortScore,
        totalWeight,
        agreement,
        required,
        supporting,
        effective,
        breakdown);
  }

  /** Shrunk log-odds of the engine's hit rate, 1 for an engine without a track record. */
  double reliability(EngineStats stats) {
    double p = stats.shrunkHitRate(settings.priorStrength(), settings.priorHitRate());
    return Math.max(0.0, logit(p)) / priorLogOdds;
  }

  private static double logit(double p) {
    if (p >= 1) {
      return logit(1 - 1e-9);
    }
    return Math.log(p / (1 - p));
  }
}
