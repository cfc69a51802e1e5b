package dev.coinengine.store.registry;

/** A version, alias or daily tag that was asked for does not exist. */
public class ModelNotFoundException extends RuntimeException {

  public ModelNotFoundException(String message) {
    super(message);
  }

  public ModelNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
