package dev.coinengine.functions.support;

/** What went wrong with one call; the {@code error} field of the body and the metrics tag. */
public enum ErrorKind {
  /** Malformed JSON, a missing, mistyped or out-of-range field: the caller must change it. */
  INVALID_REQUEST(400, "invalid_request"),
  /** No or wrong bearer token. */
  UNAUTHORIZED(401, "unauthorized"),
  /** Valid, but this deployment does not offer it (for example point-in-time selection). */
  NOT_AVAILABLE(422, "not_available"),
  /** A dependency such as the exchange could not be reached; retrying later may work. */
  UNAVAILABLE(503, "unavailable"),
  /** A bug or an unexpected failure; the trace is in the log under the returned id. */
  INTERNAL(500, "internal");

  private final int status;
  private final String code;

  ErrorKind(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** The value of the {@code error} field and of the {@code kind} metrics tag. */
  public String code() {
    return code;
  }
}
