package dev.coinengine.runner.worker;

import dev.coinengine.store.jobs.LeasedJob;
import dev.coinengine.store.jobs.TrainingQueue;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extends the lease of every job in progress every third of the lease, so a long job is never
 * redelivered while its runner is alive; a dead runner's jobs come back after one lease.
 */
public final class Heartbeats implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Heartbeats.class.getName());

  private final TrainingQueue queue;
  private final Duration every;
  private final ScheduledExecutorService scheduler;

  public Heartbeats(TrainingQueue queue) {
    this(queue, queue.lease().dividedBy(3));
  }

  public Heartbeats(TrainingQueue queue, Duration every) {
    this.queue = queue;
    this.every = every.isZero() ? Duration.ofMillis(100) : every;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "training-heartbeat");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts beating for {@code job}; closing the lease stops. */
  public Lease keepAlive(LeasedJob job) {
    ScheduledFuture<?> beat =
        scheduler.scheduleAtFixedRate(
            () -> {
              try {
                queue.heartbeat(job);
              } catch (RuntimeException e) {
                // The job may be done already, or the queue briefly unreachable: the next beat
                // (or the redelivery after the lease) handles it.
                LOG.log(Level.FINE, "heartbeat of " + job.jobId() + " failed", e);
              }
            },
            every.toMillis(),
            every.toMillis(),
            TimeUnit.MILLISECONDS);
    return () -> beat.cancel(false);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** A running heartbeat. */
  @FunctionalInterface
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
