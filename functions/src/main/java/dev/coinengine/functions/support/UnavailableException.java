package dev.coinengine.functions.support;

/**
 * A dependency of the call (the kline lake, the training queue) cannot serve it now; retrying later
 * may work. Answered with HTTP 503 and the reason.
 */
public final class UnavailableException extends RuntimeException {

  public UnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }

  public UnavailableException(String reason) {
    super(reason);
  }

  public String reason() {
    return getMessage();
  }
}
