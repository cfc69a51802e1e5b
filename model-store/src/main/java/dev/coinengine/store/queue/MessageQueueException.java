package dev.coinengine.store.queue;

/** The queue service could not be reached or refused a request. */
public class MessageQueueException extends RuntimeException {

  public MessageQueueException(String message) {
    super(message);
  }

  public MessageQueueException(String message, Throwable cause) {
    super(message, cause);
  }
}
