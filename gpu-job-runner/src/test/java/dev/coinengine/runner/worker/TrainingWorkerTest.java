package dev.coinengine.runner.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.runner.SampleBars;
import dev.coinengine.runner.pipeline.CoinHistory;
import dev.coinengine.runner.pipeline.LeakageFlag;
import dev.coinengine.runner.pipeline.PipelineSettings;
import dev.coinengine.runner.pipeline.StageTimings;
import dev.coinengine.runner.pipeline.TrainingOutcome;
import dev.coinengine.runner.pipeline.TrainingPipeline;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TransientTrainingException;
import dev.coinengine.runner.training.TribuoModelTrainer;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.jobs.LeasedJob;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.onnx.OnnxScorer;
import dev.coinengine.store.queue.InMemoryMessageQueue;
import dev.coinengine.store.queue.ManualClock;
import dev.coinengine.store.queue.OutgoingMessage;
import dev.coinengine.store.queue.QueueSettings;
import dev.coinengine.store.registry.InMemoryModelRegistry;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.Registration;
import dev.coinengine.store.registry.VersionFilter;
import dev.coinengine.store.registry.VersionStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingWorkerTest {
  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final int MAX_RECEIVES = 3;
  private static final TrainingPlan PLAN =
      new TrainingPlan(
          new dev.coinengine.core.labels.LabelSpec(4, 10, 0),
          dev.coinengine.runner.pipeline.WalkForwardSettings.defaults(),
          42,
          Duration.ofDays(730));

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T00:00:00Z"));
  private final InMemoryMessageQueue raw =
      new InMemoryMessageQueue(QueueSettings.of("training", MAX_RECEIVES, LEASE), clock);
  private final TrainingQueue queue = new TrainingQueue(raw, LEASE);
  private final InMemoryModelRegistry registry =
      new InMemoryModelRegistry(new InMemoryObjectStore(), clock);
  private final Heartbeats heartbeats = new Heartbeats(queue, Duration.ofMillis(10));
  private final RunnerStats stats = new RunnerStats();
  private final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void close() {
    heartbeats.close();
  }

  private TrainingWorker worker(JobTrainer trainer) {
    return worker(trainer, stats);
  }

  private TrainingWorker worker(JobTrainer trainer, RunnerStats into) {
    return new TrainingWorker(
        queue,
        trainer,
        registry,
        TrainingGate.defaults(),
        new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)),
        slept::add,
        heartbeats,
        into,
        Duration.ofMillis(200));
  }

  private static JobSpec job(String symbol, Regime regime) {
    return PLAN.jobs(List.of(symbol), List.of(Interval.H1), List.of("linear-sgd"), 7L).stream()
        .filter(j -> j.regime() == regime)
        .findFirst()
        .orElseThrow();
  }

  /** A model that passes the gate; the bytes are the job id (the registry does not parse them). */
  private static TrainingOutcome good(JobSpec spec) {
    byte[] bytes = spec.jobId().getBytes();
    return TrainingOutcome.trained(
        spec.jobId(),
        bytes,
        sha256(bytes),
        Map.of(
            "wf_oos_samples",
            500.0,
            "wf_sharpe_per_bar",
            0.3,
            "wf_skewness",
            0.0,
            "wf_kurtosis",
            3.0,
            "wf_net_return",
            0.05),
        new StageTimings(1, 2, 3, 4, 5, 6));
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private List<ModelVersion> versions() {
    return registry.list(VersionFilter.all());
  }

  @Test
  void aRealJobIsTrainedOnSampleBarsRegisteredWithItsMetricsAndAcknowledged() throws Exception {
    BarSeries btc = SampleBars.hourly("BTCUSDT");
    BarSeries eth = SampleBars.hourly("ETHUSDT");
    TrainingPipeline pipeline =
        new TrainingPipeline(
            new TechnicalFeatureCalculator(FeatureSpec.v1()),
            new RuleRegimeClassifier(RegimeThresholds.hourly()),
            new TribuoModelTrainer(),
            new ParityCheck(),
            PipelineSettings.defaults(),
            clock);
    BarSource bars = (symbol, tf, snapshot) -> new CoinHistory(btc, btc, eth);
    JobSpec spec = job("BTCUSDT", Regime.TREND);
    queue.enqueue(List.of(spec));

    boolean worked = worker(new PipelineJobTrainer(pipeline, bars, PLAN, 4)).runOnce();

    assertThat(worked).isTrue();
    ModelVersion version = registry.findByJob(spec.jobId()).orElseThrow();
    assertThat(version.semanticId()).isEqualTo("BTCUSDT-TREND-1h-linear_sgd-v1");
    assertThat(version.status()).isIn(VersionStatus.CANDIDATE, VersionStatus.REJECTED);
    assertThat(version.metrics()).containsKeys("wf_psr", "wf_oos_samples", "train_rows");
    assertThat(version.lakeSnapshotId()).hasValue(7L);
    assertThat(version.featureSpecHash()).isEqualTo(FeatureSpec.v1().hash());
    try (OnnxScorer scorer = OnnxScorer.load(registry.readArtifact(version))) {
      assertThat(scorer.metadata()).containsEntry("coinengine.job_id", spec.jobId());
    }
    clock.advance(LEASE.plusSeconds(1));
    assertThat(queue.poll(Duration.ZERO)).isEmpty();
    assertThat(stats.snapshot().registered()).isEqualTo(1);
    assertThat(stats.snapshot().stageTotals().validate()).isPositive();
  }

  @Test
  void aTransientFailureIsRetriedWithBackoffAndTheJobThenSucceeds() throws Exception {
    JobSpec spec = job("ETHUSDT", Regime.RANGE);
    queue.enqueue(List.of(spec));
    AtomicInteger calls = new AtomicInteger();
    JobTrainer flaky =
        s -> {
          if (calls.incrementAndGet() <= 2) {
            throw new TransientTrainingException("store timed out", new IOException("timeout"));
          }
          return good(s);
        };

    worker(flaky).runOnce();

    assertThat(calls).hasValue(3);
    assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(versions())
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(VersionStatus.CANDIDATE));
    assertThat(stats.snapshot().retries()).isEqualTo(2);
    assertThat(queue.depth()).isZero();
  }

  @Test
  void aModelWithALeakageFlagIsRegisteredRejectedWithTheCheckAndFeatureNamed() throws Exception {
    JobSpec spec = job("ETHUSDT", Regime.TREND);
    queue.enqueue(List.of(spec));
    LeakageFlag flag =
        new LeakageFlag(LeakageFlag.LOOK_AHEAD, "feature ret_1", "changed after a later bar");
    JobTrainer leaky = s -> good(s).withLeakage(List.of(flag));

    worker(leaky).runOnce();

    assertThat(versions())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.status()).isEqualTo(VersionStatus.REJECTED);
              assertThat(v.reasons())
                  .containsExactly("leakage: look-ahead feature ret_1: changed after a later bar");
              assertThat(v.metrics()).containsEntry("gate_trials", 6.0).containsKey("gate_dsr");
            });
  }

  @Test
  void aPermanentFailureIsRecordedOnceWithItsReasonAndNeverRetried() throws Exception {
    JobSpec spec = job("NODATAUSDT", Regime.PANIC);
    AtomicInteger calls = new AtomicInteger();
    JobTrainer noData =
        s -> {
          calls.incrementAndGet();
          return TrainingOutcome.failed(
              s.jobId(),
              "no data: the lake holds no 1h bars of NODATAUSDT",
              Map.of(),
              new StageTimings(0, 0, 0, 0, 0, 0));
        };
    TrainingWorker worker = worker(noData);
    queue.enqueue(List.of(spec));

    worker.runOnce();
    queue.enqueue(List.of(spec));
    worker.runOnce();
    clock.advance(LEASE.plusSeconds(1));

    assertThat(worker.runOnce()).isFalse();
    assertThat(calls).hasValue(1);
    assertThat(versions())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.status()).isEqualTo(VersionStatus.FAILED);
              assertThat(v.reasons())
                  .containsExactly("no data: the lake holds no 1h bars of NODATAUSDT");
            });
    assertThat(stats.snapshot().failed()).isEqualTo(1);
    assertThat(stats.snapshot().duplicates()).isEqualTo(1);
  }

  @Test
  void aJobThatKeepsFailingTransientlyEndsInTheDeadLetterQueueUnregistered() throws Exception {
    queue.enqueue(List.of(job("BTCUSDT", Regime.TREND)));
    AtomicInteger calls = new AtomicInteger();
    TrainingWorker worker =
        worker(
            s -> {
              calls.incrementAndGet();
              throw new TransientTrainingException("down", new IOException("down"));
            });

    for (int i = 0; i < MAX_RECEIVES; i++) {
      assertThat(worker.runOnce()).isTrue();
    }

    assertThat(worker.runOnce()).isFalse();
    assertThat(calls).hasValue(MAX_RECEIVES * 3);
    assertThat(queue.deadLetterDepth()).isEqualTo(1);
    assertThat(versions()).isEmpty();
    assertThat(stats.snapshot().released()).isEqualTo(MAX_RECEIVES);
  }

  @Test
  void aMalformedMessageReachesTheDeadLetterQueueAfterMaxReceiveCount() throws Exception {
    raw.send(OutgoingMessage.of("{\"symbol\":\"BTCUSDT\"}"));
    TrainingWorker worker = worker(TrainingWorkerTest::good);

    assertThat(worker.runOnce()).isFalse();

    assertThat(queue.malformedCount()).isEqualTo(MAX_RECEIVES);
    assertThat(queue.deadLetterDepth()).isEqualTo(1);
    assertThat(queue.depth()).isZero();
    assertThat(versions()).isEmpty();
  }

  @Test
  void twoRunnersOnOneQueueRegisterEveryJobExactlyOnce() throws Exception {
    List<JobSpec> jobs =
        PLAN.jobs(
            List.of("AAAUSDT", "BBBUSDT", "CCCUSDT", "DDDUSDT", "EEEUSDT"),
            List.of(Interval.H1, Interval.H4),
            List.of("linear-sgd"),
            7L);
    queue.enqueue(jobs);
    Map<String, AtomicInteger> trainedTimes = new ConcurrentHashMap<>();
    JobTrainer slow =
        s -> {
          trainedTimes.computeIfAbsent(s.jobId(), k -> new AtomicInteger()).incrementAndGet();
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return good(s);
        };
    RunnerStats statsA = new RunnerStats();
    RunnerStats statsB = new RunnerStats();
    TrainingRunner a = new TrainingRunner(worker(slow, statsA), 3);
    TrainingRunner b = new TrainingRunner(worker(slow, statsB), 3);

    a.start();
    b.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (versions().size() < jobs.size() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    a.stop(Duration.ofSeconds(5));
    b.stop(Duration.ofSeconds(5));

    Map<String, Long> perJob =
        versions().stream()
            .collect(Collectors.groupingBy(ModelVersion::jobId, Collectors.counting()));
    assertThat(perJob).hasSize(jobs.size()).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(trainedTimes.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    assertThat(statsA.snapshot().registered() + statsB.snapshot().registered())
        .isEqualTo(jobs.size());
    assertThat(statsA.snapshot().registered()).isPositive();
    assertThat(statsB.snapshot().registered()).isPositive();
  }

  @Test
  void aJobAbandonedByAKilledRunnerComesBackAfterItsLeaseAndIsRegisteredOnce() throws Exception {
    JobSpec spec = job("SOLUSDT", Regime.TREND);
    queue.enqueue(List.of(spec));
    LeasedJob abandoned = queue.poll(Duration.ZERO).orElseThrow();
    TrainingWorker worker = worker(TrainingWorkerTest::good);

    assertThat(worker.runOnce()).isFalse();
    clock.advance(LEASE);
    assertThat(worker.runOnce()).isTrue();

    assertThat(abandoned.receiveCount()).isEqualTo(1);
    assertThat(versions())
        .singleElement()
        .satisfies(v -> assertThat(v.jobId()).isEqualTo(spec.jobId()));
    clock.advance(LEASE.plusSeconds(1));
    assertThat(worker.runOnce()).isFalse();
  }

  @Test
  void aRunnerKilledBetweenRegisterAndAcknowledgeLeavesExactlyOneVersion() throws Exception {
    JobSpec spec = job("SOLUSDT", Regime.RANGE);
    queue.enqueue(List.of(spec));
    queue.poll(Duration.ZERO).orElseThrow();
    // What the dead runner did before it died: register, but never acknowledge.
    TrainingOutcome done = good(spec);
    registry.register(
        Registration.of(
            new dev.coinengine.store.registry.ModelKey(
                spec.symbol(), spec.regime(), spec.timeframe(), "linear_sgd"),
            spec.jobId(),
            done.onnx(),
            FeatureSpec.v1().hash()));
    AtomicInteger calls = new AtomicInteger();
    TrainingWorker worker =
        worker(
            s -> {
              calls.incrementAndGet();
              return good(s);
            });

    clock.advance(LEASE);
    worker.runOnce();

    assertThat(calls).hasValue(0);
    assertThat(versions()).hasSize(1);
    assertThat(stats.snapshot().duplicates()).isEqualTo(1);
    clock.advance(LEASE.plusSeconds(1));
    assertThat(queue.depth()).isZero();
  }

  @Test
  void theHeartbeatKeepsALongJobFromBeingRedelivered() throws Exception {
    JobSpec spec = job("ADAUSDT", Regime.TREND);
    queue.enqueue(List.of(spec));
    List<Boolean> visibleDuringTheJob = new ArrayList<>();
    Function<JobSpec, TrainingOutcome> longJob =
        s -> {
          for (int i = 0; i < 3; i++) {
            sleep(80);
            clock.advance(LEASE.minusSeconds(10));
            visibleDuringTheJob.add(queue.poll(Duration.ZERO).isPresent());
          }
          return good(s);
        };

    worker(longJob::apply).runOnce();

    assertThat(visibleDuringTheJob).containsExactly(false, false, false);
    assertThat(versions()).hasSize(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
