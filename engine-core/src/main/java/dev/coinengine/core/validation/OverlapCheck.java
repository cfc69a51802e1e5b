package dev.coinengine.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Leakage check: after purging, no training label span may intersect any test label span. */
public final class OverlapCheck {

  /** A training sample whose label span intersects the label span of a test sample. */
  public record Violation(int trainSample, int testSample) {}

  private OverlapCheck() {}

  /**
   * Every training sample that overlaps some test sample, each reported once with one test sample
   * it overlaps. Empty when the split is clean. Runs in O((train + test) log test).
   */
  public static List<Violation> violations(Split split, LabelSpans spans) {
    int[] test = split.test();
    int[] train = split.train();
    requireInRange(test, spans);
    requireInRange(train, spans);
    // Test starts ascend with the index; argmaxEnd[j] = the test sample with the largest end in
    // test[0..j]. A training span [s, e] overlaps some test span iff, among test spans starting at
    // or before e, the largest end is >= s.
    int[] argmaxEnd = new int[test.length];
    for (int j = 0; j < test.length; j++) {
      argmaxEnd[j] =
          j > 0 && spans.end(test[argmaxEnd[j - 1]]) >= spans.end(test[j]) ? argmaxEnd[j - 1] : j;
    }
    List<Violation> out = new ArrayList<>();
    for (int i : train) {
      int last = lastTestStartingBy(test, spans, spans.end(i));
      if (last >= 0 && spans.end(test[argmaxEnd[last]]) >= spans.start(i)) {
        out.add(new Violation(i, test[argmaxEnd[last]]));
      }
    }
    return List.copyOf(out);
  }

  public static boolean isClean(Split split, LabelSpans spans) {
    return violations(split, spans).isEmpty();
  }

  private static int lastTestStartingBy(int[] test, LabelSpans spans, long time) {
    int lo = 0;
    int hi = test.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.start(test[mid]) <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private static void requireInRange(int[] indices, LabelSpans spans) {
    if (indices.length > 0 && indices[indices.length - 1] >= spans.size()) {
      throw new IllegalArgumentException(
          "sample " + indices[indices.length - 1] + " is outside " + spans.size() + " spans");
    }
  }
}
