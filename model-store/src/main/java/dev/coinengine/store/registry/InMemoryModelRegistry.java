package dev.coinengine.store.registry;

import dev.coinengine.store.object.ObjectStore;
import java.time.Clock;

/**
 * A thread-safe {@link ModelRegistry} whose rows live in memory and whose artifacts go to any
 * {@link ObjectStore}; same protocol and guarantees as {@link IcebergModelRegistry}, within one
 * JVM. For tests and single-process runs.
 */
public final class InMemoryModelRegistry extends TableBackedRegistry {
  private final InMemoryRegistryTables tables;
  private final ObjectStore store;
  private final Clock clock;

  public InMemoryModelRegistry(ObjectStore store, Clock clock) {
    this(new InMemoryRegistryTables(), store, clock, RegistrationProbe.NONE);
  }

  private InMemoryModelRegistry(
      InMemoryRegistryTables tables, ObjectStore store, Clock clock, RegistrationProbe probe) {
    super(tables, store, clock, probe);
    this.tables = tables;
    this.store = store;
    this.clock = clock;
  }

  /** Another writer on the same rows and store (a second runner), with its own probe. */
  InMemoryModelRegistry sharingStorage(RegistrationProbe probe) {
    return new InMemoryModelRegistry(tables, store, clock, probe);
  }
}
