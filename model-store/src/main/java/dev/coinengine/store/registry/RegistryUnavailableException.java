package dev.coinengine.store.registry;

/** The registry's tables or object store could not be reached or refused a request. */
public class RegistryUnavailableException extends RuntimeException {

  public RegistryUnavailableException(String message) {
    super(message);
  }

  public RegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
