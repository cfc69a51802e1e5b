package dev.coinengine.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.regime.Regime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderboardRefreshTest {
  private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
  private final LeaderboardRefresh refresh =
      new LeaderboardRefresh(
          GateFixtures.gates(), GateFixtures.consensus(), Clock.fixed(NOW, ZoneOffset.UTC));

  /** {@code n} LONG outcomes one hour apart ending an hour ago, the first {@code hits} winning. */
  private static List<Outcome> outcomes(String engine, Regime regime, int n, int hits) {
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Outcome(
              engine,
              "BTCUSDT",
              regime,
              Direction.LONG,
              i < hits ? 0.01 : -0.01,
              NOW.minus(Duration.ofHours(1 + i))));
    }
    return out;
  }

  private static double shrunk(EngineStats stats) {
    return stats.shrunkHitRate(30, 0.52);
  }

  @Test
  void disablesAnEngineWhoseShrunkHitRateFallsBelowTheLowerBound() {
    LeaderboardUpdate update =
        refresh.refresh(Leaderboard.empty(), outcomes("e", Regime.TREND, 60, 18));

    LeaderboardEntry entry = update.leaderboard().entry("e", Regime.TREND).orElseThrow();
    assertThat(shrunk(entry.stats())).isLessThan(0.47);
    assertThat(entry.enabled()).isFalse();
    assertThat(update.changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.engineId()).isEqualTo("e");
              assertThat(change.regime()).isEqualTo(Regime.TREND);
              assertThat(change.enabled()).isFalse();
              assertThat(change.at()).isEqualTo(NOW);
              assertThat(change.reason())
                  .contains("below disable-below-hit-rate 0.47", "60 outcomes");
            });
  }

  @Test
  void judgesNobodyBeforeTheMinimumSampleSize() {
    LeaderboardUpdate update =
        refresh.refresh(Leaderboard.empty(), outcomes("e", Regime.TREND, 29, 0));

    assertThat(update.changes()).isEmpty();
    assertThat(update.leaderboard().enabled("e", Regime.TREND)).isTrue();
    assertThat(update.leaderboard().stats("e", Regime.TREND).outcomes()).isEqualTo(29);
  }

  @Test
  void scoresBetweenTheBoundsKeepTheFlagEitherWay() {
    List<Outcome> middling = outcomes("e", Regime.RANGE, 100, 49);
    double score =
        shrunk(
            refresh.refresh(Leaderboard.empty(), middling).leaderboard().stats("e", Regime.RANGE));
    assertThat(score).isBetween(0.47, 0.51);

    Leaderboard disabled =
        Leaderboard.of(List.of(new LeaderboardEntry("e", Regime.RANGE, EngineStats.NONE, false)));
    Leaderboard enabled =
        Leaderboard.of(List.of(new LeaderboardEntry("e", Regime.RANGE, EngineStats.NONE, true)));

    assertThat(refresh.refresh(disabled, middling).leaderboard().enabled("e", Regime.RANGE))
        .isFalse();
    assertThat(refresh.refresh(enabled, middling).leaderboard().enabled("e", Regime.RANGE))
        .isTrue();
    assertThat(refresh.refresh(disabled, middling).changes()).isEmpty();
  }

  @Test
  void reEnablesOnlyAboveTheUpperBound() {
    Leaderboard disabled =
        Leaderboard.of(List.of(new LeaderboardEntry("e", Regime.PANIC, EngineStats.NONE, false)));

    LeaderboardUpdate update = refresh.refresh(disabled, outcomes("e", Regime.PANIC, 100, 70));

    assertThat(update.leaderboard().enabled("e", Regime.PANIC)).isTrue();
    assertThat(update.changes())
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).contains("above enable-above-hit-rate 0.51"));
  }

  @Test
  void outcomesWeighByRecencyWithTheHalfLife() {
    Outcome fresh = new Outcome("e", "ETHUSDT", Regime.TREND, Direction.SHORT, 0.02, NOW);
    Outcome old =
        new Outcome(
            "e", "ETHUSDT", Regime.TREND, Direction.SHORT, -0.01, NOW.minus(Duration.ofDays(30)));
    Outcome flat = new Outcome("e", "ETHUSDT", Regime.TREND, Direction.FLAT, 0.5, NOW);

    EngineStats stats =
        refresh
            .refresh(Leaderboard.empty(), List.of(fresh, old, flat))
            .leaderboard()
            .stats("e", Regime.TREND);

    assertThat(stats.outcomes()).isEqualTo(2);
    assertThat(stats.samples()).isCloseTo(1.5, offset(1e-12));
    assertThat(stats.hits()).isCloseTo(1.0, offset(1e-12));
    assertThat(stats.meanNetReturn()).isCloseTo((0.02 - 0.5 * 0.01) / 1.5, offset(1e-12));
  }

  @Test
  void enginesWithoutNewOutcomesKeepTheirFlagAndLoseTheirRecord() {
    Leaderboard previous =
        Leaderboard.of(
            List.of(
                new LeaderboardEntry(
                    "old", Regime.TREND, new EngineStats(50, 40, 10, -0.01), false)));

    LeaderboardUpdate update = refresh.refresh(previous, outcomes("new", Regime.TREND, 5, 5));

    assertThat(update.leaderboard().entry("old", Regime.TREND).orElseThrow())
        .isEqualTo(new LeaderboardEntry("old", Regime.TREND, EngineStats.NONE, false));
    assertThat(update.leaderboard().entries())
        .extracting(LeaderboardEntry::engineId)
        .containsExactly("new", "old");
  }

  @Test
  void changesAreListedByEngineThenRegime() {
    List<Outcome> all = new ArrayList<>();
    all.addAll(outcomes("b", Regime.RANGE, 40, 5));
    all.addAll(outcomes("a", Regime.PANIC, 40, 5));
    all.addAll(outcomes("a", Regime.TREND, 40, 5));

    assertThat(refresh.refresh(Leaderboard.empty(), all).changes())
        .extracting(c -> c.engineId() + " " + c.regime())
        .containsExactly("a TREND", "a PANIC", "b RANGE");
  }

  @Test
  void refusesOutcomesFromTheFuture() {
    Outcome future =
        new Outcome("e", "BTCUSDT", Regime.TREND, Direction.LONG, 0.01, NOW.plusSeconds(1));

    assertThatThrownBy(() -> refresh.refresh(Leaderboard.empty(), List.of(future)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lies after");
  }

  @Test
  void leaderboardRefusesDuplicateEntries() {
    LeaderboardEntry entry = new LeaderboardEntry("e", Regime.TREND, EngineStats.NONE, true);
    assertThatThrownBy(() -> Leaderboard.of(List.of(entry, entry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appears twice");
  }
}
