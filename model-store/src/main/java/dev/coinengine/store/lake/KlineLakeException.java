package dev.coinengine.store.lake;

/** The kline lake could not read or write its table, or found it in a state it never writes. */
public class KlineLakeException extends RuntimeException {

  public KlineLakeException(String message) {
    super(message);
  }

  public KlineLakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
