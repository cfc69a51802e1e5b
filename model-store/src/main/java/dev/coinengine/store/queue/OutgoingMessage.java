package dev.coinengine.store.queue;

import java.util.Map;

/** A message to send: a text body and up to 10 string attributes (the SQS limit). */
public record OutgoingMessage(String body, Map<String, String> attributes) {
  public static final int MAX_ATTRIBUTES = 10;

  public OutgoingMessage {
    if (body == null || body.isEmpty()) {
      throw new IllegalArgumentException("body must not be empty, was " + body);
    }
    if (attributes == null) {
      throw new IllegalArgumentException("attributes must not be null (use Map.of())");
    }
    if (attributes.size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "at most " + MAX_ATTRIBUTES + " attributes, was " + attributes.size());
    }
    attributes.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attribute name must not be blank, was " + name);
          }
          if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("attribute " + name + " must have a value");
          }
        });
    attributes = Map.copyOf(attributes);
  }

  public static OutgoingMessage of(String body) {
    return new OutgoingMessage(body, Map.of());
  }
}
