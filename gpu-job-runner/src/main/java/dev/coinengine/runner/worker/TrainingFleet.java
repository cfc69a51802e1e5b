package dev.coinengine.runner.worker;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.QueueSettings;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.runner.pipeline.LeakageSettings;
import dev.coinengine.runner.pipeline.PipelineSettings;
import dev.coinengine.runner.pipeline.TimeframeRegimes;
import dev.coinengine.runner.pipeline.TrainingPipeline;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TribuoModelTrainer;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.queue.SqsMessageQueue;
import dev.coinengine.store.registry.ModelRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A runner process's training side, wired from the configuration: the SQS training queue, the
 * pipeline on the lake, the worker and its threads. The clients, the lake and the registry are the
 * caller's (the {@code ./engine} command line or {@link RunnerMain}).
 */
public final class TrainingFleet implements AutoCloseable {
  private final TrainingQueue queue;
  private final TrainingPlan plan;
  private final RunnerStats stats;
  private final Heartbeats heartbeats;
  private final TrainingRunner runner;

  private TrainingFleet(
      TrainingQueue queue,
      TrainingPlan plan,
      KlineLake lake,
      ModelRegistry registry,
      int threads,
      Duration pollWait,
      TrainingGate gate,
      LeakageSettings leakage,
      Clock clock,
      MeterRegistry metrics) {
    this.queue = queue;
    this.plan = plan;
    this.stats = new RunnerStats(metrics);
    stats.watch(queue);
    this.heartbeats = new Heartbeats(queue);
    TrainingPipeline pipeline =
        new TrainingPipeline(
            new TechnicalFeatureCalculator(FeatureSpec.v1()),
            TimeframeRegimes.rules(),
            new TribuoModelTrainer(),
            new ParityCheck(),
            PipelineSettings.defaults(),
            leakage,
            clock);
    JobTrainer trainer =
        new PipelineJobTrainer(
            pipeline,
            new LakeBarSource(lake, dev.coinengine.core.market.Interval.H1, plan.lookback()),
            plan,
            2 * threads + 2);
    TrainingWorker worker =
        new TrainingWorker(
            queue,
            trainer,
            registry,
            gate,
            RetryPolicy.defaults(),
            Sleeper.SYSTEM,
            heartbeats,
            stats,
            pollWait);
    this.runner = new TrainingRunner(worker, threads);
  }

  /**
   * {@link #open(EngineConfig, SqsClient, KlineLake, ModelRegistry, int, Duration, Clock,
   * MeterRegistry)} with meters on a private registry.
   */
  public static TrainingFleet open(
      EngineConfig config,
      SqsClient sqs,
      KlineLake lake,
      ModelRegistry registry,
      int threads,
      Duration pollWait,
      Clock clock) {
    return open(config, sqs, lake, registry, threads, pollWait, clock, new SimpleMeterRegistry());
  }

  /**
   * The fleet of one process on the configured SQS queue.
   *
   * @param threads worker threads ({@code TrainingSettings.effectiveRunners(cores)} by default)
   * @param pollWait long-poll wait per receive (at most 20 s; shorter stops faster)
   * @param metrics where the runner's meters go (docs/metrics.md)
   */
  public static TrainingFleet open(
      EngineConfig config,
      SqsClient sqs,
      KlineLake lake,
      ModelRegistry registry,
      int threads,
      Duration pollWait,
      Clock clock,
      MeterRegistry metrics) {
    return new TrainingFleet(
        queue(config, sqs),
        TrainingPlan.from(config.training()),
        lake,
        registry,
        threads,
        pollWait,
        TrainingGate.from(config.validationGates(), config.training().families().size()),
        LeakageSettings.from(config.validationGates(), config.training().seed()),
        clock,
        metrics);
  }

  /** The configured training queue on SQS (created with its dead-letter queue if missing). */
  public static TrainingQueue queue(EngineConfig config, SqsClient sqs) {
    QueueSettings q = config.queue();
    SqsMessageQueue messages =
        SqsMessageQueue.open(
            sqs,
            new dev.coinengine.store.queue.QueueSettings(
                q.trainingQueue(),
                q.deadLetterQueue(),
                q.maxReceiveCount(),
                q.visibilityTimeout()));
    return new TrainingQueue(messages, q.visibilityTimeout());
  }

  public TrainingQueue queue() {
    return queue;
  }

  public TrainingPlan plan() {
    return plan;
  }

  public RunnerStats stats() {
    return stats;
  }

  public int threads() {
    return runner.threads();
  }

  public void start() {
    runner.start();
  }

  /** Finishes the jobs in progress (up to {@code grace}) and stops. */
  public boolean stop(Duration grace) throws InterruptedException {
    return runner.stop(grace);
  }

  @Override
  public void close() throws InterruptedException {
    try {
      runner.stop(Duration.ofSeconds(30));
    } finally {
      heartbeats.close();
    }
  }
}
