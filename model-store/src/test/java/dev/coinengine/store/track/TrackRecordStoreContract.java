package dev.coinengine.store.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.consensus.VoteCorrelations;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TrackRecordStore} must do. An implementation's test extends this class and
 * returns a fresh, empty store from {@link #newStore()}.
 */
public abstract class TrackRecordStoreContract {
  protected static final Instant DAY1 = Instant.parse("2026-11-02T10:00:00Z");

  protected TrackRecordStore store;

  /** A new, empty store; called before every test. */
  protected abstract TrackRecordStore newStore();

  @BeforeEach
  public void openStore() {
    store = newStore();
  }

  protected static Outcome outcome(String engine, Direction direction, double ret, Instant at) {
    return new Outcome(engine, "BTCUSDT", Regime.TREND, direction, ret, at);
  }

  @Test
  public void outcomesAreReadBackInTheirTimeRangeOrderedByTime() {
    Instant day2 = DAY1.plusSeconds(86_400);
    Instant day3 = day2.plusSeconds(86_400);
    store.appendOutcomes(
        "d-2",
        List.of(
            outcome("rule_b", Direction.SHORT, -0.002, day2),
            outcome("rule_a", Direction.LONG, 0.002, day2)));
    store.appendOutcomes("d-1", List.of(outcome("rule_a", Direction.FLAT, 0, DAY1)));
    store.appendOutcomes("d-3", List.of(outcome("rule_a", Direction.LONG, 0.01, day3)));

    assertThat(store.outcomes(DAY1, day2))
        .containsExactly(
            outcome("rule_a", Direction.FLAT, 0, DAY1),
            outcome("rule_a", Direction.LONG, 0.002, day2),
            outcome("rule_b", Direction.SHORT, -0.002, day2));
    assertThat(store.outcomes(day2.plusMillis(1), day3.plusSeconds(3_600)))
        .containsExactly(outcome("rule_a", Direction.LONG, 0.01, day3));
    assertThat(store.outcomes(DAY1.minusSeconds(86_400 * 30), DAY1.minusMillis(1))).isEmpty();
  }

  @Test
  public void oneCallMaySpanSeveralDays() {
    Instant late = Instant.parse("2026-11-02T23:59:59Z");
    Instant early = Instant.parse("2026-11-03T00:00:00Z");
    store.appendOutcomes(
        "d",
        List.of(
            outcome("a", Direction.LONG, 0.001, late), outcome("b", Direction.LONG, 0.001, early)));

    assertThat(store.outcomes(late, late))
        .containsExactly(outcome("a", Direction.LONG, 0.001, late));
    assertThat(store.outcomes(early, early))
        .containsExactly(outcome("b", Direction.LONG, 0.001, early));
  }

  @Test
  public void recordingADecisionAgainReplacesItsOutcomePerEngine() {
    store.appendOutcomes("d-1", List.of(outcome("rule_a", Direction.LONG, 0.001, DAY1)));
    store.appendOutcomes(
        "d-1",
        List.of(
            outcome("rule_a", Direction.LONG, 0.003, DAY1),
            outcome("rule_b", Direction.SHORT, -0.003, DAY1)));
    store.appendOutcomes("d-2", List.of(outcome("rule_a", Direction.LONG, 0.001, DAY1)));

    assertThat(store.outcomes(DAY1, DAY1))
        .containsExactly(
            outcome("rule_a", Direction.LONG, 0.003, DAY1),
            outcome("rule_b", Direction.SHORT, -0.003, DAY1),
            outcome("rule_a", Direction.LONG, 0.001, DAY1));
  }

  @Test
  public void manyOutcomesSurviveTheRoundTripExactly() {
    List<Outcome> written = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Outcome o =
          new Outcome(
              "engine_" + (i % 7),
              i % 2 == 0 ? "ETHUSDT" : "SOLUSDT",
              Regime.values()[i % 3],
              Direction.values()[i % 3],
              i % 3 == 2 ? 0 : (i - 150) / 7_777.0,
              DAY1.plusSeconds(3_600L * i));
      written.add(o);
      store.appendOutcomes("d-" + i, List.of(o));
    }

    assertThat(store.outcomes(DAY1, DAY1.plusSeconds(3_600L * 299))).isEqualTo(written);
  }

  @Test
  public void anEmptyStoreHasNoLeaderboardAndNoChanges() {
    assertThat(store.currentLeaderboard()).isEmpty();
    assertThat(store.changes()).isEmpty();
  }

  @Test
  public void savedLeaderboardsAreVersionedWithTheirCorrelationsAndChanges() {
    Leaderboard first =
        Leaderboard.of(
            List.of(
                entry("rule_a", Regime.TREND, true),
                entry("rule_b", Regime.TREND, false),
                entry("rule_b", Regime.PANIC, true)));
    VoteCorrelations rho =
        VoteCorrelations.none()
            .with(
                Regime.TREND,
                List.of("rule_a", "rule_b"),
                new double[][] {{1, 0.4321987}, {0.4321987, 1}});
    LeaderboardChange disabled =
        new LeaderboardChange(
            "rule_b", Regime.TREND, false, "shrunk hit rate 0.40 below 0.47", DAY1);

    StoredLeaderboard v1 =
        store.saveLeaderboard(new TrackRecord(first, rho), DAY1, 120, List.of(disabled));

    assertThat(v1.version()).isEqualTo(1);
    StoredLeaderboard current = store.currentLeaderboard().orElseThrow();
    assertThat(current.version()).isEqualTo(1);
    assertThat(current.asOf()).isEqualTo(DAY1);
    assertThat(current.outcomes()).isEqualTo(120);
    assertThat(current.trackRecord().leaderboard()).isEqualTo(first);
    assertThat(current.trackRecord().correlations().correlation(Regime.TREND, "rule_b", "rule_a"))
        .isEqualTo(0.4321987);
    assertThat(current.trackRecord().correlations().correlation(Regime.PANIC, "rule_a", "rule_b"))
        .isZero();

    Leaderboard second = Leaderboard.of(List.of(entry("rule_b", Regime.TREND, true)));
    LeaderboardChange enabled =
        new LeaderboardChange(
            "rule_b", Regime.TREND, true, "shrunk hit rate 0.55 above 0.51", DAY1.plusSeconds(60));
    StoredLeaderboard v2 =
        store.saveLeaderboard(
            new TrackRecord(second, VoteCorrelations.none()),
            DAY1.plusSeconds(60),
            7,
            List.of(enabled));
    store.saveLeaderboard(
        new TrackRecord(second, VoteCorrelations.none()), DAY1.plusSeconds(120), 7, List.of());

    assertThat(v2.version()).isEqualTo(2);
    assertThat(store.currentLeaderboard().orElseThrow().version()).isEqualTo(3);
    assertThat(store.currentLeaderboard().orElseThrow().trackRecord().leaderboard())
        .isEqualTo(second);
    assertThat(store.changes())
        .containsExactly(new RecordedChange(1, disabled), new RecordedChange(2, enabled));
  }

  protected static LeaderboardEntry entry(String engine, Regime regime, boolean enabled) {
    return new LeaderboardEntry(
        engine, regime, new EngineStats(40, 35.123456789, 20.5, -0.00123), enabled);
  }
}
