package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapCheckTest {

  @Test
  void reportsEachTrainingSampleWhoseLabelReachesIntoTheTest() {
    // Labels two samples ahead; test {4, 5} spans [4, 7]: samples 2, 3 end inside, 6, 7 start
    // inside.
    LabelSpans spans = LabelSpans.fixedHorizon(PurgedKFoldTest.times(10), 2);
    Split unpurged = new Split(new int[] {0, 1, 2, 3, 6, 7, 8, 9}, new int[] {4, 5});

    assertThat(OverlapCheck.violations(unpurged, spans))
        .extracting(OverlapCheck.Violation::trainSample)
        .containsExactly(2, 3, 6, 7);
    assertThat(OverlapCheck.isClean(unpurged, spans)).isFalse();
  }

  @Test
  void agreesWithThePairwiseDefinitionOnRandomSpansAndSplits() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      LabelSpans spans = randomSpans(random, 5 + random.nextInt(40));
      Split split = randomSplit(random, spans.size());

      List<Integer> expected = new ArrayList<>();
      for (int i : split.train()) {
        for (int j : split.test()) {
          if (spans.start(i) <= spans.end(j) && spans.start(j) <= spans.end(i)) {
            expected.add(i);
            break;
          }
        }
      }

      List<OverlapCheck.Violation> found = OverlapCheck.violations(split, spans);
      assertThat(found).extracting(OverlapCheck.Violation::trainSample).isEqualTo(expected);
      for (OverlapCheck.Violation v : found) {
        assertThat(spans.start(v.trainSample())).isLessThanOrEqualTo(spans.end(v.testSample()));
        assertThat(spans.start(v.testSample())).isLessThanOrEqualTo(spans.end(v.trainSample()));
      }
    }
  }

  @Test
  void everySplitterLeavesNoOverlapOnIrregularLabels() {
    Random random = new Random(11);
    for (int round = 0; round < 50; round++) {
      LabelSpans spans = randomSpans(random, 60 + random.nextInt(60));
      List<Split> all = new ArrayList<>();
      all.addAll(new PurgedKFold(5, Embargo.bars(random.nextInt(3))).splits(spans));
      all.addAll(WalkForward.rolling(20, 10, 7).withEmbargo(Embargo.bars(2)).splits(spans));
      all.addAll(WalkForward.anchored(20, 10, 9).splits(spans));
      all.addAll(new CombinatorialPurgedCV(6, 2, Embargo.fraction(0.02)).splits(spans));

      for (Split split : all) {
        assertThat(OverlapCheck.violations(split, spans)).as("split %s", split).isEmpty();
        assertThat(split.trainSize()).isPositive();
      }
    }
  }

  /** Sorted starts with repeats allowed, label lengths 0..8 (some very long ones). */
  static LabelSpans randomSpans(Random random, int n) {
    long[] starts = new long[n];
    long[] ends = new long[n];
    long t = 0;
    for (int i = 0; i < n; i++) {
      t += random.nextInt(3);
      starts[i] = t;
      ends[i] = t + (random.nextInt(10) == 0 ? 8 : random.nextInt(4));
    }
    return LabelSpans.of(starts, ends);
  }

  private static Split randomSplit(Random random, int n) {
    int from = random.nextInt(n - 1);
    int to = from + 1 + random.nextInt(Math.min(5, n - from - 1) + 1);
    to = Math.min(to, n);
    List<Integer> train = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((i < from || i >= to) && random.nextBoolean()) {
        train.add(i);
      }
    }
    return new Split(
        train.stream().mapToInt(Integer::intValue).toArray(), WalkForwardTest.range(from, to));
  }
}
