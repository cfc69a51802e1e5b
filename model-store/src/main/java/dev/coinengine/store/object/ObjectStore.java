package dev.coinengine.store.object;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A flat key-to-bytes store shaped like S3. Keys use {@code /} as a folder separator by convention
 * only. Infrastructure failures surface as {@link ObjectStoreException}; invalid keys as {@link
 * IllegalArgumentException}.
 */
public interface ObjectStore {

  /** Longest key S3 accepts, in UTF-8 bytes. */
  int MAX_KEY_BYTES = 1024;

  /** Writes or overwrites {@code key}. */
  void put(String key, byte[] bytes);

  /** Writes or overwrites {@code key} with the content of {@code file}, streaming large files. */
  void put(String key, Path file);

  /**
   * Writes {@code key} only if no object exists under it, atomically.
   *
   * @return true if this call created the object, false if one already existed
   */
  boolean putIfAbsent(String key, byte[] bytes);

  Optional<byte[]> get(String key);

  Optional<ObjectInfo> head(String key);

  /** Every object whose key starts with {@code prefix} ("" for all), in key order. */
  List<ObjectInfo> list(String prefix);

  /** Removes {@code key}; removing a missing key is not an error. */
  void delete(String key);

  /** A URI naming the object for people and other tools, e.g. {@code s3://bucket/key}. */
  String uri(String key);

  /** Returns {@code key} if it is a valid object key, else throws IllegalArgumentException. */
  static String requireValidKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank, was '" + key + "'");
    }
    if (key.startsWith("/")) {
      throw new IllegalArgumentException("key must not start with '/', was '" + key + "'");
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
      throw new IllegalArgumentException(
          "key must be at most " + MAX_KEY_BYTES + " UTF-8 bytes, was '" + key + "'");
    }
    return key;
  }

  /** Returns {@code prefix} if it is a valid listing prefix ("" allowed), else throws. */
  static String requireValidPrefix(String prefix) {
    if (prefix == null) {
      throw new IllegalArgumentException("prefix must not be null (use \"\" for all keys)");
    }
    return prefix.isEmpty() ? prefix : requireValidKey(prefix);
  }
}
