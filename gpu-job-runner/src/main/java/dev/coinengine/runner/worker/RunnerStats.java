package dev.coinengine.runner.worker;

import dev.coinengine.runner.pipeline.StageTimings;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.registry.VersionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Counters of one runner process: jobs by outcome, job durations, time per stage. Thread-safe;
 * {@link #snapshot()} reads them all at once for the progress line and the summary. The same events
 * are published as Micrometer meters on the registry given (names in {@code docs/metrics.md}).
 */
public final class RunnerStats {
  /** Counter: jobs finished by this process, by {@code status}. */
  public static final String JOBS = "engine.runner.jobs";

  /** Timer with histogram: poll-to-acknowledge wall time of a registered job, by {@code status}. */
  public static final String JOB_DURATION = "engine.runner.job.duration";

  /** Timer: time of one pipeline stage of a registered job, by {@code stage}. */
  public static final String STAGE_DURATION = "engine.runner.stage.duration";

  /** Gauge: jobs this process is working on. */
  public static final String IN_PROGRESS = "engine.runner.jobs.in.progress";

  /** Counter: transient failures retried inside a delivery. */
  public static final String RETRIES = "engine.runner.retries";

  /** Gauge: approximate messages in the training queue (visible + in flight). */
  public static final String QUEUE_DEPTH = "engine.runner.queue.depth";

  /** Gauge: approximate messages in the dead-letter queue. */
  public static final String DEAD_LETTER_DEPTH = "engine.runner.queue.dead.letter.depth";

  static final String[] STAGES = {"load", "features", "validate", "train", "export", "parity"};

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
  private final MeterRegistry registry;
  private final Timer[] stageTimers = new Timer[STAGES.length];

  /** Counters without a metrics registry of their own (a private one). */
  public RunnerStats() {
    this(new SimpleMeterRegistry());
  }

  public RunnerStats(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    for (int i = 0; i < stages.length; i++) {
      stages[i] = new DoubleAdder();
      stageTimers[i] =
          Timer.builder(STAGE_DURATION)
              .description("Time of one pipeline stage of a registered job")
              .tag("stage", STAGES[i])
              .register(registry);
    }
    Gauge.builder(IN_PROGRESS, inFlight, AtomicLong::get)
        .description("Jobs this runner process is working on")
        .register(registry);
    // Registered up front so that a scrape shows every status, zeros included.
    for (String status : new String[] {"candidate", "rejected", "failed"}) {
      jobs(status);
      jobTimer(status);
    }
    for (String status : new String[] {"duplicate", "released", "error"}) {
      jobs(status);
    }
    Counter.builder(RETRIES).description("Transient failures retried").register(registry);
  }

  /** The registry the meters are on. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Publishes the queue's depth and its dead-letter queue's depth as gauges (read per scrape). */
  public void watch(TrainingQueue queue) {
    Gauge.builder(QUEUE_DEPTH, queue, q -> q.depth())
        .description("Approximate messages in the training queue")
        .tag("queue", queue.name())
        .register(registry);
    Gauge.builder(DEAD_LETTER_DEPTH, queue, q -> q.deadLetterDepth())
        .description("Approximate messages in the training dead-letter queue")
        .tag("queue", queue.name())
        .register(registry);
  }

  private Counter jobs(String status) {
    return Counter.builder(JOBS)
        .description("Jobs finished by this runner process")
        .tag("status", status)
        .register(registry);
  }

  private Timer jobTimer(String status) {
    return Timer.builder(JOB_DURATION)
        .description("Poll to acknowledge wall time of a registered job")
        .tag("status", status)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(10))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry);
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
    double[] ms = {
      timings.load(),
      timings.features(),
      timings.validate(),
      timings.train(),
      timings.export(),
      timings.parity()
    };
    for (int i = 0; i < ms.length; i++) {
      stages[i].add(ms[i]);
      stageTimers[i].record((long) (ms[i] * 1e6), TimeUnit.NANOSECONDS);
    }
    synchronized (jobMillis) {
      jobMillis.add(wallMillis);
    }
    String tag = status.name().toLowerCase(Locale.ROOT);
    jobs(tag).increment();
    jobTimer(tag).record((long) (wallMillis * 1e6), TimeUnit.NANOSECONDS);
  }

  void duplicate() {
    duplicates.incrementAndGet();
    jobs("duplicate").increment();
  }

  void retried() {
    retries.incrementAndGet();
    registry.counter(RETRIES).increment();
  }

  void released() {
    released.incrementAndGet();
    jobs("released").increment();
  }

  void error() {
    errors.incrementAndGet();
    jobs("error").increment();
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
