package dev.coinengine.store.object;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A thread-safe {@link ObjectStore} in memory, for tests and single-process runs. */
public final class InMemoryObjectStore implements ObjectStore {
  private final String name;
  private final Clock clock;
  private final ConcurrentNavigableMap<String, Stored> objects = new ConcurrentSkipListMap<>();

  private record Stored(byte[] bytes, Instant lastModified) {}

  /** A store whose URIs read {@code memory://name/key}. */
  public InMemoryObjectStore(String name, Clock clock) {
    if (name == null || name.isBlank() || name.contains("/")) {
      throw new IllegalArgumentException("name must be non-blank without '/', was '" + name + "'");
    }
    this.name = name;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public InMemoryObjectStore() {
    this("memory", Clock.systemUTC());
  }

  @Override
  public void put(String key, byte[] bytes) {
    ObjectStore.requireValidKey(key);
    Objects.requireNonNull(bytes, "bytes");
    objects.put(key, new Stored(bytes.clone(), clock.instant()));
  }

  @Override
  public void put(String key, Path file) {
    ObjectStore.requireValidKey(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ObjectStoreException("cannot read " + file + " to store it as " + key, e);
    }
    objects.put(key, new Stored(bytes, clock.instant()));
  }

  @Override
  public boolean putIfAbsent(String key, byte[] bytes) {
    ObjectStore.requireValidKey(key);
    Objects.requireNonNull(bytes, "bytes");
    return objects.putIfAbsent(key, new Stored(bytes.clone(), clock.instant())) == null;
  }

  @Override
  public Optional<byte[]> get(String key) {
    ObjectStore.requireValidKey(key);
    return Optional.ofNullable(objects.get(key)).map(s -> s.bytes().clone());
  }

  @Override
  public Optional<ObjectInfo> head(String key) {
    ObjectStore.requireValidKey(key);
    return Optional.ofNullable(objects.get(key)).map(s -> info(key, s));
  }

  @Override
  public List<ObjectInfo> list(String prefix) {
    ObjectStore.requireValidPrefix(prefix);
    var matching = prefix.isEmpty() ? objects : objects.tailMap(prefix, true);
    return matching.entrySet().stream()
        .takeWhile(e -> e.getKey().startsWith(prefix))
        .map(e -> info(e.getKey(), e.getValue()))
        .toList();
  }

  @Override
  public void delete(String key) {
    ObjectStore.requireValidKey(key);
    objects.remove(key);
  }

  @Override
  public String uri(String key) {
    return "memory://" + name + "/" + ObjectStore.requireValidKey(key);
  }

  private static ObjectInfo info(String key, Stored stored) {
    return new ObjectInfo(key, stored.bytes().length, stored.lastModified());
  }
}
