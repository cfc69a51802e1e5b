package dev.coinengine.core.gate;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.core.config.GateSettings;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.regime.Regime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds the leaderboard from recorded outcomes and enables or disables engines per regime with
 * hysteresis.
 *
 * <p>Statistics: each directional outcome weighs {@code 2^(-age / consensus.reliability-half-life)}
 * with its age at the clock's instant. An engine's score is its shrunk hit rate {@code (hits + k
 * p0) / (samples + k)} ({@code k = consensus.prior-strength}, {@code p0 =
 * consensus.prior-hit-rate}). With fewer than {@code gates.min-samples} outcomes its flag stays as
 * it was (enabled when new). An enabled engine is disabled when the score is below {@code
 * gates.disable-below-hit-rate}; a disabled one is enabled again only when it is above {@code
 * gates.enable-above-hit-rate}, so a score between the two bounds changes nothing.
 */
public final class LeaderboardRefresh {
  private final GateSettings gates;
  private final ConsensusSettings consensus;
  private final Clock clock;

  public LeaderboardRefresh(GateSettings gates, ConsensusSettings consensus, Clock clock) {
    this.gates = Objects.requireNonNull(gates, "gates");
    this.consensus = Objects.requireNonNull(consensus, "consensus");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The new leaderboard from {@code outcomes} (the whole evaluation window) and the flags of {@code
   * previous}; entries of {@code previous} without outcomes keep their flag with no track record.
   *
   * @throws IllegalArgumentException when an outcome lies after the clock's instant
   */
  public LeaderboardUpdate refresh(Leaderboard previous, Collection<Outcome> outcomes) {
    Instant now = clock.instant();
    double halfLifeMs = consensus.reliabilityHalfLife().toMillis();
    Map<Regime, Map<String, Accumulator>> byRegime = new EnumMap<>(Regime.class);
    for (LeaderboardEntry entry : previous.entries()) {
      byRegime
          .computeIfAbsent(entry.regime(), r -> new HashMap<>())
          .put(entry.engineId(), new Accumulator());
    }
    for (Outcome outcome : outcomes) {
      if (outcome.at().isAfter(now)) {
        throw new IllegalArgumentException(
            "outcome of " + outcome.engineId() + " at " + outcome.at() + " lies after " + now);
      }
      Accumulator acc =
          byRegime
              .computeIfAbsent(outcome.regime(), r -> new HashMap<>())
              .computeIfAbsent(outcome.engineId(), id -> new Accumulator());
      if (outcome.direction() != Direction.FLAT) {
        double ageMs = Duration.between(outcome.at(), now).toMillis();
        acc.add(Math.pow(2.0, -ageMs / halfLifeMs), outcome.hit(), outcome.netReturn());
      }
    }
    List<LeaderboardEntry> entries = new ArrayList<>();
    byRegime.forEach(
        (regime, engines) ->
            engines.forEach(
                (engineId, acc) -> {
                  EngineStats stats = acc.stats();
                  boolean enabled = judge(previous.enabled(engineId, regime), stats);
                  entries.add(new LeaderboardEntry(engineId, regime, stats, enabled));
                }));
    Leaderboard refreshed = Leaderboard.of(entries);
    List<LeaderboardChange> changes = new ArrayList<>();
    for (LeaderboardEntry entry : refreshed.entries()) {
      if (entry.enabled() != previous.enabled(entry.engineId(), entry.regime())) {
        changes.add(
            new LeaderboardChange(
                entry.engineId(), entry.regime(), entry.enabled(), reason(entry), now));
      }
    }
    return new LeaderboardUpdate(refreshed, changes);
  }

  private boolean judge(boolean enabled, EngineStats stats) {
    if (stats.outcomes() < gates.minSamples()) {
      return enabled;
    }
    double score = score(stats);
    if (enabled) {
      return score >= gates.disableBelowHitRate();
    }
    return score > gates.enableAboveHitRate();
  }

  private double score(EngineStats stats) {
    return stats.shrunkHitRate(consensus.priorStrength(), consensus.priorHitRate());
  }

  private String reason(LeaderboardEntry entry) {
    EngineStats stats = entry.stats();
    String bound =
        entry.enabled()
            ? "above enable-above-hit-rate " + gates.enableAboveHitRate()
            : "below disable-below-hit-rate " + gates.disableBelowHitRate();
    return String.format(
        Locale.ROOT,
        "shrunk hit rate %.4f %s over %d outcomes",
        score(stats),
        bound,
        stats.outcomes());
  }

  private static final class Accumulator {
    private int outcomes;
    private double samples;
    private double hits;
    private double weightedReturn;

    void add(double weight, boolean hit, double netReturn) {
      outcomes++;
      samples += weight;
      hits += hit ? weight : 0.0;
      weightedReturn += weight * netReturn;
    }

    EngineStats stats() {
      double mean = samples > 0 ? weightedReturn / samples : 0.0;
      return new EngineStats(outcomes, Math.min(samples, outcomes), Math.min(hits, samples), mean);
    }
  }
}
