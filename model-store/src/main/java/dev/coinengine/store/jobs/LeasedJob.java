package dev.coinengine.store.jobs;

import dev.coinengine.store.queue.ReceivedMessage;
import java.util.Objects;

/**
 * A job one runner holds: hidden from other runners until it is completed, released, or its lease
 * (the queue's visibility timeout, extended by heartbeats) runs out.
 *
 * @param receiveCount deliveries so far, this one included
 */
public record LeasedJob(JobSpec spec, ReceivedMessage message) {
  public LeasedJob {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(message, "message");
  }

  public String jobId() {
    return spec.jobId();
  }

  public int receiveCount() {
    return message.receiveCount();
  }
}
