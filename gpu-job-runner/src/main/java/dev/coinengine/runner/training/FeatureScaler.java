package dev.coinengine.runner.training;

/**
 * Standardisation {@code z = (x - mean) / scale} fitted on training rows (population standard
 * deviation; 1 for a constant column). The exported ONNX graph applies the same step in float.
 */
final class FeatureScaler {
  private final double[] mean;
  private final double[] scale;

  private FeatureScaler(double[] mean, double[] scale) {
    this.mean = mean;
    this.scale = scale;
  }

  static FeatureScaler fit(TrainingSet set) {
    int columns = set.featureNames().size();
    int n = set.size();
    double[] mean = new double[columns];
    double[] scale = new double[columns];
    for (int i = 0; i < n; i++) {
      double[] row = set.rowView(i);
      for (int c = 0; c < columns; c++) {
        mean[c] += row[c];
      }
    }
    for (int c = 0; c < columns; c++) {
      mean[c] /= n;
    }
    for (int i = 0; i < n; i++) {
      double[] row = set.rowView(i);
      for (int c = 0; c < columns; c++) {
        double d = row[c] - mean[c];
        scale[c] += d * d;
      }
    }
    for (int c = 0; c < columns; c++) {
      double sd = Math.sqrt(scale[c] / n);
      scale[c] = sd > 1e-12 && Double.isFinite(sd) ? sd : 1.0;
    }
    return new FeatureScaler(mean, scale);
  }

  double[] apply(double[] row) {
    double[] out = new double[row.length];
    for (int c = 0; c < row.length; c++) {
      out[c] = (row[c] - mean[c]) / scale[c];
    }
    return out;
  }

  double mean(int column) {
    return mean[column];
  }

  double scale(int column) {
    return scale[column];
  }
}
