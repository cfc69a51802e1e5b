package dev.coinengine.store.registry;

/** An artifact is missing or its bytes do not match the SHA-256 its version recorded. */
public class ArtifactIntegrityException extends RuntimeException {

  public ArtifactIntegrityException(String message) {
    super(message);
  }

  public ArtifactIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
