package dev.coinengine.core.validation;

import java.util.Arrays;
import java.util.List;

/**
 * Per-window metrics and their aggregate. The pooled series joins the windows' net returns in
 * window order; a test sample already covered by an earlier window is skipped so overlapping
 * windows do not count a bar twice. PSR, DSR and MinTRL are computed on the pooled series against a
 * zero benchmark; MinTRL is in bars.
 */
public record WalkForwardReport(
    List<WindowMetrics> windows,
    double[] pooledNetReturns,
    double pooledSharpePerBar,
    double pooledSharpeAnnualised,
    double pooledMaxDrawdown,
    double pooledNetReturn,
    double meanHitRate,
    double meanLogLoss,
    double meanAuc,
    double meanWindowSharpeAnnualised,
    double positiveWindowShare,
    double probabilisticSharpe,
    double deflatedSharpe,
    double minTrackRecordBars,
    TrialSet trials) {

  public WalkForwardReport {
    if (windows == null || windows.isEmpty()) {
      throw new IllegalArgumentException("windows must not be empty");
    }
    if (pooledNetReturns == null || pooledNetReturns.length == 0) {
      throw new IllegalArgumentException("pooledNetReturns must not be empty");
    }
    if (trials == null) {
      throw new IllegalArgumentException("trials must not be null");
    }
    windows = List.copyOf(windows);
    pooledNetReturns = pooledNetReturns.clone();
  }

  /**
   * Aggregates the windows. {@code trials} counts every model and configuration tried for this
   * decision (the same day, the same coin) so the DSR deflates for the selection; {@code
   * confidence} is the level MinTRL is computed for (0.95 is usual).
   */
  public static WalkForwardReport of(
      List<WindowMetrics> windows, TrialSet trials, int barsPerYear, double confidence) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("windows must not be empty");
    }
    if (barsPerYear < 1) {
      throw new IllegalArgumentException("barsPerYear must be >= 1, was " + barsPerYear);
    }
    int capacity = 0;
    int lastSample = -1;
    for (WindowMetrics w : windows) {
      capacity += w.trading().bars();
      Split split = w.split();
      lastSample = Math.max(lastSample, split.testSample(split.testSize() - 1));
    }
    boolean[] covered = new boolean[lastSample + 1];
    double[] pooled = new double[capacity];
    int size = 0;
    double hitRate = 0;
    double logLoss = 0;
    double aucSum = 0;
    int aucCount = 0;
    double sharpeSum = 0;
    int sharpeCount = 0;
    int positive = 0;
    for (WindowMetrics w : windows) {
      Split split = w.split();
      for (int j = 0; j < split.testSize(); j++) {
        int sample = split.testSample(j);
        if (!covered[sample]) {
          covered[sample] = true;
          pooled[size++] = w.trading().netReturn(j);
        }
      }
      hitRate += w.classification().hitRate();
      logLoss += w.classification().logLoss();
      if (!Double.isNaN(w.classification().auc())) {
        aucSum += w.classification().auc();
        aucCount++;
      }
      double sharpe = w.trading().sharpeAnnualised();
      if (!Double.isNaN(sharpe)) {
        sharpeSum += sharpe;
        sharpeCount++;
      }
      if (w.trading().netReturn() > 0) {
        positive++;
      }
    }
    pooled = Arrays.copyOf(pooled, size);
    double sharpe = TradingMetrics.sharpePerBar(pooled);
    double skewness = TradingMetrics.skewness(pooled);
    double kurtosis = TradingMetrics.kurtosis(pooled);
    boolean testable = size >= 4 && SharpeStatistics.isDefined(sharpe, skewness, kurtosis);
    return new WalkForwardReport(
        windows,
        pooled,
        sharpe,
        sharpe * Math.sqrt(barsPerYear),
        TradingMetrics.maxDrawdown(pooled),
        TradingMetrics.compounded(pooled),
        hitRate / windows.size(),
        logLoss / windows.size(),
        aucCount == 0 ? Double.NaN : aucSum / aucCount,
        sharpeCount == 0 ? Double.NaN : sharpeSum / sharpeCount,
        (double) positive / windows.size(),
        testable ? SharpeStatistics.probabilistic(sharpe, 0, size, skewness, kurtosis) : Double.NaN,
        testable ? SharpeStatistics.deflated(sharpe, size, skewness, kurtosis, trials) : Double.NaN,
        testable
            ? SharpeStatistics.minTrackRecordLength(sharpe, 0, skewness, kurtosis, confidence)
            : Double.NaN,
        trials);
  }

  @Override
  public double[] pooledNetReturns() {
    return pooledNetReturns.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WalkForwardReport other
        && windows.equals(other.windows)
        && Arrays.equals(pooledNetReturns, other.pooledNetReturns)
        && trials.equals(other.trials);
  }

  @Override
  public int hashCode() {
    return 31 * windows.hashCode() + Arrays.hashCode(pooledNetReturns);
  }
}
