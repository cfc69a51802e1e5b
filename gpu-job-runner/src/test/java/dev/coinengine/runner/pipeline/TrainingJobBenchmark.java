package dev.coinengine.runner.pipeline;

import com.sun.management.OperatingSystemMXBean;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.runner.SampleBars;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.runner.training.TribuoModelTrainer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Times the jobs of one coin (BTCUSDT with ETHUSDT context, 1h and 4h resampled, all regimes, both
 * families) several rounds in one JVM. Prints wall time per stage, the thread CPU time of each job
 * and the process CPU time of each round (GC and JIT threads included), which a loaded machine
 * inflates far less than wall time. Run with the test classpath: {@code java -cp ...
 * TrainingJobBenchmark [rounds]}.
 */
public final class TrainingJobBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    TrainingPipeline pipeline =
        new TrainingPipeline(
            new TechnicalFeatureCalculator(FeatureSpec.v1()),
            new RuleRegimeClassifier(RegimeThresholds.hourly()),
            new TribuoModelTrainer(),
            new ParityCheck(),
            PipelineSettings.defaults(),
            Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
    for (Interval interval : new Interval[] {Interval.H1, Interval.H4}) {
      BarSeries btc = at(SampleBars.hourly("BTCUSDT"), interval);
      BarSeries eth = at(SampleBars.hourly("ETHUSDT"), interval);
      System.out.printf(
          Locale.ROOT,
          "%s bars=%d epochs=%d%n",
          interval.code(),
          btc.size(),
          TrainerSpec.defaults(Family.LINEAR_SGD, 1).epochs());
      for (int round = 0; round < rounds; round++) {
        runCoin(pipeline, btc, eth, interval, round);
      }
    }
  }

  private static BarSeries at(BarSeries hourly, Interval interval) {
    return interval == Interval.H1 ? hourly : Resampler.resample(hourly, interval);
  }

  private static void runCoin(
      TrainingPipeline pipeline, BarSeries btc, BarSeries eth, Interval interval, int round) {
    long process0 = OS.getProcessCpuTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    CoinFeatures coin = pipeline.prepare(new CoinHistory(btc, btc, eth));
    double prepCpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "round %d prepare wall=%.1fms cpu=%.1fms trend=%d range=%d panic=%d%n",
        round,
        (System.nanoTime() - wall0) / 1e6,
        prepCpu,
        coin.count(Regime.TREND),
        coin.count(Regime.RANGE),
        coin.count(Regime.PANIC));
    double roundCpu = prepCpu;
    for (Regime regime : Regime.values()) {
      for (Family family : new Family[] {Family.LINEAR_SGD, Family.FACTORIZATION_MACHINE}) {
        TrainingJob job =
            new TrainingJob(
                "bench-" + regime + "-" + family.code(),
                "BTCUSDT",
                interval,
                regime,
                TrainerSpec.defaults(family, 42),
                new LabelSpec(4, 10, 0),
                WalkForwardSettings.defaults(),
                "none");
        long c0 = THREADS.getCurrentThreadCpuTime();
        TrainingOutcome outcome = pipeline.run(job, coin);
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        roundCpu += cpu;
        StageTimings t = outcome.timings();
        System.out.printf(
            Locale.ROOT,
            "  %-6s %-22s rows=%5.0f cpu=%7.1fms wall=%7.1fms features=%.1f validate=%.1f"
                + " train=%.1f export=%.1f parity=%.1f %s%n",
            regime,
            family.code(),
            outcome.metrics().getOrDefault("train_rows", Double.NaN),
            cpu,
            t.total(),
            t.features(),
            t.validate(),
            t.train(),
            t.export(),
            t.parity(),
            outcome.succeeded()
                ? String.format(
                    Locale.ROOT,
                    "sharpe=%.2f psr=%.3f hit=%.3f parity=%.1e",
                    outcome.metrics().get("wf_sharpe_annualised"),
                    outcome.metrics().get("wf_psr"),
                    outcome.metrics().get("wf_hit_rate"),
                    outcome.metrics().get("parity_max_abs_diff"))
                : "FAILED " + outcome.failureReason());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "round %d %s coin total: thread cpu=%.1fms process cpu=%.1fms wall=%.1fms%n",
        round,
        interval.code(),
        roundCpu,
        (OS.getProcessCpuTime() - process0) / 1e6,
        (System.nanoTime() - wall0) / 1e6);
  }
}
