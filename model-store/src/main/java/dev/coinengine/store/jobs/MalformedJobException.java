package dev.coinengine.store.jobs;

/** A queue message that is not a training job; it is left to the dead-letter queue. */
public final class MalformedJobException extends RuntimeException {
  public MalformedJobException(String reason) {
    super(reason);
  }
}
