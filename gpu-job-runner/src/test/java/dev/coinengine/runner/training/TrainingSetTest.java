package dev.coinengine.runner.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.labels.Labeler;
import dev.coinengine.core.labels.Labels;
import dev.coinengine.runner.SampleBars;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

  @Test
  void keepsOnlyCompleteLabelledAcceptedRowsInTimeOrder() {
    var features = BtcTrainingData.FEATURES;
    Labels labels = Labeler.label(SampleBars.hourly("BTCUSDT"), new LabelSpec(6, 10, 0));
    TrainingSet set = TrainingSet.of(features, labels, row -> row % 2 == 0);

    int expected = 0;
    for (int r = 0; r < features.rows(); r++) {
      if (r % 2 == 0 && features.isComplete(r) && labels.isLabelled(r)) {
        expected++;
      }
    }
    assertThat(set.size()).isEqualTo(expected).isPositive();
    assertThat(set.featureNames()).isEqualTo(FeatureSpec.v1().names());
    for (int i = 0; i < set.size(); i++) {
      int source = set.sourceRow(i);
      assertThat(source % 2).isZero();
      assertThat(set.row(i)).containsExactly(features.row(source));
      assertThat(set.label(i)).isEqualTo(labels.label(source));
      if (i > 0) {
        assertThat(source).isGreaterThan(set.sourceRow(i - 1));
      }
    }
    // The last horizon rows have no label and never enter.
    assertThat(set.sourceRow(set.size() - 1)).isLessThan(features.rows() - 6);
  }

  @Test
  void subsetsKeepTheSourceRows() {
    TrainingSet set = BtcTrainingData.RECENT;
    TrainingSet subset = set.subset(new int[] {3, 10, 11});
    assertThat(subset.size()).isEqualTo(3);
    assertThat(subset.sourceRow(1)).isEqualTo(set.sourceRow(10));
    assertThat(subset.label(2)).isEqualTo(set.label(11));
    assertThatThrownBy(() -> set.subset(new int[] {4, 4}))
        .hasMessage("positions must be strictly increasing at 1");
  }

  @Test
  void rejectsLabelsOfAnotherLength() {
    Labels shorter =
        Labeler.label(
            SampleBars.hourly("BTCUSDT")
                .between(0, SampleBars.hourly("BTCUSDT").get(100).openTimeMs()),
            new LabelSpec(1, 0, 0));
    assertThatThrownBy(() -> TrainingSet.of(BtcTrainingData.FEATURES, shorter, r -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "features have 6551 rows but labels have 100 (BTCUSDT)"
                .replace("6551", Integer.toString(BtcTrainingData.FEATURES.rows())));
  }
}
