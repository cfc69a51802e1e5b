package dev.coinengine.runner.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.pipeline.WalkForwardSettings;
import dev.coinengine.runner.worker.TrainingPlan;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.queue.InMemoryMessageQueue;
import dev.coinengine.store.queue.QueueSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DailyTrainingLauncherTest {
  private static final LocalDate NEWEST = LocalDate.parse("2023-10-01");
  private static final List<String> RANKED = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT");
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
  private final FixedTrainingCoins coins = new FixedTrainingCoins(77L, NEWEST, RANKED);
  private final TrainingPlan plan =
      new TrainingPlan(
          new LabelSpec(4, 10, 0), WalkForwardSettings.defaults(), 42, Duration.ofDays(730));
  private final DailyTrainingLauncher launcher =
      new DailyTrainingLauncher(
          coins, plan, List.of(Interval.H1, Interval.H4), List.of("linear-sgd"));
  private final TrainingQueue queue =
      new TrainingQueue(
          new InMemoryMessageQueue(QueueSettings.of("training", 3, Duration.ofSeconds(60)), clock),
          Duration.ofSeconds(60));

  @Test
  void plansTheSelectedCoinsTimesTimeframesRegimesAndFamiliesAtTheNewestSnapshot() {
    PlannedRun run = launcher.plan(LaunchRequest.defaults());

    assertThat(run.date()).isEqualTo(NEWEST);
    assertThat(run.requestedDate()).isEmpty();
    assertThat(run.coins()).isEqualTo(RANKED);
    assertThat(run.jobs()).hasSize(3 * 2 * 3);
    assertThat(run.jobs()).allMatch(j -> j.lakeSnapshotId() == 77L);
    assertThat(run.jobs()).allMatch(j -> j.configVersion().equals(plan.configVersion()));
    assertThat(run.runId()).matches("run-2023-10-01-[0-9a-f]{12}");
  }

  @Test
  void theSameRunPlannedTwiceHasTheSameRunIdAndJobIds() {
    PlannedRun first = launcher.plan(LaunchRequest.defaults());
    PlannedRun second = launcher.plan(LaunchRequest.defaults());

    assertThat(second.runId()).isEqualTo(first.runId());
    assertThat(second.jobs().stream().map(JobSpec::jobId).toList())
        .isEqualTo(first.jobs().stream().map(JobSpec::jobId).toList());
  }

  @Test
  void overridesLimitCoinsTimeframesFamiliesAndChangeTheRunId() {
    PlannedRun all = launcher.plan(LaunchRequest.defaults());
    PlannedRun some =
        launcher.plan(
            new LaunchRequest(
                OptionalInt.of(2),
                Optional.of(List.of(Interval.H4)),
                Optional.of(List.of("factorization-machine", "linear-sgd")),
                Optional.of(LocalDate.parse("2023-09-15"))));

    assertThat(some.coins()).containsExactly("BTCUSDT", "ETHUSDT");
    assertThat(some.jobs()).hasSize(2 * 1 * 3 * 2);
    assertThat(some.jobs()).allMatch(j -> j.timeframe() == Interval.H4);
    assertThat(some.date()).isEqualTo(LocalDate.parse("2023-09-15"));
    assertThat(coins.asked).contains(LocalDate.parse("2023-09-15"));
    assertThat(some.runId()).isNotEqualTo(all.runId()).startsWith("run-2023-09-15-");
  }

  @Test
  void aDayAfterTheLakesNewestDayUsesTheNewestDayAndSaysWhichWasAsked() {
    PlannedRun run =
        launcher.plan(
            new LaunchRequest(
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(LocalDate.parse("2026-11-25"))));

    assertThat(run.requestedDate()).contains(LocalDate.parse("2026-11-25"));
    assertThat(run.date()).isEqualTo(NEWEST);
  }

  @Test
  void launchingSendsEveryJobAndLaunchingAgainSendsTheSameIds() {
    LaunchedRun first = launcher.launch(LaunchRequest.defaults(), queue);
    LaunchedRun second = launcher.launch(LaunchRequest.defaults(), queue);

    assertThat(first.enqueued()).isEqualTo(18);
    assertThat(second.enqueued()).isEqualTo(18);
    assertThat(queue.depth()).isEqualTo(36);
    assertThat(second.plan().runId()).isEqualTo(first.plan().runId());
  }

  @Test
  void anEmptyLakeIsRefusedWithAReason() {
    DailyTrainingLauncher onEmpty =
        new DailyTrainingLauncher(
            FixedTrainingCoins.empty(), plan, List.of(Interval.H1), List.of("linear-sgd"));

    assertThatThrownBy(() -> onEmpty.plan(LaunchRequest.defaults()))
        .isInstanceOf(EmptyLakeException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void badOverridesNameTheField() {
    assertThatThrownBy(
            () ->
                new LaunchRequest(
                    OptionalInt.of(0), Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessage("coins must be >= 1, was 0");
    assertThatThrownBy(
            () ->
                new LaunchRequest(
                    OptionalInt.empty(),
                    Optional.empty(),
                    Optional.of(List.of("random-forest")),
                    Optional.empty()))
        .hasMessageContaining("unknown family 'random-forest'");
  }
}
