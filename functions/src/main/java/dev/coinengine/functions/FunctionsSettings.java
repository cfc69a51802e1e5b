package dev.coinengine.functions;

import dev.coinengine.core.selection.SelectionSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * What the functions need from the engine's configuration.
 *
 * @param authToken the bearer token every call must carry ({@code http.auth-token}, set with {@code
 *     ENGINE_HTTP_AUTH_TOKEN}); empty = no authentication, for local use only (a WARN at start-up;
 *     the {@code aws} profile refuses to start without one)
 * @param selection the selection settings a {@code selectCoins} request overrides
 * @param marketSnapshotMaxAge how long live selection reuses one exchange listing and ticker
 *     snapshot (0 = fetch on every call)
 */
public record FunctionsSettings(
    Optional<String> authToken, SelectionSettings selection, Duration marketSnapshotMaxAge) {

  /** Default snapshot reuse: one minute. */
  public static final Duration DEFAULT_SNAPSHOT_MAX_AGE = Duration.ofMinutes(1);

  public FunctionsSettings {
    if (authToken == null) {
      throw new IllegalArgumentException("authToken must not be null (use Optional.empty())");
    }
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
    if (marketSnapshotMaxAge == null || marketSnapshotMaxAge.isNegative()) {
      throw new IllegalArgumentException(
          "marketSnapshotMaxAge must be >= 0, was " + marketSnapshotMaxAge);
    }
    authToken = authToken.map(String::trim).filter(token -> !token.isEmpty());
  }

  /** With the {@link #DEFAULT_SNAPSHOT_MAX_AGE}. */
  public FunctionsSettings(Optional<String> authToken, SelectionSettings selection) {
    this(authToken, selection, DEFAULT_SNAPSHOT_MAX_AGE);
  }

  @Override
  public String toString() {
    return "FunctionsSettings[authToken="
        + (authToken.isPresent() ? "****" : "none")
        + ", selection="
        + selection
        + ", marketSnapshotMaxAge="
        + marketSnapshotMaxAge
        + "]";
  }
}
