package dev.coinengine.runner.pipeline;

import dev.coinengine.core.features.FeatureCalculator;
import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.features.LookAheadAudit;
import dev.coinengine.core.labels.Label;
import dev.coinengine.core.labels.Labeler;
import dev.coinengine.core.labels.Labels;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeClassifier;
import dev.coinengine.core.validation.LabelSpans;
import dev.coinengine.core.validation.OverlapCheck;
import dev.coinengine.core.validation.Split;
import dev.coinengine.core.validation.TradingMetrics;
import dev.coinengine.core.validation.TrialSet;
import dev.coinengine.core.validation.WalkForwardReport;
import dev.coinengine.core.validation.WindowMetrics;
import dev.coinengine.runner.training.ModelProvenance;
import dev.coinengine.runner.training.ModelTrainer;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.ParityReport;
import dev.coinengine.runner.training.PermanentTrainingException;
import dev.coinengine.runner.training.TrainedModel;
import dev.coinengine.runner.training.TrainingSet;
import dev.coinengine.runner.training.TransientTrainingException;
import dev.coinengine.store.onnx.DeviceUnavailableException;
import dev.coinengine.store.onnx.OnnxModelException;
import dev.coinengine.store.onnx.OnnxScorer;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs one training job: features → regime filter → labels → purged walk-forward evaluation →
 * leakage checks → final fit → ONNX export → parity. Pure orchestration: bars come in, a {@link
 * TrainingOutcome} comes out.
 *
 * <p>Leakage checks (see docs/validation.md): the feature look-ahead audit runs once per coin in
 * {@link #prepare}; the overlap check on every walk-forward split after purging; the
 * label-permutation check repeats the walk-forward with the same family on shuffled labels. Their
 * flags travel with the outcome; the gate rejects a flagged model.
 *
 * <p>Failures: a {@link PermanentTrainingException} anywhere (too few rows, one class, failed
 * parity) becomes a failed outcome with its reason; a {@link TransientTrainingException} (bars
 * could not be read, the scoring device is unavailable) is thrown for the caller to retry.
 */
public final class TrainingPipeline {
  /** Class order of the walk-forward metrics: index 0 = LONG, 1 = FLAT, 2 = SHORT. */
  private static final Label[] CLASSES = Label.values();

  private static final double[] POSITION = {1.0, 0.0, -1.0};
  private static final double MIN_TRL_CONFIDENCE = 0.95;

  private final FeatureCalculator calculator;
  private final TimeframeRegimes regimes;
  private final ModelTrainer trainer;
  private final ParityCheck parity;
  private final PipelineSettings settings;
  private final LeakageSettings leakage;
  private final Clock clock;

  /** With one regime classifier for every timeframe and {@link LeakageSettings#defaults()}. */
  public TrainingPipeline(
      FeatureCalculator calculator,
      RegimeClassifier regimes,
      ModelTrainer trainer,
      ParityCheck parity,
      PipelineSettings settings,
      Clock clock) {
    this(
        calculator,
        TimeframeRegimes.same(regimes),
        trainer,
        parity,
        settings,
        LeakageSettings.defaults(),
        clock);
  }

  /** Regime rules per timeframe, with {@link LeakageSettings#defaults()}. */
  public TrainingPipeline(
      FeatureCalculator calculator,
      TimeframeRegimes regimes,
      ModelTrainer trainer,
      ParityCheck parity,
      PipelineSettings settings,
      Clock clock) {
    this(calculator, regimes, trainer, parity, settings, LeakageSettings.defaults(), clock);
  }

  /** With one regime classifier for every timeframe. */
  public TrainingPipeline(
      FeatureCalculator calculator,
      RegimeClassifier regimes,
      ModelTrainer trainer,
      ParityCheck parity,
      PipelineSettings settings,
      LeakageSettings leakage,
      Clock clock) {
    this(calculator, TimeframeRegimes.same(regimes), trainer, parity, settings, leakage, clock);
  }

  public TrainingPipeline(
      FeatureCalculator calculator,
      TimeframeRegimes regimes,
      ModelTrainer trainer,
      ParityCheck parity,
      PipelineSettings settings,
      LeakageSettings leakage,
      Clock clock) {
    this.calculator = Objects.requireNonNull(calculator, "calculator");
    this.regimes = Objects.requireNonNull(regimes, "regimes");
    this.trainer = Objects.requireNonNull(trainer, "trainer");
    this.parity = Objects.requireNonNull(parity, "parity");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.leakage = Objects.requireNonNull(leakage, "leakage");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Features and regimes of one coin, shared by all its jobs at this timeframe.
   *
   * @throws PermanentTrainingException if the timeframe has no regime classifier
   */
  public CoinFeatures prepare(CoinHistory history) {
    return prepare(history, 0.0);
  }

  private CoinFeatures prepare(CoinHistory history, double loadMs) {
    long start = System.nanoTime();
    FeatureMatrix features = calculator.compute(history.coin(), history.btc(), history.eth());
    RegimeClassifier classifier;
    try {
      classifier = regimes.classifier(history.coin().interval());
    } catch (IllegalArgumentException e) {
      throw new PermanentTrainingException(e.getMessage(), e);
    }
    Regime[] perBar = classifier.classifyAll(history.coin());
    List<LeakageFlag> lookAhead = audit(history);
    return new CoinFeatures(
        history.coin(), features, perBar, loadMs, millisSince(start), lookAhead);
  }

  /** The look-ahead audit of every feature column on this history, at sampled cut points. */
  private List<LeakageFlag> audit(CoinHistory history) {
    if (leakage.auditCutPoints() == 0 || history.coin().size() < 2) {
      return List.of();
    }
    List<String> leaking =
        LookAheadAudit.check(
            calculator,
            history.coin(),
            history.btc(),
            history.eth(),
            leakage.auditCutPoints(),
            leakage.seed());
    List<LeakageFlag> flags = new ArrayList<>(leaking.size());
    for (String feature : leaking) {
      flags.add(
          new LeakageFlag(
              LeakageFlag.LOOK_AHEAD,
              "feature " + feature,
              "its value at or before bar t changes when bars after t change ("
                  + history.coin().symbol()
                  + ")"));
    }
    return flags;
  }

  /** Loads the bars, prepares the coin and runs the job; load and feature times are included. */
  public TrainingOutcome run(TrainingJob job, Supplier<CoinHistory> load) {
    long start = System.nanoTime();
    CoinHistory history;
    try {
      history = load.get();
    } catch (UncheckedIOException e) {
      throw new TransientTrainingException(
          "cannot load bars of " + job.symbol() + ": " + e.getMessage(), e);
    }
    CoinFeatures coin;
    try {
      coin = prepare(history, millisSince(start));
    } catch (PermanentTrainingException e) {
      return TrainingOutcome.failed(
          job.jobId(), e.getMessage(), Map.of(), new StageTimings(0, 0, 0, 0, 0, 0));
    }
    return run(job, coin, coin.loadMs(), coin.featuresMs());
  }

  /** Runs a job on prepared features (load and feature times are reported as 0). */
  public TrainingOutcome run(TrainingJob job, CoinFeatures coin) {
    return run(job, coin, 0.0, 0.0);
  }

  private TrainingOutcome run(TrainingJob job, CoinFeatures coin, double loadMs, double featMs) {
    BarSeries bars = coin.bars();
    requireMatches(job, bars);
    Stages stages = new Stages(loadMs);
    Map<String, Double> metrics = new LinkedHashMap<>();
    try {
      long start = System.nanoTime();
      Labels labels = Labeler.label(bars, job.labelSpec());
      TrainingSet set = trainingSet(job, coin, labels, metrics);
      stages.features = featMs + millisSince(start);

      start = System.nanoTime();
      Assessment assessment = assess(job, coin, labels, set, metrics);
      stages.validate = millisSince(start);
      metrics.putAll(assessment.metrics());

      start = System.nanoTime();
      TrainedModel model = trainer.train(set, job.trainer());
      stages.train = millisSince(start);

      start = System.nanoTime();
      byte[] onnx = model.toOnnx(provenance(job, coin.features(), set));
      String sha256 = sha256(onnx);
      stages.export = millisSince(start);

      start = System.nanoTime();
      ParityReport check = parity(model, onnx, coin.features(), set);
      stages.parity = millisSince(start);
      metrics.put("parity_max_abs_diff", check.maxAbsDifference());
      metrics.put("parity_rows", (double) check.rows());
      return TrainingOutcome.trained(job.jobId(), onnx, sha256, metrics, stages.timings())
          .withLeakage(assessment.leakage());
    } catch (PermanentTrainingException e) {
      return TrainingOutcome.failed(job.jobId(), e.getMessage(), metrics, stages.timings())
          .withLeakage(coin.lookAhead());
    }
  }

  /**
   * The job's purged walk-forward and leakage checks without the final fit, export or parity (the
   * evaluation report and the gate tests use it).
   *
   * @throws PermanentTrainingException too few rows, one class, a walk-forward that does not fit
   */
  public Assessment assess(TrainingJob job, CoinFeatures coin) {
    requireMatches(job, coin.bars());
    Map<String, Double> metrics = new LinkedHashMap<>();
    Labels labels = Labeler.label(coin.bars(), job.labelSpec());
    TrainingSet set = trainingSet(job, coin, labels, metrics);
    return assess(job, coin, labels, set, metrics);
  }

  private TrainingSet trainingSet(
      TrainingJob job, CoinFeatures coin, Labels labels, Map<String, Double> metrics) {
    TrainingSet set =
        TrainingSet.of(coin.features(), labels, row -> coin.regime(row) == job.regime());
    metrics.put("train_rows", (double) set.size());
    for (Label label : CLASSES) {
      metrics.put("train_" + label.name().toLowerCase(Locale.ROOT), (double) set.count(label));
    }
    int minRows = settings.minTrainRows(job.timeframe());
    if (set.size() < minRows) {
      throw new PermanentTrainingException(
          "too few rows: "
              + set.size()
              + " < "
              + minRows
              + " ("
              + job.regime()
              + " rows of "
              + job.timeframe().code()
              + " bars)");
    }
    return set;
  }

  private Assessment assess(
      TrainingJob job,
      CoinFeatures coin,
      Labels labels,
      TrainingSet set,
      Map<String, Double> metrics) {
    LabelSpans spans = spans(labels, set);
    List<Split> splits = splits(job, spans);
    List<LeakageFlag> flags = new ArrayList<>(coin.lookAhead());
    String model = "model " + job.trainer().family().code() + " " + job.regime();
    for (int w = 0; w < splits.size(); w++) {
      int overlapping = OverlapCheck.violations(splits.get(w), spans).size();
      if (overlapping > 0) {
        flags.add(
            new LeakageFlag(
                LeakageFlag.OVERLAP,
                model,
                "window " + w + ": " + overlapping + " training labels overlap the test labels"));
      }
    }
    WalkForwardRun run = walkForward(job, coin.bars(), set, splits);
    Map<String, Double> all = new LinkedHashMap<>(metrics);
    putWalkForward(all, run.report);
    for (int r = 0; r < leakage.permutationRuns(); r++) {
      long seed = leakage.seed() * 1_000_003L + job.trainer().seed() * 31L + r;
      WalkForwardReport permuted;
      try {
        permuted = walkForward(job, coin.bars(), set.withPermutedLabels(seed), splits).report;
      } catch (PermanentTrainingException e) {
        // A window left with one class cannot train: no model, no edge to flag.
        continue;
      }
      double psr = permuted.probabilisticSharpe();
      all.merge("perm_max_psr", Double.isNaN(psr) ? 0.0 : psr, Math::max);
      if (psr >= leakage.maxPermutationPsr()) {
        flags.add(
            new LeakageFlag(
                LeakageFlag.PERMUTATION,
                model,
                String.format(
                    Locale.ROOT,
                    "trained on permuted labels (seed %d) it reached an out-of-sample PSR of %.4f"
                        + " >= %.4f (annualised Sharpe %.2f after cost)",
                    seed,
                    psr,
                    leakage.maxPermutationPsr(),
                    permuted.pooledSharpeAnnualised())));
      }
    }
    all.put("leakage_flags", (double) flags.size());
    return new Assessment(set, run.report, all, flags, run.rows, run.positions, run.hits);
  }

  private static void requireMatches(TrainingJob job, BarSeries bars) {
    if (!bars.symbol().equals(job.symbol()) || bars.interval() != job.timeframe()) {
      throw new IllegalArgumentException(
          "job "
              + job.jobId()
              + " is for "
              + job.symbol()
              + " "
              + job.timeframe().code()
              + " but the bars are "
              + bars.symbol()
              + " "
              + bars.interval().code());
    }
  }

  private static LabelSpans spans(Labels labels, TrainingSet set) {
    int n = set.size();
    long[] starts = new long[n];
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      starts[i] = labels.labelStartMs(set.sourceRow(i));
      ends[i] = labels.labelEndMs(set.sourceRow(i));
    }
    return LabelSpans.of(starts, ends);
  }

  private static List<Split> splits(TrainingJob job, LabelSpans spans) {
    try {
      return job.walkForward().forSamples(spans.size()).splits(spans);
    } catch (IllegalArgumentException e) {
      throw new PermanentTrainingException("walk-forward impossible: " + e.getMessage(), e);
    }
  }

  /** The pooled walk-forward: its report and, per pooled row, bar index, position and hit. */
  private record WalkForwardRun(
      WalkForwardReport report, int[] rows, double[] positions, boolean[] hits) {}

  private WalkForwardRun walkForward(
      TrainingJob job, BarSeries bars, TrainingSet set, List<Split> splits) {
    int barsPerYear = (int) (365L * 24 * 3_600_000 / bars.interval().millis());
    // Round-trip cost over two units of turnover (entry and exit).
    double costPerTurnover = job.labelSpec().costBps() / 2.0;
    List<WindowMetrics> windows = new ArrayList<>(splits.size());
    boolean[] covered = new boolean[set.size()];
    int capacity = 0;
    for (Split split : splits) {
      capacity += split.testSize();
    }
    int[] pooledRows = new int[capacity];
    double[] pooledPositions = new double[capacity];
    boolean[] pooledHits = new boolean[capacity];
    int pooled = 0;
    for (int w = 0; w < splits.size(); w++) {
      Split split = splits.get(w);
      TrainedModel model = trainer.train(set.subset(split.train()), job.trainer());
      TrainingSet test = set.subset(split.test());
      double[][] rows = new double[test.size()][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = test.row(i);
      }
      double[][] scored = model.probabilities(rows);
      int[] slot = slots(model.labels());
      double[][] probabilities = new double[rows.length][CLASSES.length];
      int[] actual = new int[rows.length];
      double[] positions = new double[rows.length];
      double[] returns = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        for (int k = 0; k < slot.length; k++) {
          probabilities[i][slot[k]] = scored[i][k];
        }
        actual[i] = test.label(i).ordinal();
        int predicted = argmax(probabilities[i]);
        positions[i] = POSITION[predicted];
        // Held over the next bar: the engine re-decides at every close of its regime.
        int row = test.sourceRow(i);
        returns[i] = bars.get(row + 1).close() / bars.get(row).close() - 1.0;
        int sample = split.testSample(i);
        if (!covered[sample]) {
          covered[sample] = true;
          pooledRows[pooled] = row;
          pooledPositions[pooled] = positions[i];
          pooledHits[pooled] = predicted == actual[i];
          pooled++;
        }
      }
      windows.add(
          WindowMetrics.evaluate(
              w, split, actual, probabilities, positions, returns, costPerTurnover, barsPerYear));
    }
    WalkForwardReport report =
        WalkForwardReport.of(windows, TrialSet.single(), barsPerYear, MIN_TRL_CONFIDENCE);
    return new WalkForwardRun(
        report,
        java.util.Arrays.copyOf(pooledRows, pooled),
        java.util.Arrays.copyOf(pooledPositions, pooled),
        java.util.Arrays.copyOf(pooledHits, pooled));
  }

  private static void putWalkForward(Map<String, Double> metrics, WalkForwardReport report) {
    int samples = 0;
    for (WindowMetrics w : report.windows()) {
      samples += w.split().testSize();
    }
    metrics.put("wf_windows", (double) report.windows().size());
    metrics.put("wf_oos_samples", (double) report.pooledNetReturns().length);
    metrics.put("wf_test_samples", (double) samples);
    metrics.put("wf_sharpe_per_bar", report.pooledSharpePerBar());
    metrics.put("wf_sharpe_annualised", report.pooledSharpeAnnualised());
    metrics.put("wf_psr", report.probabilisticSharpe());
    metrics.put("wf_dsr", report.deflatedSharpe());
    double[] pooled = report.pooledNetReturns();
    metrics.put("wf_skewness", TradingMetrics.skewness(pooled));
    metrics.put("wf_kurtosis", TradingMetrics.kurtosis(pooled));
    metrics.put("wf_min_trl_bars", report.minTrackRecordBars());
    metrics.put("wf_hit_rate", report.meanHitRate());
    metrics.put("wf_log_loss", report.meanLogLoss());
    metrics.put("wf_auc", report.meanAuc());
    metrics.put("wf_max_drawdown", report.pooledMaxDrawdown());
    metrics.put("wf_net_return", report.pooledNetReturn());
    metrics.put("wf_positive_window_share", report.positiveWindowShare());
  }

  private ModelProvenance provenance(TrainingJob job, FeatureMatrix features, TrainingSet set) {
    return new ModelProvenance(
        features.spec().hash(),
        features.spec().version(),
        job.symbol(),
        job.timeframe().code(),
        job.regime().name(),
        "horizonBars="
            + job.labelSpec().horizonBars()
            + ";costBps="
            + job.labelSpec().costBps()
            + ";marginBps="
            + job.labelSpec().marginBps(),
        job.lakeSnapshotId(),
        job.jobId(),
        clock.instant(),
        set.size(),
        features.openTime(set.sourceRow(0)),
        features.openTime(set.sourceRow(set.size() - 1)));
  }

  private ParityReport parity(
      TrainedModel model, byte[] onnx, FeatureMatrix features, TrainingSet set) {
    float[][] rows = parityRows(features, set, settings.parityRows());
    try (OnnxScorer scorer = OnnxScorer.load(onnx, settings.parityDevice(), 1)) {
      return parity.verify(model, scorer, rows);
    } catch (DeviceUnavailableException e) {
      throw new TransientTrainingException(e.getMessage(), e);
    } catch (OnnxModelException e) {
      throw new PermanentTrainingException(
          "the ONNX export cannot be scored: " + e.getMessage(), e);
    }
  }

  /**
   * Complete rows held back from the final fit (other regimes, the unlabelled tail), evenly spaced,
   * topped up with evenly spaced training rows when there are fewer than {@code count}.
   */
  static float[][] parityRows(FeatureMatrix features, TrainingSet set, int count) {
    boolean[] trained = new boolean[features.rows()];
    for (int i = 0; i < set.size(); i++) {
      trained[set.sourceRow(i)] = true;
    }
    List<Integer> heldBack = new ArrayList<>();
    for (int r = features.firstCompleteRow(); r < features.rows(); r++) {
      if (!trained[r] && features.isComplete(r)) {
        heldBack.add(r);
      }
    }
    List<Integer> picked = evenlySpaced(heldBack, count);
    if (picked.size() < count) {
      List<Integer> training = new ArrayList<>(set.size());
      for (int i = 0; i < set.size(); i++) {
        training.add(set.sourceRow(i));
      }
      picked.addAll(evenlySpaced(training, count - picked.size()));
    }
    float[][] rows = new float[picked.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = features.rowAsFloats(picked.get(i));
    }
    return rows;
  }

  private static List<Integer> evenlySpaced(List<Integer> from, int count) {
    List<Integer> out = new ArrayList<>(Math.min(count, from.size()));
    if (from.size() <= count) {
      out.addAll(from);
      return out;
    }
    for (int i = 0; i < count; i++) {
      out.add(from.get((int) ((long) i * from.size() / count)));
    }
    return out;
  }

  /** For each model output column, its slot in {@link #CLASSES}. */
  private static int[] slots(List<String> labels) {
    int[] slot = new int[labels.size()];
    for (int k = 0; k < slot.length; k++) {
      slot[k] = Label.valueOf(labels.get(k)).ordinal();
    }
    return slot;
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every JVM", e);
    }
  }

  private static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  /** Mutable stage clock of one run. */
  private static final class Stages {
    final double load;
    double features;
    double validate;
    double train;
    double export;
    double parity;

    Stages(double load) {
      this.load = load;
    }

    StageTimings timings() {
      return new StageTimings(load, features, validate, train, export, parity);
    }
  }
}
