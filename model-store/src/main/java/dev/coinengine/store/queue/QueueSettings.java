package dev.coinengine.store.queue;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A work queue and its dead-letter queue. After {@code maxReceiveCount} receives without an ack a
 * message moves to the dead-letter queue. {@code visibilityTimeout} is whole seconds, as in SQS.
 */
public record QueueSettings(
    String name, String deadLetterName, int maxReceiveCount, Duration visibilityTimeout) {
  private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
  static final int MAX_VISIBILITY_SECONDS = 12 * 60 * 60;
  static final int MAX_RECEIVE_COUNT = 1000;

  public QueueSettings {
    requireQueueName("name", name);
    requireQueueName("deadLetterName", deadLetterName);
    if (name.equals(deadLetterName)) {
      throw new IllegalArgumentException("deadLetterName must differ from name, both were " + name);
    }
    if (maxReceiveCount < 1 || maxReceiveCount > MAX_RECEIVE_COUNT) {
      throw new IllegalArgumentException(
          "maxReceiveCount must be in [1, " + MAX_RECEIVE_COUNT + "], was " + maxReceiveCount);
    }
    wholeSeconds("visibilityTimeout", visibilityTimeout, MAX_VISIBILITY_SECONDS);
  }

  /** A queue named {@code name} with its dead-letter queue named {@code name-dlq}. */
  public static QueueSettings of(String name, int maxReceiveCount, Duration visibilityTimeout) {
    return new QueueSettings(name, name + "-dlq", maxReceiveCount, visibilityTimeout);
  }

  private static void requireQueueName(String field, String value) {
    if (value == null || !QUEUE_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1-80 letters, digits, '-' or '_', was '" + value + "'");
    }
  }

  /** {@code duration} in seconds, if it is a whole number of seconds in [0, max]. */
  static int wholeSeconds(String field, Duration duration, int maxSeconds) {
    if (duration == null
        || duration.isNegative()
        || duration.getNano() != 0
        || duration.getSeconds() > maxSeconds) {
      throw new IllegalArgumentException(
          field + " must be whole seconds in [0, " + maxSeconds + "] s, was " + duration);
    }
    return (int) duration.getSeconds();
  }

  /** A long-poll wait in [0, {@link MessageQueue#MAX_WAIT}]. */
  static Duration requireWait(Duration wait) {
    if (wait == null || wait.isNegative() || wait.compareTo(MessageQueue.MAX_WAIT) > 0) {
      throw new IllegalArgumentException(
          "wait must be in [0, " + MessageQueue.MAX_WAIT + "], was " + wait);
    }
    return wait;
  }

  static int requireMax(int max) {
    if (max < 1 || max > MessageQueue.MAX_RECEIVE) {
      throw new IllegalArgumentException(
          "max must be in [1, " + MessageQueue.MAX_RECEIVE + "], was " + max);
    }
    return max;
  }
}
