package dev.coinengine.functions.support;

/**
 * The request cannot be served as sent: answered with HTTP 400 naming the JSON path of the field.
 */
public final class InvalidRequestException extends RuntimeException {

  private final String field;

  public InvalidRequestException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public InvalidRequestException(String field, String reason, Throwable cause) {
    super(reason, cause);
    this.field = field;
  }

  /** JSON path of the offending field, for example {@code filters.max-spread-bps}; "" = body. */
  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
