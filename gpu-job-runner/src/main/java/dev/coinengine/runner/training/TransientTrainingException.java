package dev.coinengine.runner.training;

/** A job that failed for a reason outside it (I/O, an unavailable device) and may be retried. */
public final class TransientTrainingException extends RuntimeException {
  public TransientTrainingException(String message, Throwable cause) {
    super(message, cause);
  }
}
