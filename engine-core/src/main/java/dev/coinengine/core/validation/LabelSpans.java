package dev.coinengine.core.validation;

import java.util.Arrays;

/**
 * The label span {@code [start, end]} (inclusive, epoch milliseconds) of every sample: from the
 * time the prediction is made to the time its label is known. Samples are sorted by start; ends
 * need not be sorted. Purging treats two spans as overlapping when they share any instant,
 * endpoints included.
 */
public final class LabelSpans {
  private final long[] starts;
  private final long[] ends;
  // maxEndUpTo[i] = max(ends[0..i]); lets purging stop scanning backwards early.
  private final long[] maxEndUpTo;

  private LabelSpans(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
    this.maxEndUpTo = new long[starts.length];
    long max = Long.MIN_VALUE;
    for (int i = 0; i < starts.length; i++) {
      max = Math.max(max, ends[i]);
      maxEndUpTo[i] = max;
    }
  }

  /** Copies and validates the two parallel arrays. */
  public static LabelSpans of(long[] starts, long[] ends) {
    if (starts == null || ends == null) {
      throw new IllegalArgumentException("starts and ends must not be null");
    }
    if (starts.length != ends.length) {
      throw new IllegalArgumentException(
          "starts has " + starts.length + " entries but ends has " + ends.length);
    }
    for (int i = 0; i < starts.length; i++) {
      if (ends[i] < starts[i]) {
        throw new IllegalArgumentException(
            "end " + ends[i] + " is before start " + starts[i] + " at sample " + i);
      }
      if (i > 0 && starts[i] < starts[i - 1]) {
        throw new IllegalArgumentException(
            "starts must be sorted, but sample "
                + i
                + " starts at "
                + starts[i]
                + " < "
                + starts[i - 1]);
      }
    }
    return new LabelSpans(starts.clone(), ends.clone());
  }

  /**
   * Spans of labels that look {@code horizon} samples ahead: sample {@code i} spans {@code
   * [times[i], times[min(i + horizon, n - 1)]]}.
   */
  public static LabelSpans fixedHorizon(long[] times, int horizon) {
    if (horizon < 0) {
      throw new IllegalArgumentException("horizon must be >= 0, was " + horizon);
    }
    long[] ends = new long[times.length];
    for (int i = 0; i < times.length; i++) {
      ends[i] = times[Math.min(i + horizon, times.length - 1)];
    }
    return of(times, ends);
  }

  public int size() {
    return starts.length;
  }

  public long start(int sample) {
    return starts[sample];
  }

  public long end(int sample) {
    return ends[sample];
  }

  long maxEndUpTo(int sample) {
    return maxEndUpTo[sample];
  }

  /** First sample in {@code [from, size)} whose start is after {@code time}, or {@code size}. */
  int firstStartAfter(long time, int from) {
    int lo = from;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelSpans other
        && Arrays.equals(starts, other.starts)
        && Arrays.equals(ends, other.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
  }

  @Override
  public String toString() {
    return "LabelSpans[size=" + starts.length + "]";
  }
}
