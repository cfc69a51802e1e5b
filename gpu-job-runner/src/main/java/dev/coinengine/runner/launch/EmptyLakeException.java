package dev.coinengine.runner.launch;

/** A run was asked for, but the kline lake holds no bars to select or train from. */
public final class EmptyLakeException extends RuntimeException {
  public EmptyLakeException(String message) {
    super(message);
  }
}
