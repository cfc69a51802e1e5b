package dev.coinengine.store.registry;

/** A conflicting row was committed after the writer's basis state; re-read and decide again. */
final class ConcurrentCommitException extends RuntimeException {
  ConcurrentCommitException(String message, Throwable cause) {
    super(message, cause);
  }
}
