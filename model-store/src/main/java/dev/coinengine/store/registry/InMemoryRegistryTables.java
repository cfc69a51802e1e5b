package dev.coinengine.store.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Both tables as lists in memory; the basis of a state is the list sizes it saw. */
final class InMemoryRegistryTables implements RegistryTables {
  private final List<ModelVersion> versions = new ArrayList<>();
  private final List<Alias> aliases = new ArrayList<>();
  private final Map<String, Integer> tags = new HashMap<>();
  private RegistryState cached;

  @Override
  public synchronized RegistryState refresh() {
    if (cached == null
        || cached.versionsBasis() != versions.size()
        || cached.aliasesBasis() != aliases.size()) {
      cached = RegistryState.of(versions.size(), aliases.size(), versions, aliases);
    }
    return cached;
  }

  @Override
  public synchronized void appendVersions(List<ModelVersion> rows, RegistryState basis) {
    for (ModelVersion row : rows) {
      for (int i = (int) basis.versionsBasis(); i < versions.size(); i++) {
        if (versions.get(i).jobId().equals(row.jobId())) {
          throw new ConcurrentCommitException(
              "job " + row.jobId() + " was committed as " + versions.get(i).semanticId(), null);
        }
      }
    }
    versions.addAll(rows);
  }

  @Override
  public synchronized void appendAliases(String alias, List<Alias> rows, RegistryState basis) {
    for (int i = (int) basis.aliasesBasis(); i < aliases.size(); i++) {
      if (aliases.get(i).name().equals(alias)) {
        throw new ConcurrentCommitException("alias " + alias + " changed meanwhile", null);
      }
    }
    aliases.addAll(rows);
  }

  @Override
  public synchronized void tag(String name) {
    if (aliases.isEmpty()) {
      throw new RegistryConflictException("no alias was ever set, nothing to tag as " + name);
    }
    tags.put(name, aliases.size());
  }

  @Override
  public synchronized List<Alias> aliasRowsAtTag(String name) {
    Integer size = tags.get(name);
    if (size == null) {
      throw new ModelNotFoundException("no tag " + name);
    }
    return List.copyOf(aliases.subList(0, size));
  }
}
