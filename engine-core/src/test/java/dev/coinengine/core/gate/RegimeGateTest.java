package dev.coinengine.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.regime.Regime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeGateTest {

  @Test
  void patternsMatchWholeIdsWithStarsForAnyRun() {
    assertThat(RegimeGate.matches("*", "rule_donchian_1h")).isTrue();
    assertThat(RegimeGate.matches("rule_*_4h", "rule_donchian_4h")).isTrue();
    assertThat(RegimeGate.matches("rule_*_4h", "rule_donchian_1h")).isFalse();
    assertThat(RegimeGate.matches("rule_*_4h", "rule_donchian_4h_x")).isFalse();
    assertThat(RegimeGate.matches("ml_*", "ml_")).isTrue();
    assertThat(RegimeGate.matches("ml_xgb_1h", "ml_xgb_1h")).isTrue();
    assertThat(RegimeGate.matches("ml_xgb_1h", "ml_xgb_4h")).isFalse();
    assertThat(RegimeGate.matches("*_1h*", "rule_a_1h_b")).isTrue();
  }

  @Test
  void enginesNotAllowedInTheRegimeAreShutOut() {
    RegimeGate gate = new RegimeGate(GateFixtures.gates(List.of("ml_*")), GateFixtures.consensus());

    GateDecision rule = gate.evaluate("rule_donchian_1h", Regime.PANIC, Leaderboard.empty());
    GateDecision model = gate.evaluate("ml_lgbm_1h", Regime.PANIC, Leaderboard.empty());
    GateDecision sameRuleInTrend =
        gate.evaluate("rule_donchian_1h", Regime.TREND, Leaderboard.empty());

    assertThat(rule.open()).isFalse();
    assertThat(rule.weightMultiplier()).isZero();
    assertThat(rule.reason()).contains("PANIC", "gates.allowed-engines");
    assertThat(model.open()).isTrue();
    assertThat(sameRuleInTrend.open()).isTrue();
  }

  @Test
  void engineDisabledByTheLeaderboardIsShutOutInThatRegimeOnly() {
    Leaderboard board =
        Leaderboard.of(
            List.of(new LeaderboardEntry("rule_macd_1h", Regime.RANGE, EngineStats.NONE, false)));

    assertThat(GateFixtures.gate().evaluate("rule_macd_1h", Regime.RANGE, board).reason())
        .contains("disabled", "RANGE");
    assertThat(GateFixtures.gate().evaluate("rule_macd_1h", Regime.TREND, board).open()).isTrue();
  }

  @Test
  void softGateScalesWithShrunkRecentReturns() {
    Leaderboard board =
        Leaderboard.of(
            List.of(
                new LeaderboardEntry(
                    "good", Regime.TREND, new EngineStats(100, 80, 50, 0.004), true),
                new LeaderboardEntry(
                    "bad", Regime.TREND, new EngineStats(100, 80, 30, -0.004), true),
                new LeaderboardEntry(
                    "young", Regime.TREND, new EngineStats(2, 2, 2, 0.004), true)));
    RegimeGate gate = GateFixtures.gate();

    double good = gate.evaluate("good", Regime.TREND, board).weightMultiplier();
    double bad = gate.evaluate("bad", Regime.TREND, board).weightMultiplier();
    double young = gate.evaluate("young", Regime.TREND, board).weightMultiplier();
    double unknown = gate.evaluate("unknown", Regime.TREND, board).weightMultiplier();

    assertThat(unknown).isEqualTo(1.0);
    assertThat(good).isGreaterThan(young).isGreaterThan(1.0).isLessThan(2.0);
    assertThat(bad).isLessThan(1.0).isGreaterThan(0.0);
    assertThat(good - 1).isCloseTo(1 - bad, org.assertj.core.data.Offset.offset(1e-12));
    // shrinkage: 80 samples against a prior of 30 pseudo-outcomes keep 80/110 of the mean
    assertThat(good)
        .isCloseTo(
            1 + Math.tanh(80.0 / 110 * 0.004 / 0.005), org.assertj.core.data.Offset.offset(1e-12));
  }
}
