package dev.coinengine.runner.training;

import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.labels.Label;
import dev.coinengine.core.labels.Labels;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Labelled feature rows in time order, feature columns in the feature spec's order. Rows are
 * shared, not copied, between a set and its subsets; nothing mutates them.
 */
public final class TrainingSet {
  private final String symbol;
  private final List<String> featureNames;
  private final double[][] rows;
  private final Label[] labels;
  private final int[] sourceRows;

  private TrainingSet(
      String symbol, List<String> featureNames, double[][] rows, Label[] labels, int[] sourceRows) {
    this.symbol = symbol;
    this.featureNames = featureNames;
    this.rows = rows;
    this.labels = labels;
    this.sourceRows = sourceRows;
  }

  /**
   * The rows of {@code features} that are complete, labelled and accepted by {@code include} (a
   * predicate on the row index, e.g. the regime filter).
   */
  public static TrainingSet of(FeatureMatrix features, Labels labels, IntPredicate include) {
    if (features.rows() != labels.rows()) {
      throw new IllegalArgumentException(
          "features have "
              + features.rows()
              + " rows but labels have "
              + labels.rows()
              + " ("
              + features.symbol()
              + ")");
    }
    if (!features.names().equals(features.spec().names())) {
      throw new IllegalArgumentException(
          "feature columns " + features.names() + " differ from the spec's " + features.spec());
    }
    int[] picked = new int[features.rows()];
    int count = 0;
    for (int r = features.firstCompleteRow(); r < features.rows(); r++) {
      if (labels.isLabelled(r) && features.isComplete(r) && include.test(r)) {
        picked[count++] = r;
      }
    }
    double[][] rows = new double[count][];
    Label[] classes = new Label[count];
    for (int i = 0; i < count; i++) {
      rows[i] = features.row(picked[i]);
      classes[i] = labels.label(picked[i]);
    }
    return new TrainingSet(
        features.symbol(), features.names(), rows, classes, Arrays.copyOf(picked, count));
  }

  /** A set from explicit rows (tests, other sources); arrays are copied. */
  public static TrainingSet of(
      String symbol, List<String> featureNames, double[][] rows, Label[] labels) {
    if (rows.length != labels.length) {
      throw new IllegalArgumentException(
          rows.length + " rows but " + labels.length + " labels for " + symbol);
    }
    double[][] copy = new double[rows.length][];
    int[] source = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != featureNames.size()) {
        throw new IllegalArgumentException(
            "row "
                + i
                + " has "
                + rows[i].length
                + " values for "
                + featureNames.size()
                + " names");
      }
      if (labels[i] == null) {
        throw new IllegalArgumentException("row " + i + " has no label");
      }
      copy[i] = rows[i].clone();
      source[i] = i;
    }
    return new TrainingSet(symbol, List.copyOf(featureNames), copy, labels.clone(), source);
  }

  /** The rows at the given positions of this set (strictly increasing). */
  public TrainingSet subset(int[] positions) {
    double[][] r = new double[positions.length][];
    Label[] l = new Label[positions.length];
    int[] s = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      int p = positions[i];
      if (i > 0 && p <= positions[i - 1]) {
        throw new IllegalArgumentException("positions must be strictly increasing at " + i);
      }
      r[i] = rows[p];
      l[i] = labels[p];
      s[i] = sourceRows[p];
    }
    return new TrainingSet(symbol, featureNames, r, l, s);
  }

  /**
   * The same rows with the labels shuffled (Fisher–Yates, seeded): features and times stay, any
   * link between them and the labels is gone. Used by the label-permutation leakage check.
   */
  public TrainingSet withPermutedLabels(long seed) {
    Label[] shuffled = labels.clone();
    java.util.Random random = new java.util.Random(seed);
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Label swap = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = swap;
    }
    return new TrainingSet(symbol, featureNames, rows, shuffled, sourceRows);
  }

  public String symbol() {
    return symbol;
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public int size() {
    return rows.length;
  }

  /** The feature values of one row, in {@link #featureNames()} order. Not a copy: do not modify. */
  double[] rowView(int position) {
    return rows[position];
  }

  /** A copy of one row. */
  public double[] row(int position) {
    return rows[position].clone();
  }

  public Label label(int position) {
    return labels[position];
  }

  /** Index of the row in the source feature matrix (or series). */
  public int sourceRow(int position) {
    return sourceRows[position];
  }

  public int count(Label label) {
    int n = 0;
    for (Label l : labels) {
      if (l == label) {
        n++;
      }
    }
    return n;
  }
}
