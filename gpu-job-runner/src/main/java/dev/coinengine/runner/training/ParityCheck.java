package dev.coinengine.runner.training;

import dev.coinengine.store.onnx.ModelMetadataKeys;
import dev.coinengine.store.onnx.OnnxScorer;

/**
 * Scores the same rows with the trained model and with its ONNX export in ONNX Runtime; the export
 * is only kept when every probability agrees within the tolerance (1e-5 by default: fp32 export of
 * fp64 models differs by about 1e-7).
 */
public final class ParityCheck {
  public static final double DEFAULT_TOLERANCE = 1e-5;

  private final double tolerance;

  public ParityCheck(double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(
          "tolerance must be a finite number >= 0, was " + tolerance);
    }
    this.tolerance = tolerance;
  }

  public ParityCheck() {
    this(DEFAULT_TOLERANCE);
  }

  public double tolerance() {
    return tolerance;
  }

  /** Compares without judging. Rows are raw features in the model's feature order. */
  public ParityReport compare(TrainedModel model, OnnxScorer scorer, float[][] rows) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("parity needs at least one row");
    }
    if (!scorer.labels().equals(model.labels())) {
      throw new PermanentTrainingException(
          "ONNX label order " + scorer.labels() + " differs from the model's " + model.labels());
    }
    String names = scorer.metadata().get(ModelMetadataKeys.FEATURE_NAMES);
    if (names != null && !names.equals(String.join(",", model.featureNames()))) {
      throw new PermanentTrainingException(
          "ONNX feature order " + names + " differs from the model's " + model.featureNames());
    }
    double[][] widened = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      widened[r] = new double[rows[r].length];
      for (int c = 0; c < rows[r].length; c++) {
        widened[r][c] = rows[r][c];
      }
    }
    double[][] expected = model.probabilities(widened);
    float[][] actual = scorer.scoreBatch(rows);
    double max = 0;
    int disagreements = 0;
    for (int r = 0; r < rows.length; r++) {
      for (int k = 0; k < expected[r].length; k++) {
        double diff = Math.abs(expected[r][k] - actual[r][k]);
        // NaN from either side must fail, not vanish in Math.max.
        max = Double.isNaN(diff) ? Double.POSITIVE_INFINITY : Math.max(max, diff);
      }
      if (argmax(expected[r]) != argmax(actual[r])) {
        disagreements++;
      }
    }
    return new ParityReport(rows.length, max, disagreements, tolerance, scorer.provider());
  }

  /** Compares and throws {@link PermanentTrainingException} with the observed figure on failure. */
  public ParityReport verify(TrainedModel model, OnnxScorer scorer, float[][] rows) {
    ParityReport report = compare(model, scorer, rows);
    if (!report.passed()) {
      throw new PermanentTrainingException(
          String.format(
              java.util.Locale.ROOT,
              "ONNX parity failed: max |p_tribuo - p_onnx| = %.3e > %.1e over %d rows"
                  + " (%d argmax disagreements)",
              report.maxAbsDifference(),
              tolerance,
              report.rows(),
              report.argmaxDisagreements()));
    }
    return report;
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

  private static int argmax(float[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
