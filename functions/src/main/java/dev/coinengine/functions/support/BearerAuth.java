package dev.coinengine.functions.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the {@code Authorization: Bearer <token>} header of a call. Without a configured token
 * every call is allowed (local use only; the server warns at start-up).
 */
public final class BearerAuth {

  private static final String PREFIX = "Bearer ";

  private final Optional<byte[]> expected;

  public BearerAuth(Optional<String> token) {
    this.expected =
        token
            .filter(t -> !t.isBlank())
            .map(t -> (PREFIX + t.trim()).getBytes(StandardCharsets.UTF_8));
  }

  public boolean enabled() {
    return expected.isPresent();
  }

  /** Whether the headers (any case, as HTTP and API Gateway both deliver them) carry the token. */
  public boolean allows(Map<String, ?> headers) {
    if (expected.isEmpty()) {
      return true;
    }
    for (Map.Entry<String, ?> header : headers.entrySet()) {
      if ("authorization".equalsIgnoreCase(header.getKey()) && matches(header.getValue())) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().anyMatch(this::matches);
    }
    if (value == null) {
      return false;
    }
    byte[] given = value.toString().trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected.get(), given); // constant time
  }
}
