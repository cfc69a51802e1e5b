package dev.coinengine.store.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of an alias's history: from {@code setAt} on, {@code name} of {@code key} pointed at
 * {@code version}, until the next entry with a higher revision.
 *
 * @param name alias name, e.g. {@code champion} or {@code challenger}
 * @param key the key whose version it names
 * @param version the version it points at
 * @param revision 1 for the first time the alias was set for this key, then +1 per change
 * @param setAt when it was set
 * @param reason why (for the audit trail)
 */
public record Alias(
    String name, ModelKey key, int version, long revision, Instant setAt, String reason) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  public static final String CHAMPION = "champion";
  public static final String CHALLENGER = "challenger";

  public Alias {
    requireName(name);
    Objects.requireNonNull(key, "key");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be >= 1, was " + revision);
    }
    Objects.requireNonNull(setAt, "setAt");
    Registration.requireText("reason", reason);
  }

  static String requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "alias name must match " + NAME.pattern() + ", was '" + name + "'");
    }
    return name;
  }
}
