package dev.coinengine.runner.training;

import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.labels.Labeler;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.runner.SampleBars;
import java.time.Instant;

/** BTCUSDT 1h features and labels from the bundled sample, computed once per test JVM. */
final class BtcTrainingData {
  static final FeatureMatrix FEATURES;
  static final TrainingSet RECENT;

  static {
    BarSeries btc = SampleBars.hourly("BTCUSDT");
    FEATURES =
        new TechnicalFeatureCalculator(FeatureSpec.v1())
            .compute(btc, btc, SampleBars.hourly("ETHUSDT"));
    int from = FEATURES.rows() - 2_500;
    // The newest 2,500 bars keep the tests quick; the pipeline tests use the whole history.
    RECENT =
        TrainingSet.of(FEATURES, Labeler.label(btc, new LabelSpec(4, 10, 0)), row -> row >= from);
  }

  private BtcTrainingData() {}

  static ModelProvenance provenance() {
    return new ModelProvenance(
        FeatureSpec.v1().hash(),
        FeatureSpec.v1().version(),
        "BTCUSDT",
        "1h",
        "RANGE",
        "horizonBars=4;costBps=10.0;marginBps=0.0",
        "snapshot-123",
        "job-7",
        Instant.parse("2026-11-25T12:00:00Z"),
        RECENT.size(),
        FEATURES.openTime(RECENT.sourceRow(0)),
        FEATURES.openTime(RECENT.sourceRow(RECENT.size() - 1)));
  }

  /** Complete feature rows of the sample, every {@code step}-th, as floats. */
  static float[][] floatRows(int step) {
    int first = FEATURES.firstCompleteRow();
    float[][] rows = new float[(FEATURES.rows() - first + step - 1) / step][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = FEATURES.rowAsFloats(first + i * step);
    }
    return rows;
  }
}
