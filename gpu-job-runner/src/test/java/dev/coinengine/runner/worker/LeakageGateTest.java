package dev.coinengine.runner.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.features.FeatureCalculator;
import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.runner.SampleBars;
import dev.coinengine.runner.pipeline.Assessment;
import dev.coinengine.runner.pipeline.CoinFeatures;
import dev.coinengine.runner.pipeline.CoinHistory;
import dev.coinengine.runner.pipeline.LeakageFlag;
import dev.coinengine.runner.pipeline.LeakageSettings;
import dev.coinengine.runner.pipeline.PipelineSettings;
import dev.coinengine.runner.pipeline.TrainingJob;
import dev.coinengine.runner.pipeline.TrainingOutcome;
import dev.coinengine.runner.pipeline.TrainingPipeline;
import dev.coinengine.runner.pipeline.WalkForwardSettings;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.ModelTrainer;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.runner.training.TribuoModelTrainer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leakage detection wired into training, judged by the gate. */
class LeakageGateTest {
  private static final BarSeries BTC = SampleBars.hourly("BTCUSDT");
  private static final BarSeries ETH = SampleBars.hourly("ETHUSDT");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);

  /** The v1 features, except that {@code ret_1} is replaced by the next bar's log return. */
  private static final class NextBarReturnLeak implements FeatureCalculator {
    private final FeatureCalculator honest = new TechnicalFeatureCalculator(FeatureSpec.v1());

    @Override
    public FeatureSpec spec() {
      return honest.spec();
    }

    @Override
    public FeatureMatrix compute(BarSeries coin, BarSeries btc, BarSeries eth) {
      FeatureMatrix m = honest.compute(coin, btc, eth);
      double[][] columns = new double[m.columns()][m.rows()];
      long[] times = new long[m.rows()];
      int leaky = m.names().indexOf("ret_1");
      for (int r = 0; r < m.rows(); r++) {
        times[r] = m.openTime(r);
        for (int c = 0; c < m.columns(); c++) {
          columns[c][r] = m.value(r, c);
        }
        columns[leaky][r] =
            r + 1 < coin.size()
                ? Math.log(coin.get(r + 1).close() / coin.get(r).close())
                : Double.NaN;
      }
      return new FeatureMatrix(m.spec(), m.names(), m.symbol(), times, columns);
    }
  }

  @Test
  void aFeatureHoldingTheNextBarsReturnIsCaughtAndTheModelRejectedForLeakage() {
    TrainingPipeline pipeline =
        pipeline(new NextBarReturnLeak(), new TribuoModelTrainer(), LeakageSettings.defaults());
    CoinFeatures coin = pipeline.prepare(new CoinHistory(BTC, BTC, ETH));

    TrainingOutcome outcome = pipeline.run(job(Regime.RANGE, "leaky"), coin);

    assertThat(outcome.succeeded()).as(outcome.failureReason()).isTrue();
    assertThat(outcome.leakage())
        .extracting(LeakageFlag::check, LeakageFlag::subject)
        .contains(org.assertj.core.groups.Tuple.tuple(LeakageFlag.LOOK_AHEAD, "feature ret_1"));
    assertThat(outcome.leakage())
        .filteredOn(f -> f.check().equals(LeakageFlag.LOOK_AHEAD))
        .extracting(LeakageFlag::subject)
        .containsExactly("feature ret_1");
    List<String> reasons = TrainingGate.defaults().reasons(outcome.metrics(), outcome.leakage());
    assertThat(reasons)
        .anySatisfy(r -> assertThat(r).startsWith("leakage: look-ahead feature ret_1: "));
  }

  @Test
  void theHonestFeaturesRaiseNoFlag() {
    TrainingPipeline pipeline =
        pipeline(
            new TechnicalFeatureCalculator(FeatureSpec.v1()),
            new TribuoModelTrainer(),
            LeakageSettings.defaults());
    CoinFeatures coin = pipeline.prepare(new CoinHistory(BTC, BTC, ETH));

    Assessment assessment = pipeline.assess(job(Regime.RANGE, "clean"), coin);

    assertThat(coin.lookAhead()).isEmpty();
    assertThat(assessment.leakage()).isEmpty();
    assertThat(assessment.metrics())
        .containsEntry("leakage_flags", 0.0)
        .containsKey("perm_max_psr");
    assertThat(assessment.oosRows()).hasSize(assessment.report().pooledNetReturns().length);
  }

  @Test
  void modelsTrainedOnPermutedLabelsPassTheGatesAtMostFivePercentOfTheTime() {
    // Small data: the last 3,000 hourly bars, one family, the RANGE regime.
    BarSeries btc = tail(BTC, 3000);
    BarSeries eth = tail(ETH, 3000);
    TrainingGate gate = TrainingGate.defaults();
    ModelTrainer honest = new TribuoModelTrainer();
    CoinFeatures coin =
        pipeline(
                new TechnicalFeatureCalculator(FeatureSpec.v1()),
                honest,
                LeakageSettings.overlapOnly())
            .prepare(new CoinHistory(btc, btc, eth));
    int passed = 0;
    int assessed = 0;
    for (int seed = 0; seed < 100; seed++) {
      long s = seed;
      ModelTrainer permuting = (set, spec) -> honest.train(set.withPermutedLabels(s), spec);
      TrainingPipeline pipeline =
          pipeline(
              new TechnicalFeatureCalculator(FeatureSpec.v1()),
              permuting,
              LeakageSettings.overlapOnly());
      Assessment a = pipeline.assess(job(Regime.RANGE, "perm-" + seed), coin);
      assessed++;
      if (gate.reasons(a.metrics(), a.leakage()).isEmpty()) {
        passed++;
      }
    }
    assertThat(assessed).isEqualTo(100);
    assertThat(passed).as("permuted-label models passing the gates").isLessThanOrEqualTo(5);
  }

  private static BarSeries tail(BarSeries series, int bars) {
    return new BarSeries(
        series.symbol(),
        series.interval(),
        series.bars().subList(series.size() - bars, series.size()));
  }

  private static TrainingJob job(Regime regime, String id) {
    return new TrainingJob(
        id,
        "BTCUSDT",
        Interval.H1,
        regime,
        TrainerSpec.defaults(Family.LINEAR_SGD, 42),
        new LabelSpec(4, 10, 0),
        WalkForwardSettings.defaults(),
        "none");
  }

  private static TrainingPipeline pipeline(
      FeatureCalculator calculator, ModelTrainer trainer, LeakageSettings leakage) {
    return new TrainingPipeline(
        calculator,
        new RuleRegimeClassifier(RegimeThresholds.hourly()),
        trainer,
        new ParityCheck(),
        PipelineSettings.defaults(),
        leakage,
        CLOCK);
  }
}
