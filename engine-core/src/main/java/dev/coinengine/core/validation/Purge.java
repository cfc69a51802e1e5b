package dev.coinengine.core.validation;

/**
 * Builds one split from contiguous test blocks: training candidates whose label span overlaps the
 * span hull {@code [start(first), max end]} of a test block are purged, then the embargo removes
 * further training samples next to the block.
 */
final class Purge {
  private static final byte EXCLUDED = 0;
  private static final byte TRAIN = 1;
  private static final byte TEST = 2;

  private Purge() {}

  /**
   * @param trainFrom first training candidate (inclusive)
   * @param trainTo last training candidate (exclusive)
   * @param blockFrom sorted starts of the disjoint test blocks (inclusive)
   * @param blockTo ends of the test blocks (exclusive)
   * @param embargoAfter samples removed right after the purged zone that follows each block
   * @param embargoBefore surviving training samples removed right before each block
   */
  static Split split(
      LabelSpans spans,
      int trainFrom,
      int trainTo,
      int[] blockFrom,
      int[] blockTo,
      int embargoAfter,
      int embargoBefore) {
    int n = spans.size();
    byte[] mask = new byte[n];
    for (int i = trainFrom; i < trainTo; i++) {
      mask[i] = TRAIN;
    }
    for (int b = 0; b < blockFrom.length; b++) {
      for (int i = blockFrom[b]; i < blockTo[b]; i++) {
        mask[i] = TEST;
      }
    }
    for (int b = 0; b < blockFrom.length; b++) {
      int from = blockFrom[b];
      int to = blockTo[b];
      long testStart = spans.start(from);
      long testEnd = Long.MIN_VALUE;
      for (int i = from; i < to; i++) {
        testEnd = Math.max(testEnd, spans.end(i));
      }
      // Before the block every start is <= testStart, so overlap means end >= testStart.
      for (int i = from - 1; i >= 0 && spans.maxEndUpTo(i) >= testStart; i--) {
        if (mask[i] == TRAIN && spans.end(i) >= testStart) {
          mask[i] = EXCLUDED;
        }
      }
      for (int i = from - 1, removed = 0; i >= 0 && removed < embargoBefore; i--) {
        if (mask[i] == TRAIN) {
          mask[i] = EXCLUDED;
          removed++;
        }
      }
      // After the block every end is >= its start, so overlap means start <= testEnd.
      int clear = spans.firstStartAfter(testEnd, to);
      int embargoEnd = (int) Math.min(n, (long) clear + embargoAfter);
      for (int i = to; i < embargoEnd; i++) {
        if (mask[i] == TRAIN) {
          mask[i] = EXCLUDED;
        }
      }
    }
    int trainCount = 0;
    int testCount = 0;
    for (byte m : mask) {
      if (m == TRAIN) {
        trainCount++;
      } else if (m == TEST) {
        testCount++;
      }
    }
    int[] train = new int[trainCount];
    int[] test = new int[testCount];
    for (int i = 0, t = 0, s = 0; i < n; i++) {
      if (mask[i] == TRAIN) {
        train[t++] = i;
      } else if (mask[i] == TEST) {
        test[s++] = i;
      }
    }
    return new Split(train, test);
  }

  /**
   * Boundaries of {@code groups} contiguous groups over {@code n} samples, the first ones larger.
   */
  static int[] groupBounds(int n, int groups) {
    if (n < groups) {
      throw new IllegalArgumentException(
          "need at least one sample per group: " + n + " samples for " + groups + " groups");
    }
    int[] bounds = new int[groups + 1];
    int base = n / groups;
    int extra = n % groups;
    for (int g = 0; g < groups; g++) {
      bounds[g + 1] = bounds[g] + base + (g < extra ? 1 : 0);
    }
    return bounds;
  }
}
