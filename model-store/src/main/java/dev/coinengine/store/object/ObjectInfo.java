package dev.coinengine.store.object;

import java.time.Instant;
import java.util.Objects;

/** What a store knows about one object without reading it. */
public record ObjectInfo(String key, long size, Instant lastModified) {

  public ObjectInfo {
    ObjectStore.requireValidKey(key);
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size + " for key " + key);
    }
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
