package dev.coinengine.store.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * An immutable, indexed view of both tables at one pair of snapshots. The basis values identify the
 * snapshots, so a writer can ask its commit to fail if anything relevant landed after them.
 */
final class RegistryState {
  /** Basis of a table that has no snapshot yet. */
  static final long EMPTY = -1;

  private static final Comparator<ModelVersion> VERSION_ORDER =
      Comparator.comparing(ModelVersion::key).thenComparingInt(ModelVersion::version);

  private final long versionsBasis;
  private final long aliasesBasis;
  // Every committed row as read, so a duplicate (a protocol bug) would show in listings.
  private final List<ModelVersion> rows;
  private final Map<String, ModelVersion> bySemanticId = new HashMap<>();
  private final Map<String, ModelVersion> byJob = new HashMap<>();
  private final Map<ModelKey, NavigableMap<Integer, ModelVersion>> byKey = new HashMap<>();
  private final List<Alias> aliasRows;
  private final Map<String, Map<ModelKey, Alias>> latestAlias = new HashMap<>();
  private final Map<String, Map<ModelKey, ModelVersion>> resolved = new ConcurrentHashMap<>();

  private RegistryState(
      long versionsBasis,
      long aliasesBasis,
      Collection<ModelVersion> versions,
      Collection<Alias> aliases) {
    this.versionsBasis = versionsBasis;
    this.aliasesBasis = aliasesBasis;
    List<ModelVersion> sorted = new ArrayList<>(versions);
    sorted.sort(VERSION_ORDER);
    this.rows = Collections.unmodifiableList(sorted);
    for (ModelVersion v : sorted) {
      bySemanticId.putIfAbsent(v.semanticId(), v);
      byJob.putIfAbsent(v.jobId(), v);
      byKey.computeIfAbsent(v.key(), k -> new TreeMap<>()).putIfAbsent(v.version(), v);
    }
    List<Alias> history = new ArrayList<>(aliases);
    history.sort(
        Comparator.comparing(Alias::name)
            .thenComparing(Alias::key)
            .thenComparingLong(Alias::revision));
    this.aliasRows = Collections.unmodifiableList(history);
    for (Alias a : history) {
      latestAlias.computeIfAbsent(a.name(), n -> new HashMap<>()).put(a.key(), a);
    }
  }

  static RegistryState of(
      long versionsBasis,
      long aliasesBasis,
      Collection<ModelVersion> versions,
      Collection<Alias> aliases) {
    return new RegistryState(versionsBasis, aliasesBasis, versions, aliases);
  }

  long versionsBasis() {
    return versionsBasis;
  }

  long aliasesBasis() {
    return aliasesBasis;
  }

  Optional<ModelVersion> byJob(String jobId) {
    return Optional.ofNullable(byJob.get(jobId));
  }

  Optional<ModelVersion> bySemanticId(String semanticId) {
    return Optional.ofNullable(bySemanticId.get(semanticId));
  }

  Optional<ModelVersion> version(ModelKey key, int version) {
    NavigableMap<Integer, ModelVersion> versions = byKey.get(key);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  int maxVersion(ModelKey key) {
    NavigableMap<Integer, ModelVersion> versions = byKey.get(key);
    return versions == null ? 0 : versions.lastKey();
  }

  Collection<ModelVersion> versionsOf(ModelKey key) {
    NavigableMap<Integer, ModelVersion> versions = byKey.get(key);
    return versions == null ? List.of() : versions.values();
  }

  List<ModelVersion> list(VersionFilter filter) {
    return rows.stream().filter(filter::matches).toList();
  }

  long latestRevision(String alias, ModelKey key) {
    Alias latest = latestAlias.getOrDefault(alias, Map.of()).get(key);
    return latest == null ? 0 : latest.revision();
  }

  List<Alias> aliasRows() {
    return aliasRows;
  }

  List<Alias> history(String alias, ModelKey key) {
    return aliasRows.stream().filter(a -> a.name().equals(alias) && a.key().equals(key)).toList();
  }

  /** Current targets of {@code alias}, computed once per state. */
  Map<ModelKey, ModelVersion> aliases(String alias) {
    return resolved.computeIfAbsent(alias, name -> resolve(aliasRows, a -> a.name().equals(name)));
  }

  Map<ModelKey, ModelVersion> aliasesAsOf(String alias, Instant t) {
    return resolve(aliasRows, a -> a.name().equals(alias) && !a.setAt().isAfter(t));
  }

  /** The target of the highest revision per key among {@code history} rows that pass. */
  Map<ModelKey, ModelVersion> resolve(List<Alias> history, Predicate<Alias> include) {
    Map<ModelKey, Alias> latest = new HashMap<>();
    for (Alias a : history) {
      if (include.test(a)) {
        latest.merge(a.key(), a, (x, y) -> x.revision() >= y.revision() ? x : y);
      }
    }
    Map<ModelKey, ModelVersion> targets = new TreeMap<>();
    latest.forEach(
        (key, a) ->
            targets.put(
                key,
                version(key, a.version())
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "alias " + a + " names a version that is not committed"))));
    return Collections.unmodifiableMap(targets);
  }
}
