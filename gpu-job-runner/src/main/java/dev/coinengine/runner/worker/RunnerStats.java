package dev.coinengine.runner.worker;

import dev.coinengine.runner.pipeline.StageTimings;
import dev.coinengine.store.registry.VersionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Plain counters of one runner process: jobs by outcome, job durations, time per stage.
 * Thread-safe; {@link #snapshot()} reads them all at once for the progress line and the summary.
 */
public final class RunnerStats {
  private final AtomicLong candidates = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong released = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong inFlight = new AtomicLong();
  private final DoubleAdder[] stages = new DoubleAdder[6];
  private final List<Double> jobMillis = new ArrayList<>();

  public RunnerStats() {
    for (int i = 0; i < stages.length; i++) {
      stages[i] = new DoubleAdder();
    }
  }

  void started() {
    inFlight.incrementAndGet();
  }

  void ended() {
    inFlight.decrementAndGet();
  }

  void registered(VersionStatus status, StageTimings timings, double wallMillis) {
    switch (status) {
      case CANDIDATE -> candidates.incrementAndGet();
      case REJECTED -> rejected.incrementAndGet();
      case FAILED -> failed.incrementAndGet();
    }
    stages[0].add(timings.load());
    stages[1].add(timings.features());
    stages[2].add(timings.validate());
    stages[3].add(timings.train());
    stages[4].add(timings.export());
    stages[5].add(timings.parity());
    synchronized (jobMillis) {
      jobMillis.add(wallMillis);
    }
  }

  void duplicate() {
    duplicates.incrementAndGet();
  }

  void retried() {
    retries.incrementAndGet();
  }

  void released() {
    released.incrementAndGet();
  }

  void error() {
    errors.incrementAndGet();
  }

  public Snapshot snapshot() {
    double[] millis;
    synchronized (jobMillis) {
      millis = jobMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }
    Arrays.sort(millis);
    double[] stageMs = new double[stages.length];
    for (int i = 0; i < stages.length; i++) {
      stageMs[i] = stages[i].sum();
    }
    return new Snapshot(
        candidates.get(),
        rejected.get(),
        failed.get(),
        duplicates.get(),
        retries.get(),
        released.get(),
        errors.get(),
        inFlight.get(),
        millis,
        new StageTimings(stageMs[0], stageMs[1], stageMs[2], stageMs[3], stageMs[4], stageMs[5]));
  }

  /**
   * The counters at one moment.
   *
   * @param duplicates jobs found registered already (sent twice, or redelivered after a crash)
   * @param retries transient failures retried inside a delivery
   * @param released jobs given back to the queue after their retries
   * @param errors unexpected exceptions (bugs); the job was released
   * @param jobMillis wall time of each registered job, sorted
   * @param stageTotals summed stage times of the registered jobs
   */
  public record Snapshot(
      long candidates,
      long rejected,
      long failed,
      long duplicates,
      long retries,
      long released,
      long errors,
      long inFlight,
      double[] jobMillis,
      StageTimings stageTotals) {

    /** Jobs this process registered. */
    public long registered() {
      return candidates + rejected + failed;
    }

    /** Jobs this process finished: registered or found registered. */
    public long done() {
      return registered() + duplicates;
    }

    /** The {@code q}-quantile (0..1) of the job wall times, nearest rank; 0 with no job. */
    public Duration jobTimeQuantile(double q) {
      if (jobMillis.length == 0) {
        return Duration.ZERO;
      }
      int index = (int) Math.ceil(q * jobMillis.length) - 1;
      double ms = jobMillis[Math.max(0, Math.min(jobMillis.length - 1, index))];
      return Duration.ofNanos((long) (ms * 1e6));
    }
  }
}
