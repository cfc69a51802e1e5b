package dev.coinengine.core.features;

import java.util.List;
import java.util.Objects;

/**
 * Feature values of one coin, one row per bar of the coin's series, stored column-major. A row is
 * the feature vector known at the close of that bar. Warm-up rows and rows whose market context bar
 * is missing hold {@link Double#NaN}.
 */
public final class FeatureMatrix {
  private final FeatureSpec spec;
  private final String symbol;
  private final List<String> names;
  private final long[] openTimes;
  private final double[][] columns;
  private final int firstCompleteRow;

  /**
   * @param columns one array per feature of {@code spec}, each as long as {@code openTimes}; not
   *     copied, so the caller must hand over ownership
   */
  public FeatureMatrix(FeatureSpec spec, String symbol, long[] openTimes, double[][] columns) {
    this(spec, spec.names(), symbol, openTimes, columns);
  }

  /** For calculators whose columns differ from {@code spec.names()} (audits, experiments). */
  public FeatureMatrix(
      FeatureSpec spec, List<String> names, String symbol, long[] openTimes, double[][] columns) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.names = List.copyOf(names);
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    this.openTimes = Objects.requireNonNull(openTimes, "openTimes");
    if (columns.length != this.names.size()) {
      throw new IllegalArgumentException(
          "expected " + this.names.size() + " columns " + this.names + ", got " + columns.length);
    }
    for (int c = 0; c < columns.length; c++) {
      if (columns[c].length != openTimes.length) {
        throw new IllegalArgumentException(
            "column "
                + this.names.get(c)
                + " has "
                + columns[c].length
                + " rows, expected "
                + openTimes.length);
      }
    }
    this.columns = columns;
    int first = openTimes.length;
    for (int r = 0; r < openTimes.length; r++) {
      if (isComplete(r)) {
        first = r;
        break;
      }
    }
    this.firstCompleteRow = first;
  }

  public FeatureSpec spec() {
    return spec;
  }

  public String symbol() {
    return symbol;
  }

  public List<String> names() {
    return names;
  }

  public int rows() {
    return openTimes.length;
  }

  public int columns() {
    return columns.length;
  }

  public long openTime(int row) {
    return openTimes[row];
  }

  public double value(int row, int column) {
    return columns[column][row];
  }

  /** A copy of one column. */
  public double[] column(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no feature named '" + name + "' in " + names);
    }
    return columns[index].clone();
  }

  /** The feature vector of one row, in column order. */
  public double[] row(int row) {
    double[] out = new double[columns.length];
    for (int c = 0; c < columns.length; c++) {
      out[c] = columns[c][row];
    }
    return out;
  }

  /** The feature vector of one row narrowed to float, as ONNX models take it. */
  public float[] rowAsFloats(int row) {
    float[] out = new float[columns.length];
    for (int c = 0; c < columns.length; c++) {
      out[c] = (float) columns[c][row];
    }
    return out;
  }

  /** Whether every feature of the row is a finite number. */
  public boolean isComplete(int row) {
    for (double[] column : columns) {
      if (!Double.isFinite(column[row])) {
        return false;
      }
    }
    return true;
  }

  /** The first complete row, or {@link #rows()} when there is none. */
  public int firstCompleteRow() {
    return firstCompleteRow;
  }
}
