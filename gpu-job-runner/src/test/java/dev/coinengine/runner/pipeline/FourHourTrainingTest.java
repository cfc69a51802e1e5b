package dev.coinengine.runner.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.runner.SampleBars;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.runner.training.TribuoModelTrainer;
import dev.coinengine.store.onnx.Device;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 4h jobs on the bundled 9 months: the 4h regime rules and the 4h row minimum. */
class FourHourTrainingTest {
  private static final BarSeries BTC_1H = SampleBars.hourly("BTCUSDT");
  private static final BarSeries ETH_1H = SampleBars.hourly("ETHUSDT");
  private static final TrainingPipeline PIPELINE =
      new TrainingPipeline(
          new TechnicalFeatureCalculator(FeatureSpec.v1()),
          TimeframeRegimes.rules(),
          new TribuoModelTrainer(),
          new ParityCheck(),
          PipelineSettings.defaults(),
          Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC));

  @Test
  void trendAndRangeJobsOnNineMonthsOfFourHourBarsTrain() {
    CoinFeatures coin = PIPELINE.prepare(history(Interval.H4));

    for (Regime regime : new Regime[] {Regime.TREND, Regime.RANGE}) {
      TrainingOutcome outcome = PIPELINE.run(job(regime, Interval.H4), coin);

      assertThat(outcome.failureReason()).as(regime.name()).isNull();
      assertThat(outcome.metrics().get("train_rows"))
          .as(regime.name())
          .isGreaterThanOrEqualTo(PipelineSettings.MIN_ROWS_4H);
      assertThat(outcome.metrics().get("wf_windows")).isEqualTo(5.0);
    }
  }

  @Test
  void aFourHourRegimeBelowTheFourHourMinimumFailsWithItsReason() {
    CoinFeatures coin = PIPELINE.prepare(history(Interval.H4));

    TrainingOutcome outcome = PIPELINE.run(job(Regime.PANIC, Interval.H4), coin);

    double rows = outcome.metrics().get("train_rows");
    assertThat(rows).isLessThan(PipelineSettings.MIN_ROWS_4H);
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.failureReason())
        .isEqualTo("too few rows: " + (int) rows + " < 300 (PANIC rows of 4h bars)");
  }

  @Test
  void aTimeframeWithoutRegimeRulesFailsPermanentlyNamingIt() {
    TrainingOutcome outcome =
        PIPELINE.run(job(Regime.TREND, Interval.D1), () -> history(Interval.D1));

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.failureReason()).contains("1d");
  }

  @Test
  void theRowMinimumDependsOnTheTimeframe() {
    PipelineSettings defaults = PipelineSettings.defaults();

    assertThat(defaults.minTrainRows(Interval.H1)).isEqualTo(500);
    assertThat(defaults.minTrainRows(Interval.H4)).isEqualTo(300);
    assertThat(defaults.minTrainRows(Interval.D1)).isEqualTo(500);
    assertThat(new PipelineSettings(400, 1, Device.cpu()).minTrainRows(Interval.H4)).isEqualTo(400);
    assertThatThrownBy(() -> new PipelineSettings(500, 1, Device.cpu(), Map.of(Interval.H4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minTrainRowsByTimeframe[H4] must be >= 2, was 1");
  }

  private static CoinHistory history(Interval timeframe) {
    BarSeries btc = Resampler.resample(BTC_1H, timeframe);
    return new CoinHistory(btc, btc, Resampler.resample(ETH_1H, timeframe));
  }

  private static TrainingJob job(Regime regime, Interval timeframe) {
    return new TrainingJob(
        "4h-" + regime + "-" + timeframe.code(),
        "BTCUSDT",
        timeframe,
        regime,
        TrainerSpec.defaults(Family.LINEAR_SGD, 42),
        new LabelSpec(4, 10, 0),
        WalkForwardSettings.defaults(),
        "snap-4h");
  }
}
