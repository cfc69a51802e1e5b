package dev.coinengine.runner.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * N threads, each running {@link TrainingWorker#runOnce} until stopped. {@link #stop} lets every
 * thread finish the job it holds (its heartbeat keeps the lease) and then take no new one; threads
 * still busy after the grace period are interrupted, which releases a job waiting to be retried. A
 * job still training when the process dies comes back to the queue after its lease.
 */
public final class TrainingRunner implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(TrainingRunner.class.getName());

  private final TrainingWorker worker;
  private final int threads;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final List<Thread> running = new ArrayList<>();

  public TrainingRunner(TrainingWorker worker, int threads) {
    this.worker = Objects.requireNonNull(worker, "worker");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  public synchronized void start() {
    if (!running.isEmpty()) {
      throw new IllegalStateException("the runner is started already");
    }
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(this::loop, "training-worker-" + (i + 1));
      running.add(t);
      t.start();
    }
  }

  private void loop() {
    while (!stopping.get()) {
      try {
        worker.runOnce();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // The queue itself failed (e.g. unreachable): wait a little and poll again.
        LOG.log(Level.WARNING, "polling failed: " + e.getMessage(), e);
        if (!pause(Duration.ofSeconds(1))) {
          return;
        }
      }
    }
  }

  private boolean pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return !stopping.get();
    } catch (InterruptedException e) {
      return false;
    }
  }

  /**
   * Stops taking jobs, waits up to {@code grace} for the jobs in progress, then interrupts.
   *
   * @return true if every thread ended within the grace period
   */
  public synchronized boolean stop(Duration grace) throws InterruptedException {
    stopping.set(true);
    long deadline = System.nanoTime() + grace.toNanos();
    for (Thread t : running) {
      t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
    boolean clean = running.stream().noneMatch(Thread::isAlive);
    if (!clean) {
      running.forEach(Thread::interrupt);
      for (Thread t : running) {
        t.join(5_000);
      }
    }
    return clean;
  }

  public int threads() {
    return threads;
  }

  @Override
  public void close() throws InterruptedException {
    stop(Duration.ofSeconds(30));
  }
}
