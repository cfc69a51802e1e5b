package dev.coinengine.functions.support;

import dev.coinengine.store.market.MarketDataException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place that turns a failure into a response: invalid input is a 400 naming the field,
 * anything unexpected a 500 whose body carries only an id; the trace goes to the log under that id.
 * A bare {@link IllegalArgumentException} is unexpected here: request readers wrap the ones caused
 * by the request in an {@link InvalidRequestException}, so one thrown by bad upstream data is not
 * blamed on the caller.
 */
public final class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  /** An error reply: the HTTP status comes from {@code kind}, the body is sent as JSON. */
  public record Reply(ErrorKind kind, Map<String, Object> body) {

    public int status() {
      return kind.status();
    }
  }

  public static Reply unauthorized() {
    return reply(ErrorKind.UNAUTHORIZED, "reason", "a valid bearer token is required");
  }

  public static Reply from(String function, Throwable failure) {
    if (failure instanceof InvalidRequestException invalid) {
      return reply(ErrorKind.INVALID_REQUEST, "field", invalid.field(), "reason", invalid.reason());
    }
    if (failure instanceof NotAvailableException unavailable) {
      return reply(
          ErrorKind.NOT_AVAILABLE, "field", unavailable.field(), "reason", unavailable.reason());
    }
    String id = UUID.randomUUID().toString();
    if (failure instanceof UnavailableException unavailable) {
      LOG.warn("{} failed, id {}: {}", function, id, unavailable.reason(), failure);
      return reply(ErrorKind.UNAVAILABLE, "id", id, "reason", unavailable.reason());
    }
    if (failure instanceof MarketDataException) {
      LOG.warn("{} failed, id {}: market data unavailable", function, id, failure);
      return reply(ErrorKind.UNAVAILABLE, "id", id, "reason", "market data is unavailable");
    }
    LOG.error("{} failed, id {}", function, id, failure);
    return reply(ErrorKind.INTERNAL, "id", id);
  }

  private static Reply reply(ErrorKind kind, String... fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", kind.code());
    for (int i = 0; i < fields.length; i += 2) {
      body.put(fields[i], fields[i + 1]);
    }
    return new Reply(kind, body);
  }
}
