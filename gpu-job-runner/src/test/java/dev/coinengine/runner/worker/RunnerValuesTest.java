package dev.coinengine.runner.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.runner.pipeline.LeakageFlag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerValuesTest {

  @Test
  void backoffDoublesUpToTheMaximum() {
    RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("attempts must be >= 1, was 0");
  }

  @Test
  void theGateNamesEveryFailedConditionAndEveryLeakageFlag() {
    TrainingGate gate = TrainingGate.defaults();
    Map<String, Double> strong =
        Map.of(
            "wf_oos_samples", 400.0,
            "wf_sharpe_per_bar", 0.3,
            "wf_skewness", 0.0,
            "wf_kurtosis", 3.0,
            "wf_net_return", 0.1);
    assertThat(gate.reasons(strong)).isEmpty();

    Map<String, Double> weak =
        Map.of(
            "wf_oos_samples", 40.0,
            "wf_sharpe_per_bar", 0.0,
            "wf_skewness", 0.0,
            "wf_kurtosis", 3.0,
            "wf_net_return", -0.1);
    LeakageFlag flag = new LeakageFlag(LeakageFlag.LOOK_AHEAD, "feature ret_1", "changed");
    assertThat(gate.reasons(weak, List.of(flag)))
        .containsExactly(
            "out-of-sample rows 40 < 100",
            String.format(
                java.util.Locale.ROOT,
                "walk-forward DSR %.3f < 0.500 (6 trials)",
                gate.deflatedSharpe(weak)),
            "walk-forward net return -0.1000 is not above 0.0000 (always flat earns 0 after cost)",
            "leakage: look-ahead feature ret_1: changed");
  }

  @Test
  void theDeflatedSharpeOfTheGateUsesTheNullVarianceAndTheDaysTrials() {
    // Hand-computed: T = 400, N = 6, V = 1/399: SR0 = sqrt(V)·((1-γ)Φ⁻¹(5/6) + γΦ⁻¹(1-1/(6e)))
    // = 0.050063·(0.42278·0.96742 + 0.57722·1.54400) = 0.065088; at SR = SR0 the DSR is 0.5.
    TrainingGate gate = new TrainingGate(100, 0.5, 0.0, 6);
    double sr0 = 0.065088;
    Map<String, Double> atSr0 =
        Map.of(
            "wf_oos_samples", 400.0,
            "wf_sharpe_per_bar", sr0,
            "wf_skewness", 0.0,
            "wf_kurtosis", 3.0);
    assertThat(gate.deflatedSharpe(atSr0)).isCloseTo(0.5, within(1e-3));
    // One trial deflates nothing: DSR = PSR(0).
    assertThat(new TrainingGate(100, 0.5, 0.0, 1).deflatedSharpe(atSr0))
        .isCloseTo(0.9030, within(1e-3));
    assertThat(gate.deflatedSharpe(Map.of("wf_oos_samples", 400.0))).isNaN();
  }

  @Test
  void theConfigVersionChangesWithThePlanAndJobIdsWithIt() {
    TrainingPlan plan =
        new TrainingPlan(
            new dev.coinengine.core.labels.LabelSpec(4, 10, 0),
            dev.coinengine.runner.pipeline.WalkForwardSettings.defaults(),
            42,
            Duration.ofDays(730));
    TrainingPlan otherSeed =
        new TrainingPlan(plan.labelSpec(), plan.walkForward(), 43, plan.lookback());

    assertThat(plan.configVersion())
        .isEqualTo(
            new TrainingPlan(plan.labelSpec(), plan.walkForward(), 42, plan.lookback())
                .configVersion())
        .startsWith("train-v1-");
    assertThat(otherSeed.configVersion()).isNotEqualTo(plan.configVersion());
    assertThat(
            plan.jobs(
                java.util.List.of("BTCUSDT", "ETHUSDT"),
                java.util.List.of(dev.coinengine.core.market.Interval.H1),
                java.util.List.of("linear-sgd", "factorization-machine"),
                1L))
        .hasSize(2 * 3 * 2);
  }
}
