package dev.coinengine.store.queue;

import java.time.Duration;
import java.util.List;

/**
 * An at-least-once work queue shaped like SQS. A received message stays hidden from other consumers
 * for the visibility timeout; unless it is acked in time it becomes visible again. A message
 * received {@link QueueSettings#maxReceiveCount()} times without an ack moves to the dead-letter
 * queue instead of being delivered again. Infrastructure failures surface as {@link
 * MessageQueueException}.
 */
public interface MessageQueue {
  /** Most messages one {@link #receive} returns (the SQS limit). */
  int MAX_RECEIVE = 10;

  /** Longest long-poll wait (the SQS limit). */
  Duration MAX_WAIT = Duration.ofSeconds(20);

  String name();

  /**
   * Enqueues the messages. Not atomic: if some are refused, the others may already be queued and a
   * {@link MessageQueueException} names the refused ones.
   */
  void send(List<OutgoingMessage> messages);

  default void send(OutgoingMessage message) {
    send(List.of(message));
  }

  /**
   * Returns up to {@code max} (1 to {@link #MAX_RECEIVE}) visible messages and hides them for the
   * visibility timeout. Waits up to {@code wait} (0 to {@link #MAX_WAIT}; SQS rounds it up to whole
   * seconds) for a first message and returns as soon as one is there; returns an empty list when
   * none arrived in time.
   */
  List<ReceivedMessage> receive(int max, Duration wait);

  /** Deletes a message this consumer holds: the work is done. */
  void ack(ReceivedMessage message);

  /**
   * Keeps a held message hidden for {@code visibility} (whole seconds) from now: the heartbeat of a
   * long job.
   */
  void extendVisibility(ReceivedMessage message, Duration visibility);

  /** Gives a held message back for immediate redelivery; it still counts as received. */
  void release(ReceivedMessage message);

  /** About how many messages wait to be received (visible, not held by a consumer). */
  long approximateDepth();

  /**
   * The dead-letter queue of this queue, to inspect, replay or ack poison messages.
   *
   * @throws IllegalStateException if this queue is itself a dead-letter queue
   */
  MessageQueue deadLetters();
}
