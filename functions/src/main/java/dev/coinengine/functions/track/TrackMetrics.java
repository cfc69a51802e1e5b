package dev.coinengine.functions.track;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/**
 * The metrics of performance tracking (listed in {@code docs/metrics.md}). Net returns are tagged
 * by engine and regime but not by symbol: 400 symbols times every engine and regime would be tens
 * of thousands of series; per-symbol results come from the stored outcomes instead.
 */
public final class TrackMetrics {

  /** Counter: engine outcomes recorded, by {@code regime} and {@code direction}. */
  public static final String OUTCOMES = "engine.track.outcomes";

  /**
   * Distribution summary (bps): size of each directional engine outcome's net return, by {@code
   * engine}, {@code regime} and {@code side} ({@code gain} for a positive return, else {@code
   * loss}). Summaries take no negative values, hence the split: an engine's PnL in bps per unit
   * position is the sum of its gains minus the sum of its losses.
   */
  public static final String NET_RETURN = "engine.track.net.return";

  /** Gauge: engines the current leaderboard lets vote, by {@code regime}. */
  public static final String ENABLED = "engine.leaderboard.enabled";

  /** Gauge: engines the current leaderboard has disabled, by {@code regime}. */
  public static final String DISABLED = "engine.leaderboard.disabled";

  /** Counter: enable/disable changes made by refreshes, by {@code regime} and {@code enabled}. */
  public static final String CHANGES = "engine.leaderboard.changes";

  private final MeterRegistry registry;

  public TrackMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void recordOutcomes(Iterable<Outcome> outcomes) {
    for (Outcome o : outcomes) {
      Counter.builder(OUTCOMES)
          .description("Engine outcomes recorded")
          .tag("regime", o.regime().name())
          .tag("direction", o.direction().name())
          .register(registry)
          .increment();
      if (o.direction() != Direction.FLAT) {
        DistributionSummary.builder(NET_RETURN)
            .description("Net return of directional engine outcomes")
            .baseUnit("bps")
            .tag("engine", o.engineId())
            .tag("regime", o.regime().name())
            .tag("side", o.netReturn() > 0 ? "gain" : "loss")
            .register(registry)
            .record(Math.abs(o.netReturn()) * 10_000);
      }
    }
  }

  void countChanges(Iterable<LeaderboardChange> changes) {
    for (LeaderboardChange change : changes) {
      Counter.builder(CHANGES)
          .description("Leaderboard enable/disable changes")
          .tag("regime", change.regime().name())
          .tag("enabled", Boolean.toString(change.enabled()))
          .register(registry)
          .increment();
    }
  }

  /** Gauges over the leaderboard {@code current} returns at each scrape (NaN while unknown). */
  void watch(Supplier<Leaderboard> current) {
    for (Regime regime : Regime.values()) {
      Gauge.builder(ENABLED, () -> count(current.get(), regime, true))
          .description("Engines the current leaderboard lets vote")
          .tag("regime", regime.name())
          .register(registry);
      Gauge.builder(DISABLED, () -> count(current.get(), regime, false))
          .description("Engines the current leaderboard has disabled")
          .tag("regime", regime.name())
          .register(registry);
    }
  }

  private static double count(Leaderboard leaderboard, Regime regime, boolean enabled) {
    if (leaderboard == null) {
      return Double.NaN;
    }
    int n = 0;
    for (LeaderboardEntry entry : leaderboard.entries()) {
      if (entry.regime() == regime && entry.enabled() == enabled) {
        n++;
      }
    }
    return n;
  }
}
