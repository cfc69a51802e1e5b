package dev.coinengine.store.object;

/** The object store could not be reached or refused a request for a reason other than the key. */
public class ObjectStoreException extends RuntimeException {

  public ObjectStoreException(String message) {
    super(message);
  }

  public ObjectStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
