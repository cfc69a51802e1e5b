package dev.coinengine.store.decisions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the decision log batches.
 *
 * @param capacity decisions the queue holds before callers wait
 * @param batchSize most decisions per written part
 * @param flushInterval longest time a decision waits in the queue before its batch is written
 * @param offerTimeout how long a caller waits for room in a full queue before the decision is
 *     dropped and counted
 * @param prefix object-store prefix, e.g. {@code decisions/}
 * @param localFolder where a copy of every decision is appended as JSON Lines, one file per day;
 *     empty for none
 */
public record DecisionLogSettings(
    int capacity,
    int batchSize,
    Duration flushInterval,
    Duration offerTimeout,
    String prefix,
    Optional<Path> localFolder) {

  public DecisionLogSettings {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
    }
    if (batchSize < 1 || batchSize > capacity) {
      throw new IllegalArgumentException(
          "batchSize must be in [1, capacity=" + capacity + "], was " + batchSize);
    }
    requirePositive("flushInterval", flushInterval);
    requirePositive("offerTimeout", offerTimeout);
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      throw new IllegalArgumentException("prefix must be empty or end with '/', was " + prefix);
    }
    Objects.requireNonNull(localFolder, "localFolder");
  }

  /** 100,000 queued, parts of at most 5,000, written at least every second. */
  public static DecisionLogSettings defaults(Optional<Path> localFolder) {
    return new DecisionLogSettings(
        100_000, 5_000, Duration.ofSeconds(1), Duration.ofSeconds(5), "decisions/", localFolder);
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
