package dev.coinengine.store.queue;

import java.util.Map;

/**
 * A message as one consumer received it. {@code receiveCount} includes this delivery; {@code
 * receiptHandle} identifies this delivery and is what ack, extend and release need.
 */
public record ReceivedMessage(
    String messageId,
    String body,
    Map<String, String> attributes,
    int receiveCount,
    String receiptHandle) {

  public ReceivedMessage {
    if (messageId == null || messageId.isBlank()) {
      throw new IllegalArgumentException("messageId must not be blank, was " + messageId);
    }
    if (body == null) {
      throw new IllegalArgumentException("body must not be null for message " + messageId);
    }
    if (attributes == null) {
      throw new IllegalArgumentException("attributes must not be null for message " + messageId);
    }
    attributes = Map.copyOf(attributes);
    if (receiveCount < 1) {
      throw new IllegalArgumentException(
          "receiveCount must be >= 1, was " + receiveCount + " for message " + messageId);
    }
    if (receiptHandle == null || receiptHandle.isBlank()) {
      throw new IllegalArgumentException("receiptHandle must not be blank for " + messageId);
    }
  }
}
