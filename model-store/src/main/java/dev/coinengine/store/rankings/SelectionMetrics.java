package dev.coinengine.store.rankings;

import dev.coinengine.core.selection.ReasonCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one point-in-time selection did, for logs and metrics.
 *
 * @param symbolsRead symbols with at least one bar read
 * @param barsRead bars read from the lake
 * @param readTime time spent reading the lake (bounds and bars)
 * @param selectTime time spent building the universe and selecting
 */
public record SelectionMetrics(
    LocalDate date,
    long lakeSnapshotId,
    int symbolsRead,
    long barsRead,
    int candidates,
    int ranked,
    Map<ReasonCode, Integer> excludedByReason,
    Duration readTime,
    Duration selectTime) {

  public SelectionMetrics {
    if (date == null) {
      throw new IllegalArgumentException("date must not be null");
    }
    excludedByReason = Map.copyOf(excludedByReason);
  }

  public Duration totalTime() {
    return readTime.plus(selectTime);
  }
}
