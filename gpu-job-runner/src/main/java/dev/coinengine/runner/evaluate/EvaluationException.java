package dev.coinengine.runner.evaluate;

/** The evaluation's input cannot be used at all (no folder, no kline files, no bars in range). */
public final class EvaluationException extends RuntimeException {
  public EvaluationException(String message) {
    super(message);
  }
}
