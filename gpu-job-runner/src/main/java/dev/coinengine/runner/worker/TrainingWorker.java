package dev.coinengine.runner.worker;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.runner.pipeline.TrainingOutcome;
import dev.coinengine.runner.training.TransientTrainingException;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.jobs.LeasedJob;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.registry.ModelKey;
import dev.coinengine.store.registry.ModelRegistry;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.Registration;
import dev.coinengine.store.registry.RegistryUnavailableException;
import dev.coinengine.store.registry.VersionStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One turn of the training loop: poll → train → gate → register → acknowledge. Thread-safe: a
 * runner calls {@link #runOnce} from each of its threads.
 *
 * <p>Outcomes: a trained model is registered as CANDIDATE or REJECTED (the gate's reasons); a
 * permanent failure (no data, too few rows) as FAILED with its reason and an empty artifact, so the
 * job is recorded once and never retried; a transient failure is retried with backoff and then
 * released for another delivery (the queue's redrive ends a job that keeps failing in the
 * dead-letter queue). A job already registered (sent twice, or redelivered after its runner died
 * between register and acknowledge) is acknowledged without training.
 */
public final class TrainingWorker {
  private static final Logger LOG = Logger.getLogger(TrainingWorker.class.getName());

  private final TrainingQueue queue;
  private final JobTrainer trainer;
  private final ModelRegistry registry;
  private final TrainingGate gate;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Heartbeats heartbeats;
  private final RunnerStats stats;
  private final Duration pollWait;

  public TrainingWorker(
      TrainingQueue queue,
      JobTrainer trainer,
      ModelRegistry registry,
      TrainingGate gate,
      RetryPolicy retry,
      Sleeper sleeper,
      Heartbeats heartbeats,
      RunnerStats stats,
      Duration pollWait) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.heartbeats = Objects.requireNonNull(heartbeats, "heartbeats");
    this.stats = Objects.requireNonNull(stats, "stats");
    this.pollWait = Objects.requireNonNull(pollWait, "pollWait");
  }

  /**
   * Takes one job and sees it through.
   *
   * @return false when no job came within the poll wait
   * @throws InterruptedException if interrupted while waiting to retry (the job is released)
   */
  public boolean runOnce() throws InterruptedException {
    Optional<LeasedJob> polled = queue.poll(pollWait);
    if (polled.isEmpty()) {
      return false;
    }
    LeasedJob job = polled.get();
    stats.started();
    long start = System.nanoTime();
    try (Heartbeats.Lease lease = heartbeats.keepAlive(job)) {
      if (registry.findByJob(job.jobId()).isPresent()) {
        queue.complete(job);
        stats.duplicate();
        return true;
      }
      TrainingOutcome outcome = trainWithRetries(job.spec());
      ModelVersion version = registry.register(registration(job.spec(), outcome));
      queue.complete(job);
      stats.registered(version.status(), outcome.timings(), (System.nanoTime() - start) / 1e6);
    } catch (TransientTrainingException | RegistryUnavailableException e) {
      LOG.warning("released " + job.spec().describe() + " after retries: " + e.getMessage());
      queue.release(job);
      stats.released();
    } catch (InterruptedException e) {
      queue.release(job);
      stats.released();
      throw e;
    } catch (RuntimeException e) {
      // A bug, not the job's fault: give it back; the redrive stops it from looping forever.
      LOG.log(Level.SEVERE, "unexpected failure on " + job.spec().describe(), e);
      queue.release(job);
      stats.error();
    } finally {
      stats.ended();
    }
    return true;
  }

  private TrainingOutcome trainWithRetries(JobSpec spec) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return trainer.train(spec);
      } catch (TransientTrainingException e) {
        if (attempt >= retry.attempts()) {
          throw e;
        }
        stats.retried();
        sleeper.sleep(retry.delayAfter(attempt));
      }
    }
  }

  private Registration registration(JobSpec spec, TrainingOutcome outcome) {
    ModelKey key =
        new ModelKey(
            spec.symbol(), spec.regime(), spec.timeframe(), spec.family().replace('-', '_'));
    Map<String, Double> metrics = new LinkedHashMap<>();
    outcome
        .metrics()
        .forEach(
            (k, v) -> {
              if (Double.isFinite(v)) {
                metrics.put(k, v);
              }
            });
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("family", spec.family());
    provenance.put("config_version", spec.configVersion());
    provenance.put("feature_spec_version", Integer.toString(FeatureSpec.v1().version()));
    byte[] artifact = outcome.succeeded() ? outcome.onnx() : new byte[0];
    Registration base =
        Registration.of(key, spec.jobId(), artifact, FeatureSpec.v1().hash())
            .withMetrics(metrics)
            .withProvenance(provenance)
            .withLakeSnapshot(spec.lakeSnapshotId());
    if (!outcome.succeeded()) {
      return base.withStatus(VersionStatus.FAILED, List.of(outcome.failureReason()));
    }
    // The gate's own figures are recorded beside the walk-forward metrics, for audit.
    Map<String, Double> withGate = new LinkedHashMap<>(metrics);
    double dsr = gate.deflatedSharpe(metrics);
    if (Double.isFinite(dsr)) {
      withGate.put("gate_dsr", dsr);
    }
    withGate.put("gate_trials", (double) gate.trials());
    List<String> reasons = gate.reasons(metrics, outcome.leakage());
    Registration gated = base.withMetrics(withGate);
    return reasons.isEmpty() ? gated : gated.withStatus(VersionStatus.REJECTED, reasons);
  }
}
