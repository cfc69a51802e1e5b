package dev.coinengine.core.validation;

import static dev.coinengine.core.validation.PurgedKFoldTest.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

  /** Twenty samples at t = 0..19, labels two samples ahead. */
  private static final LabelSpans TWENTY = LabelSpans.fixedHorizon(times(20), 2);

  @Test
  void rollingWindowsAreAlignedToTheEndAndPurgeLabelsReachingIntoTheTest() {
    List<Split> splits = WalkForward.rolling(6, 4, 4).splits(TWENTY);

    // Tests [8,12), [12,16), [16,20); training the 6 samples before, minus the two whose labels
    // (ending two samples later) reach the test block.
    assertThat(splits)
        .containsExactly(
            new Split(range(2, 6), range(8, 12)),
            new Split(range(6, 10), range(12, 16)),
            new Split(range(10, 14), range(16, 20)));
  }

  @Test
  void embargoDropsTheLastSurvivingTrainingSamplesBeforeTheTest() {
    List<Split> splits = WalkForward.rolling(6, 4, 4).withEmbargo(Embargo.bars(1)).splits(TWENTY);

    assertThat(splits.get(0).train()).containsExactly(2, 3, 4);
    assertThat(splits.get(2).train()).containsExactly(10, 11, 12);
  }

  @Test
  void anchoredWindowsAlwaysTrainFromTheFirstSample() {
    List<Split> splits = WalkForward.anchored(6, 4, 4).splits(TWENTY);

    assertThat(splits)
        .containsExactly(
            new Split(range(0, 6), range(8, 12)),
            new Split(range(0, 10), range(12, 16)),
            new Split(range(0, 14), range(16, 20)));
  }

  @Test
  void limitKeepsTheMostRecentWindows() {
    WalkForward all = WalkForward.rolling(6, 4, 2);

    List<Split> lastTwo = all.limitedTo(2).splits(TWENTY);

    assertThat(all.windowsFor(20)).isEqualTo(6);
    assertThat(lastTwo).containsExactlyElementsOf(all.splits(TWENTY).subList(4, 6));
    assertThat(lastTwo.get(1).test()).containsExactly(16, 17, 18, 19);
  }

  @Test
  void rejectsDataTooShortForOneWindow() {
    assertThat(WalkForward.rolling(15, 6, 1).windowsFor(20)).isZero();
    assertThatThrownBy(() -> WalkForward.rolling(15, 6, 1).splits(TWENTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20 samples cannot hold 15 training and 6 test samples");
    assertThatThrownBy(() -> WalkForward.rolling(6, 0, 1)).hasMessageContaining("testBars");
  }

  static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }
}
