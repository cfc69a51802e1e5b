package dev.coinengine.core.risk;

import java.util.Objects;

/** Why an order was refused: the limit and a message with the numbers. */
public record Rejection(BindingLimit code, String message) {

  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
