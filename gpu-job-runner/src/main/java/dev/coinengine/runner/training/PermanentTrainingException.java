package dev.coinengine.runner.training;

/**
 * A job that will fail the same way however often it is retried: too few rows, one class only, an
 * export that does not score like the trained model. The message is the reason recorded for it.
 */
public final class PermanentTrainingException extends RuntimeException {
  public PermanentTrainingException(String reason) {
    super(reason);
  }

  public PermanentTrainingException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
