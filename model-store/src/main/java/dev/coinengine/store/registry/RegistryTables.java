package dev.coinengine.store.registry;

import java.util.List;

/**
 * Where committed rows live: the versions table and the append-only alias history. Appends are
 * optimistic: they fail with {@link ConcurrentCommitException} when a conflicting row landed after
 * the basis state, and the caller re-reads and decides again.
 */
interface RegistryTables {

  /** The current state of both tables (cheap when nothing changed). */
  RegistryState refresh();

  /**
   * Commits {@code rows} atomically unless a row with one of their job ids was committed after
   * {@code basis}.
   */
  void appendVersions(List<ModelVersion> rows, RegistryState basis);

  /**
   * Commits {@code rows} (all for alias {@code alias}) atomically unless a row of that alias was
   * committed after {@code basis}.
   */
  void appendAliases(String alias, List<Alias> rows, RegistryState basis);

  /** Marks the current alias history with {@code name}, moving the mark if it exists. */
  void tag(String name);

  /** The alias history as it was when {@code name} was set. */
  List<Alias> aliasRowsAtTag(String name);
}
