package dev.coinengine.functions.support;

/**
 * A valid request for something this deployment does not offer (for example point-in-time selection
 * without a kline lake): answered with HTTP 422 naming the field that asked for it.
 */
public final class NotAvailableException extends RuntimeException {

  private final String field;

  public NotAvailableException(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
