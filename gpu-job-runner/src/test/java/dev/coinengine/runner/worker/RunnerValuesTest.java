package dev.coinengine.runner.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
  void theGateNamesEveryFailedCondition() {
    TrainingGate gate = TrainingGate.defaults();

    assertThat(gate.reasons(Map.of("wf_oos_samples", 400.0, "wf_psr", 0.7, "wf_net_return", 0.1)))
        .isEmpty();
    assertThat(gate.reasons(Map.of("wf_oos_samples", 40.0, "wf_psr", 0.2, "wf_net_return", -0.1)))
        .containsExactly(
            "out-of-sample rows 40 < 100",
            "walk-forward PSR 0.200 < 0.500",
            "walk-forward net return -0.1000 is not above 0.0000 (flat)");
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
