package dev.coinengine.store.registry;

/**
 * The registry's state forbids the request (e.g. promoting a rejected version, or a job id reused
 * for another key), or concurrent writers kept winning until the retries ran out.
 */
public class RegistryConflictException extends RuntimeException {

  public RegistryConflictException(String message) {
    super(message);
  }

  public RegistryConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
