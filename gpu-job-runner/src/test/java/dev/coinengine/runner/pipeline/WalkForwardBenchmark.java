package dev.coinengine.runner.pipeline;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.runner.training.TribuoModelTrainer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Times the purged walk-forward (5 rolling windows: one fit and one scoring each, metrics and
 * pooled report) of one coin × regime × timeframe × family on the last 20,000 1h bars, with the
 * leakage checks off and on. Args: kline folder (default {@code ../shared/data/klines/1h}), symbol
 * (default BTCUSDT), rounds (default 5). Prints the best and median wall time per job.
 */
public final class WalkForwardBenchmark {
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/klines/1h");
    String symbol = args.length > 1 ? args[1] : "BTCUSDT";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    KlineCsvReader reader = new KlineCsvReader();
    BarSeries coin = last(reader.read(folder.resolve(symbol + "-1h.csv.gz")).series(), 20_000);
    BarSeries btc = last(reader.read(folder.resolve("BTCUSDT-1h.csv.gz")).series(), 20_000);
    BarSeries eth = last(reader.read(folder.resolve("ETHUSDT-1h.csv.gz")).series(), 20_000);
    for (LeakageSettings leakage :
        List.of(LeakageSettings.overlapOnly(), LeakageSettings.defaults())) {
      TrainingPipeline pipeline =
          new TrainingPipeline(
              new TechnicalFeatureCalculator(FeatureSpec.v1()),
              new RuleRegimeClassifier(RegimeThresholds.hourly()),
              new TribuoModelTrainer(),
              new ParityCheck(),
              PipelineSettings.defaults(),
              leakage,
              Clock.systemUTC());
      long p0 = System.nanoTime();
      CoinFeatures features = pipeline.prepare(new CoinHistory(coin, btc, eth));
      System.out.printf(
          Locale.ROOT,
          "%s bars=%d leakage=%s prepare=%.0fms%n",
          symbol,
          coin.size(),
          leakage,
          (System.nanoTime() - p0) / 1e6);
      for (Family family : List.of(Family.LINEAR_SGD, Family.FACTORIZATION_MACHINE)) {
        for (Regime regime : Regime.values()) {
          TrainingJob job =
              new TrainingJob(
                  "bench",
                  symbol,
                  Interval.H1,
                  regime,
                  TrainerSpec.defaults(family, 42),
                  new LabelSpec(4, 10, 0),
                  WalkForwardSettings.defaults(),
                  "none");
          double[] ms = new double[rounds];
          String rows = "";
          for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            try {
              Assessment a = pipeline.assess(job, features);
              rows = String.format(Locale.ROOT, "%.0f", a.metrics().get("train_rows"));
            } catch (RuntimeException e) {
              rows = e.getMessage();
            }
            ms[r] = (System.nanoTime() - t0) / 1e6;
          }
          java.util.Arrays.sort(ms);
          System.out.printf(
              Locale.ROOT,
              "  %-22s %-6s rows=%s best=%.0fms median=%.0fms%n",
              family.code(),
              regime,
              rows,
              ms[0],
              ms[rounds / 2]);
        }
      }
    }
  }

  private static BarSeries last(BarSeries s, int n) {
    return new BarSeries(
        s.symbol(), s.interval(), s.bars().subList(Math.max(0, s.size() - n), s.size()));
  }
}
