package dev.coinengine.store.market;

/** The exchange could not be reached, kept refusing, or answered with something unusable. */
public class MarketDataException extends RuntimeException {

  public MarketDataException(String message) {
    super(message);
  }

  public MarketDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
