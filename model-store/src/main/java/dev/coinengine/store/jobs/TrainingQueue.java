package dev.coinengine.store.jobs;

import dev.coinengine.store.queue.MessageQueue;
import dev.coinengine.store.queue.OutgoingMessage;
import dev.coinengine.store.queue.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Training jobs on a {@link MessageQueue} (SQS in production, {@code InMemoryMessageQueue} in
 * tests). At least once: a job is delivered again when its runner neither completes nor releases it
 * before its lease runs out; the registry, idempotent per job id, turns that into exactly one
 * version.
 *
 * <p>A message that is not a job is released at once without an ack, so it comes back, is counted
 * again and moves to the dead-letter queue after the queue's {@code maxReceiveCount} receives.
 *
 * <p>Thread-safe; any number of runners (threads or processes) may poll one queue.
 */
public final class TrainingQueue {
  private static final String ATTRIBUTE_JOB_ID = "job-id";
  private static final String ATTRIBUTE_SYMBOL = "symbol";

  private final MessageQueue queue;
  private final Duration lease;
  private final AtomicLong malformed = new AtomicLong();

  /**
   * @param lease the queue's visibility timeout: how long a job stays hidden after a poll or a
   *     heartbeat (whole seconds)
   */
  public TrainingQueue(MessageQueue queue, Duration lease) {
    this.queue = Objects.requireNonNull(queue, "queue");
    if (lease == null || lease.isNegative() || lease.isZero() || lease.getNano() != 0) {
      throw new IllegalArgumentException("lease must be whole seconds > 0, was " + lease);
    }
    this.lease = lease;
  }

  public String name() {
    return queue.name();
  }

  public Duration lease() {
    return lease;
  }

  /**
   * Sends the jobs in batches of 10, each job id once (duplicates in {@code jobs} are dropped).
   *
   * @return the number of messages sent
   */
  public int enqueue(List<JobSpec> jobs) {
    Map<String, JobSpec> distinct = new LinkedHashMap<>();
    for (JobSpec job : jobs) {
      distinct.putIfAbsent(job.jobId(), job);
    }
    List<OutgoingMessage> messages = new ArrayList<>(distinct.size());
    for (JobSpec job : distinct.values()) {
      messages.add(
          new OutgoingMessage(
              JobMessages.toJson(job),
              Map.of(ATTRIBUTE_JOB_ID, job.jobId(), ATTRIBUTE_SYMBOL, job.symbol())));
    }
    queue.send(messages);
    return messages.size();
  }

  /**
   * The next job, waiting up to {@code wait} (at most 20 s) for one. Malformed messages met on the
   * way are released for the dead-letter queue and counted ({@link #malformedCount()}).
   */
  public Optional<LeasedJob> poll(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      long left = Math.max(0, deadline - System.nanoTime());
      List<ReceivedMessage> received = queue.receive(1, Duration.ofNanos(left));
      if (received.isEmpty()) {
        return Optional.empty();
      }
      ReceivedMessage message = received.get(0);
      try {
        return Optional.of(new LeasedJob(JobMessages.fromJson(message.body()), message));
      } catch (MalformedJobException e) {
        malformed.incrementAndGet();
        queue.release(message);
        if (System.nanoTime() >= deadline) {
          return Optional.empty();
        }
      }
    }
  }

  /** Extends the job's lease by the full lease from now. */
  public void heartbeat(LeasedJob job) {
    queue.extendVisibility(job.message(), lease);
  }

  /** The job is done (trained, rejected or failed for good): it is deleted from the queue. */
  public void complete(LeasedJob job) {
    queue.ack(job.message());
  }

  /** Gives the job back for another runner (or this one) to try again at once. */
  public void release(LeasedJob job) {
    queue.release(job.message());
  }

  /** About how many jobs wait to be polled. */
  public long depth() {
    return queue.approximateDepth();
  }

  /** About how many messages wait in the dead-letter queue. */
  public long deadLetterDepth() {
    return queue.deadLetters().approximateDepth();
  }

  /** Malformed messages this instance has met (each delivery counts). */
  public long malformedCount() {
    return malformed.get();
  }
}
