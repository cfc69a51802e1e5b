package dev.coinengine.store.lake;

import java.time.Duration;
import java.util.Optional;

/** Where a running import stands; {@code barsAppended} counts committed bars only. */
public record ImportProgress(
    int filesDone,
    int filesTotal,
    long barsRead,
    long barsAppended,
    int commits,
    Duration elapsed) {

  /** Bars read per second so far. */
  public double barsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? barsRead / seconds : 0;
  }

  /** Time left if the remaining files go as fast as the done ones; empty before the first. */
  public Optional<Duration> eta() {
    if (filesDone == 0) {
      return Optional.empty();
    }
    long perFile = elapsed.toNanos() / filesDone;
    return Optional.of(Duration.ofNanos(perFile * (filesTotal - filesDone)));
  }
}
