package dev.coinengine.core.validation;

import static dev.coinengine.core.validation.PurgedKFoldTest.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinatorialPurgedCVTest {

  /** Twelve samples in four groups of three, labels one sample ahead: [i, min(i + 1, 11)]. */
  private static final LabelSpans TWELVE = LabelSpans.fixedHorizon(times(12), 1);

  @Test
  void countsSplitsAndPathsAsInTheLiterature() {
    assertThat(new CombinatorialPurgedCV(6, 2, Embargo.none()).splitCount()).isEqualTo(15);
    assertThat(new CombinatorialPurgedCV(6, 2, Embargo.none()).pathCount()).isEqualTo(5);
    assertThat(new CombinatorialPurgedCV(10, 8, Embargo.none()).splitCount()).isEqualTo(45);
    assertThat(new CombinatorialPurgedCV(10, 8, Embargo.none()).pathCount()).isEqualTo(36);
  }

  @Test
  void purgesAroundEveryTestBlockAndEmbargoesAfterEach() {
    List<Split> plain = new CombinatorialPurgedCV(4, 2, Embargo.none()).splits(TWELVE);
    List<Split> embargoed = new CombinatorialPurgedCV(4, 2, Embargo.bars(1)).splits(TWELVE);

    // Split 1 tests groups {0, 2} = samples 0-2 and 6-8: purge 3 (start <= 3), 5 (end >= 6) and
    // 9 (start <= 9); the embargo then takes 4 and 10.
    assertThat(plain.get(1))
        .isEqualTo(new Split(new int[] {4, 10, 11}, new int[] {0, 1, 2, 6, 7, 8}));
    assertThat(embargoed.get(1)).isEqualTo(new Split(new int[] {11}, new int[] {0, 1, 2, 6, 7, 8}));
    // Split 3 tests the adjacent groups {1, 2} as one block 3-8: purge 2 and 9.
    assertThat(plain.get(3))
        .isEqualTo(new Split(new int[] {0, 1, 10, 11}, new int[] {3, 4, 5, 6, 7, 8}));
  }

  @Test
  void pathsTakeEachGroupFromSuccessiveSplitsThatTestIt() {
    CombinatorialPurgedCV cv = new CombinatorialPurgedCV(4, 2, Embargo.none());

    // Splits in order: {0,1} {0,2} {0,3} {1,2} {1,3} {2,3}.
    assertThat(cv.combinations())
        .containsExactly(
            new int[] {0, 1},
            new int[] {0, 2},
            new int[] {0, 3},
            new int[] {1, 2},
            new int[] {1, 3},
            new int[] {2, 3});
    assertThat(cv.paths())
        .containsExactly(
            new BacktestPath(new int[] {0, 0, 1, 2}),
            new BacktestPath(new int[] {1, 3, 3, 4}),
            new BacktestPath(new int[] {2, 4, 5, 5}));
  }

  @Test
  void everyPathUsesEachSplitTestGroupExactlyOnceAcrossAllPaths() {
    CombinatorialPurgedCV cv = new CombinatorialPurgedCV(6, 2, Embargo.none());
    List<int[]> combinations = cv.combinations();
    int[][] uses = new int[cv.splitCount()][6];

    for (BacktestPath path : cv.paths()) {
      for (int g = 0; g < 6; g++) {
        assertThat(combinations.get(path.splitOf(g))).contains(g);
        uses[path.splitOf(g)][g]++;
      }
    }

    for (int s = 0; s < combinations.size(); s++) {
      for (int g : combinations.get(s)) {
        assertThat(uses[s][g]).as("split %d group %d", s, g).isEqualTo(1);
      }
    }
  }

  @Test
  void assemblesAPathFromTheTestValuesOfItsSplits() {
    CombinatorialPurgedCV cv = new CombinatorialPurgedCV(4, 2, Embargo.none());
    List<Split> splits = cv.splits(TWELVE);
    List<double[]> values = new ArrayList<>();
    for (int s = 0; s < splits.size(); s++) {
      double[] v = new double[12];
      Arrays.fill(v, Double.NaN);
      for (int i : splits.get(s).test()) {
        v[i] = 100 * s + i; // encodes which split produced sample i
      }
      values.add(v);
    }

    double[] path = cv.assemble(cv.paths().get(1), values);

    // Path 1 = splits {1, 3, 3, 4} for groups 0..3.
    assertThat(path).containsExactly(100, 101, 102, 303, 304, 305, 306, 307, 308, 409, 410, 411);
  }

  @Test
  void everySplitIsFreeOfLabelOverlap() {
    for (Split split : new CombinatorialPurgedCV(6, 2, Embargo.fraction(0.05)).splits(TWELVE)) {
      assertThat(OverlapCheck.violations(split, TWELVE)).isEmpty();
    }
  }

  @Test
  void rejectsImpossibleGroupCounts() {
    assertThatThrownBy(() -> new CombinatorialPurgedCV(4, 4, Embargo.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("testGroups must be in [1, 3]");
    assertThatThrownBy(() -> new CombinatorialPurgedCV(1, 1, Embargo.none()))
        .hasMessageContaining("groups must be >= 2");
  }
}
