package dev.coinengine.store.registry;

import dev.coinengine.store.object.ObjectStore;
import java.time.Clock;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * A {@link ModelRegistry} whose rows live in the Iceberg tables {@code brain.model_versions} and
 * {@code brain.aliases} (append-only history; the alias state is the highest revision per alias and
 * key) and whose artifacts and cards go to an {@link ObjectStore} ({@code S3ObjectStore} in
 * production). Any number of processes may register into the same catalog and bucket at once; the
 * protocol is described in {@code docs/model-registry.md}.
 *
 * <p>Thread-safe. Reads are served from an in-memory index that is rebuilt incrementally (new data
 * files only) when a table's current snapshot changes, so a lookup with no new commit costs one
 * catalog round trip per table. The catalog is owned by the caller.
 */
public final class IcebergModelRegistry extends TableBackedRegistry {
  public static final TableIdentifier VERSIONS_TABLE = RegistryTableLayout.VERSIONS;
  public static final TableIdentifier ALIASES_TABLE = RegistryTableLayout.ALIASES;

  private IcebergModelRegistry(
      IcebergRegistryTables tables, ObjectStore store, Clock clock, RegistrationProbe probe) {
    super(tables, store, clock, probe);
  }

  /**
   * Opens the registry, creating the namespace and tables on first use.
   *
   * @throws RegistryUnavailableException if the catalog cannot be reached
   */
  public static IcebergModelRegistry open(Catalog catalog, ObjectStore store, Clock clock) {
    return open(catalog, store, clock, RegistrationProbe.NONE);
  }

  static IcebergModelRegistry open(
      Catalog catalog, ObjectStore store, Clock clock, RegistrationProbe probe) {
    return new IcebergModelRegistry(IcebergRegistryTables.open(catalog), store, clock, probe);
  }
}
