package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PurgedKFoldTest {

  /** Ten samples at t = 0..9, each label looking two samples ahead: [i, min(i + 2, 9)]. */
  private static final LabelSpans TEN = LabelSpans.fixedHorizon(times(10), 2);

  @Test
  void purgesOverlappingLabelsAndEmbargoesOneBarAfterEachTestFold() {
    List<Split> splits = new PurgedKFold(5, Embargo.bars(1)).splits(TEN);

    // Hand-computed in docs/validation.md: test hull [S, E], purge before (end >= S) and after
    // (start <= E), then embargo the first sample whose start is after E.
    assertThat(splits)
        .containsExactly(
            new Split(new int[] {5, 6, 7, 8, 9}, new int[] {0, 1}),
            new Split(new int[] {7, 8, 9}, new int[] {2, 3}),
            new Split(new int[] {0, 1, 9}, new int[] {4, 5}),
            new Split(new int[] {0, 1, 2, 3}, new int[] {6, 7}),
            new Split(new int[] {0, 1, 2, 3, 4, 5}, new int[] {8, 9}));
  }

  @Test
  void withoutEmbargoOnlyOverlappingLabelsArePurged() {
    List<Split> splits = new PurgedKFold(5, Embargo.none()).splits(TEN);

    assertThat(splits.get(0).train()).containsExactly(4, 5, 6, 7, 8, 9);
    assertThat(splits.get(1).train()).containsExactly(6, 7, 8, 9);
    assertThat(splits.get(2).train()).containsExactly(0, 1, 8, 9);
  }

  @Test
  void fractionalEmbargoRoundsUpToWholeSamples() {
    assertThat(new PurgedKFold(5, Embargo.fraction(0.1)).splits(TEN))
        .isEqualTo(new PurgedKFold(5, Embargo.bars(1)).splits(TEN));
    assertThat(Embargo.fraction(0.01).barsFor(250)).isEqualTo(3);
    assertThat(Embargo.fraction(0.0).barsFor(250)).isZero();
  }

  @Test
  void aLongLabelBeforeTheTestFoldIsPurgedEvenWhenItsNeighboursAreNot() {
    // Sample 1's label runs to t = 7, across the whole third fold.
    LabelSpans spans =
        LabelSpans.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7}, new long[] {1, 7, 3, 4, 5, 6, 7, 7});

    Split third = new PurgedKFold(4, Embargo.none()).splits(spans).get(2);

    assertThat(third.test()).containsExactly(4, 5);
    assertThat(third.train()).containsExactly(0, 2, 7);
  }

  @Test
  void unevenFoldsGiveTheExtraSamplesToTheFirstFolds() {
    LabelSpans spans = LabelSpans.fixedHorizon(times(11), 0);

    List<Split> splits = new PurgedKFold(3, Embargo.none()).splits(spans);

    assertThat(splits).extracting(Split::testSize).containsExactly(4, 4, 3);
    // Zero-length labels: nothing overlaps, nothing is purged.
    assertThat(splits.get(1).train()).containsExactly(0, 1, 2, 3, 8, 9, 10);
  }

  @Test
  void rejectsFewerThanTwoFoldsAndMoreFoldsThanSamples() {
    assertThatThrownBy(() -> new PurgedKFold(1, Embargo.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("folds");
    assertThatThrownBy(() -> new PurgedKFold(11, Embargo.none()).splits(TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 samples for 11 groups");
  }

  @Test
  void rejectsInvalidEmbargoes() {
    assertThatThrownBy(() -> Embargo.bars(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> Embargo.fraction(1.0)).hasMessageContaining("1.0");
  }

  static long[] times(int n) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = i;
    }
    return t;
  }
}
