package dev.coinengine.runner.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.labels.Labeler;
import dev.coinengine.core.labels.Labels;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.runner.SampleBars;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.runner.training.TrainingSet;
import dev.coinengine.runner.training.TransientTrainingException;
import dev.coinengine.runner.training.TribuoModelTrainer;
import dev.coinengine.store.onnx.ModelMetadataKeys;
import dev.coinengine.store.onnx.OnnxScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainingPipelineTest {
  private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
  private static final BarSeries BTC = SampleBars.hourly("BTCUSDT");
  private static final BarSeries ETH = SampleBars.hourly("ETHUSDT");
  private static final LabelSpec LABELS = new LabelSpec(4, 10, 0);
  private static final TrainingPipeline PIPELINE = pipeline(PipelineSettings.defaults());
  private static final CoinFeatures COIN = PIPELINE.prepare(new CoinHistory(BTC, BTC, ETH));

  @ParameterizedTest
  @EnumSource(Family.class)
  void trainsEveryFamilyOnRealBarsOfOneRegimeWithWalkForwardAndParity(Family family) {
    TrainingOutcome outcome = PIPELINE.run(job(Regime.TREND, family, "job-" + family), COIN);

    assertThat(outcome.failureReason()).isNull();
    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.sha256()).isEqualTo(TrainingPipeline.sha256(outcome.onnx()));
    Map<String, Double> m = outcome.metrics();
    assertThat(m.get("train_rows")).isEqualTo((double) trendRows());
    assertThat(m.get("wf_windows")).isEqualTo(5.0);
    assertThat(m.get("wf_oos_samples")).isPositive().isLessThanOrEqualTo(0.3 * trendRows());
    for (String key :
        new String[] {
          "wf_sharpe_annualised", "wf_psr", "wf_dsr", "wf_hit_rate", "wf_log_loss", "wf_net_return"
        }) {
      assertThat(m.get(key)).as(key).isFinite();
    }
    assertThat(m.get("wf_hit_rate")).isBetween(0.0, 1.0);
    assertThat(m.get("wf_psr")).isBetween(0.0, 1.0);
    assertThat(m.get("parity_max_abs_diff")).isLessThanOrEqualTo(ParityCheck.DEFAULT_TOLERANCE);
    StageTimings t = outcome.timings();
    assertThat(t.validate()).isPositive();
    assertThat(t.train()).isPositive();
    assertThat(t.export()).isPositive();
    assertThat(t.parity()).isPositive();

    try (OnnxScorer scorer = OnnxScorer.load(outcome.onnx())) {
      assertThat(scorer.metadata())
          .containsEntry(ModelMetadataKeys.FEATURE_SPEC_HASH, FeatureSpec.v1().hash())
          .containsEntry(ModelMetadataKeys.REGIME, "TREND")
          .containsEntry(ModelMetadataKeys.FAMILY, family.code())
          .containsEntry(ModelMetadataKeys.JOB_ID, "job-" + family)
          .containsEntry(ModelMetadataKeys.LAKE_SNAPSHOT_ID, "snap-42")
          .containsEntry(ModelMetadataKeys.TRAINED_AT, NOW.toString())
          .containsEntry(ModelMetadataKeys.LABEL_SPEC, "horizonBars=4;costBps=10.0;marginBps=0.0")
          .containsEntry(ModelMetadataKeys.TRAIN_ROWS, Integer.toString(trendRows()));
      // Serving feeds the latest feature row in the spec's order.
      double[] p = scorer.probabilities(COIN.features().rowAsFloats(COIN.features().rows() - 1));
      assertThat(p).hasSize(3);
      assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
    }
  }

  @Test
  void theSameJobTwiceGivesTheSameModelBytes() {
    TrainingOutcome first = PIPELINE.run(job(Regime.TREND, Family.LINEAR_SGD, "a"), COIN);
    TrainingOutcome second = PIPELINE.run(job(Regime.TREND, Family.LINEAR_SGD, "a"), COIN);
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(second.metrics()).isEqualTo(first.metrics());
  }

  @Test
  void tooFewRowsIsAPermanentFailureWithTheReason() {
    int panicRows = rowsOf(Regime.PANIC);
    assertThat(panicRows).as("the sample has a few PANIC bars").isBetween(1, 499);

    TrainingOutcome outcome = PIPELINE.run(job(Regime.PANIC, Family.LINEAR_SGD, "p"), COIN);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.onnx()).isNull();
    assertThat(outcome.sha256()).isNull();
    assertThat(outcome.failureReason())
        .isEqualTo("too few rows: " + panicRows + " < 500 (PANIC rows of 1h bars)");
    assertThat(outcome.metrics()).containsEntry("train_rows", (double) panicRows);
  }

  @Test
  void loadingFromASourceTimesTheLoadAndFeatureStages() {
    TrainingOutcome outcome =
        PIPELINE.run(
            job(Regime.TREND, Family.LINEAR_SGD, "l"), () -> new CoinHistory(BTC, BTC, ETH));
    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.timings().load()).isPositive();
    assertThat(outcome.timings().features()).isPositive();
    assertThat(outcome.timings().total())
        .isGreaterThanOrEqualTo(outcome.timings().validate() + outcome.timings().train());
  }

  @Test
  void anUnreadableSourceIsATransientFailure() {
    assertThatThrownBy(
            () ->
                PIPELINE.run(
                    job(Regime.TREND, Family.LINEAR_SGD, "t"),
                    () -> {
                      throw new UncheckedIOException(new IOException("connection reset"));
                    }))
        .isInstanceOf(TransientTrainingException.class)
        .hasMessageContaining("cannot load bars of BTCUSDT")
        .hasMessageContaining("connection reset");
  }

  @Test
  void aWalkForwardThatCannotFitIsAPermanentFailure() {
    TrainingJob job =
        new TrainingJob(
            "w",
            "BTCUSDT",
            Interval.H1,
            Regime.TREND,
            TrainerSpec.defaults(Family.LINEAR_SGD, 1),
            LABELS,
            new WalkForwardSettings(
                dev.coinengine.core.validation.WalkForward.Mode.ROLLING, 5000, 0.9, 0),
            "none");
    TrainingOutcome outcome = PIPELINE.run(job, COIN);
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.failureReason()).startsWith("walk-forward impossible: ");
  }

  @Test
  void refusesBarsOfAnotherCoinOrTimeframe() {
    TrainingJob job =
        new TrainingJob(
            "x",
            "ETHUSDT",
            Interval.H1,
            Regime.TREND,
            TrainerSpec.defaults(Family.LINEAR_SGD, 1),
            LABELS,
            WalkForwardSettings.defaults(),
            "none");
    assertThatThrownBy(() -> PIPELINE.run(job, COIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("job x is for ETHUSDT 1h but the bars are BTCUSDT 1h");
  }

  @Test
  void parityRowsPreferRowsHeldBackFromTraining() {
    Labels labels = Labeler.label(BTC, LABELS);
    TrainingSet set =
        TrainingSet.of(COIN.features(), labels, row -> COIN.regime(row) == Regime.TREND);
    float[][] rows = TrainingPipeline.parityRows(COIN.features(), set, 64);
    assertThat(rows).hasNumberOfRows(64);
    java.util.Set<String> trained = new java.util.HashSet<>();
    for (int i = 0; i < set.size(); i++) {
      trained.add(java.util.Arrays.toString(COIN.features().rowAsFloats(set.sourceRow(i))));
    }
    for (float[] row : rows) {
      assertThat(trained).doesNotContain(java.util.Arrays.toString(row));
    }
    // With more rows asked for than are held back, training rows fill the rest.
    int heldBack = 0;
    for (int r = 0; r < COIN.features().rows(); r++) {
      if (COIN.features().isComplete(r) && COIN.regime(r) != Regime.TREND) {
        heldBack++;
      }
    }
    int all = heldBack + set.size() + 10;
    assertThat(TrainingPipeline.parityRows(COIN.features(), set, all).length)
        .isGreaterThan(heldBack)
        .isLessThanOrEqualTo(all);
  }

  private static int trendRows() {
    return rowsOf(Regime.TREND);
  }

  /** Complete, labelled rows of a regime, counted without the pipeline. */
  private static int rowsOf(Regime regime) {
    Labels labels = Labeler.label(BTC, LABELS);
    int n = 0;
    for (int r = 0; r < BTC.size(); r++) {
      if (COIN.regime(r) == regime && labels.isLabelled(r) && COIN.features().isComplete(r)) {
        n++;
      }
    }
    return n;
  }

  private static TrainingJob job(Regime regime, Family family, String id) {
    return new TrainingJob(
        id,
        "BTCUSDT",
        Interval.H1,
        regime,
        TrainerSpec.defaults(family, 42),
        LABELS,
        WalkForwardSettings.defaults(),
        "snap-42");
  }

  private static TrainingPipeline pipeline(PipelineSettings settings) {
    return new TrainingPipeline(
        new TechnicalFeatureCalculator(FeatureSpec.v1()),
        new RuleRegimeClassifier(RegimeThresholds.hourly()),
        new TribuoModelTrainer(),
        new ParityCheck(),
        settings,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
