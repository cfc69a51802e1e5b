package dev.coinengine.store.registry;

import java.util.Objects;

/** One key's new target in a batch of alias changes ({@link ModelRegistry#setAliases}). */
public record AliasChange(ModelKey key, int version, String reason) {
  public AliasChange {
    Objects.requireNonNull(key, "key");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    Registration.requireText("reason", reason);
  }
}
