package dev.coinengine.runner.pipeline;

import dev.coinengine.core.validation.WalkForwardReport;
import dev.coinengine.runner.training.TrainingSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The purged walk-forward of one job and its leakage checks, before any final fit: what the gate
 * and the evaluation report read. The out-of-sample arrays are pooled like the report (window
 * order, each test row once) and index the coin's bars through {@link #oosRows()}.
 */
public final class Assessment {
  private final TrainingSet set;
  private final WalkForwardReport report;
  private final Map<String, Double> metrics;
  private final List<LeakageFlag> leakage;
  private final int[] oosRows;
  private final double[] oosPositions;
  private final boolean[] oosHits;

  Assessment(
      TrainingSet set,
      WalkForwardReport report,
      Map<String, Double> metrics,
      List<LeakageFlag> leakage,
      int[] oosRows,
      double[] oosPositions,
      boolean[] oosHits) {
    this.set = set;
    this.report = report;
    this.metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    this.leakage = List.copyOf(leakage);
    this.oosRows = oosRows;
    this.oosPositions = oosPositions;
    this.oosHits = oosHits;
  }

  /** The job's training rows (its regime, complete and labelled). */
  public TrainingSet set() {
    return set;
  }

  public WalkForwardReport report() {
    return report;
  }

  /** Row counts, walk-forward and permutation metrics (keys in docs/training.md). */
  public Map<String, Double> metrics() {
    return metrics;
  }

  public List<LeakageFlag> leakage() {
    return leakage;
  }

  /** Bar index (in the coin's series) of each pooled out-of-sample decision. */
  public int[] oosRows() {
    return oosRows.clone();
  }

  /** Position (+1 long, 0 flat, −1 short) taken at each pooled out-of-sample bar. */
  public double[] oosPositions() {
    return oosPositions.clone();
  }

  /** Whether the predicted class was the label, per pooled out-of-sample bar. */
  public boolean[] oosHits() {
    return oosHits.clone();
  }
}
