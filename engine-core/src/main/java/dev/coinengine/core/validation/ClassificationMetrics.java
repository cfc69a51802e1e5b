package dev.coinengine.core.validation;

import java.util.Arrays;

/**
 * Hit rate, multiclass log loss and one-vs-rest ROC AUC. Classes are {@code 0..C-1}, where C is the
 * width of a probability row; the predicted class is the most probable one (lowest index on ties).
 */
public final class ClassificationMetrics {

  /** Probabilities are clipped to [EPSILON, 1 - EPSILON] so one confident miss stays finite. */
  public static final double EPSILON = 1e-15;

  private ClassificationMetrics() {}

  public static ClassificationReport of(int[] actual, double[][] probabilities) {
    requireShape(actual, probabilities);
    int[] predicted = new int[actual.length];
    for (int i = 0; i < actual.length; i++) {
      predicted[i] = argmax(probabilities[i]);
    }
    return new ClassificationReport(
        actual.length,
        hitRate(actual, predicted),
        meanLogLoss(actual, probabilities),
        macroAuc(actual, probabilities));
  }

  /** Share of samples whose predicted class equals the actual class. */
  public static double hitRate(int[] actual, int[] predicted) {
    if (actual.length == 0 || actual.length != predicted.length) {
      throw new IllegalArgumentException(
          "need equally many actual and predicted classes, got "
              + actual.length
              + " and "
              + predicted.length);
    }
    int hits = 0;
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] == predicted[i]) {
        hits++;
      }
    }
    return (double) hits / actual.length;
  }

  /** Mean of {@code -ln p(actual class)}, with the probability clipped to [ε, 1 − ε]. */
  public static double logLoss(int[] actual, double[][] probabilities) {
    requireShape(actual, probabilities);
    return meanLogLoss(actual, probabilities);
  }

  private static double meanLogLoss(int[] actual, double[][] probabilities) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i][actual[i]]));
      sum -= Math.log(p);
    }
    return sum / actual.length;
  }

  /**
   * ROC AUC as the Mann–Whitney statistic U / (n+ · n−): the share of (positive, negative) pairs in
   * which the positive scores higher, a tied pair counting one half (equivalently (R+ − n+(n+ +
   * 1)/2) / (n+ · n−) with average ranks for ties). NaN when either class is absent.
   */
  public static double rocAuc(boolean[] positive, double[] scores) {
    if (positive.length != scores.length) {
      throw new IllegalArgumentException(
          positive.length + " labels but " + scores.length + " scores");
    }
    int positives = 0;
    for (boolean p : positive) {
      if (p) {
        positives++;
      }
    }
    int negatives = positive.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double[] pos = new double[positives];
    double[] neg = new double[negatives];
    for (int i = 0, a = 0, b = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score at " + i + " is NaN");
      }
      if (positive[i]) {
        pos[a++] = scores[i];
      } else {
        neg[b++] = scores[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    // For each positive (ascending): negatives strictly below count 1, equal ones 1/2.
    double u = 0;
    int below = 0;
    for (int i = 0; i < positives; i++) {
      while (below < negatives && neg[below] < pos[i]) {
        below++;
      }
      int tied = below;
      while (tied < negatives && neg[tied] == pos[i]) {
        tied++;
      }
      u += below + 0.5 * (tied - below);
    }
    return u / ((double) positives * negatives);
  }

  /** Unweighted mean of the one-vs-rest AUCs of the classes that have a defined AUC. */
  public static double macroAucOneVsRest(int[] actual, double[][] probabilities) {
    requireShape(actual, probabilities);
    return macroAuc(actual, probabilities);
  }

  private static double macroAuc(int[] actual, double[][] probabilities) {
    int classes = probabilities[0].length;
    boolean[] positive = new boolean[actual.length];
    double[] scores = new double[actual.length];
    double sum = 0;
    int defined = 0;
    for (int c = 0; c < classes; c++) {
      for (int i = 0; i < actual.length; i++) {
        positive[i] = actual[i] == c;
        scores[i] = probabilities[i][c];
      }
      double auc = rocAuc(positive, scores);
      if (!Double.isNaN(auc)) {
        sum += auc;
        defined++;
      }
    }
    return defined == 0 ? Double.NaN : sum / defined;
  }

  private static int argmax(double[] row) {
    int best = 0;
    for (int c = 1; c < row.length; c++) {
      if (row[c] > row[best]) {
        best = c;
      }
    }
    return best;
  }

  private static void requireShape(int[] actual, double[][] probabilities) {
    if (actual.length == 0 || actual.length != probabilities.length) {
      throw new IllegalArgumentException(
          "need one probability row per sample, got "
              + actual.length
              + " samples and "
              + probabilities.length
              + " rows");
    }
    int classes = probabilities[0].length;
    if (classes < 2) {
      throw new IllegalArgumentException("need at least 2 classes, got " + classes);
    }
    for (int i = 0; i < actual.length; i++) {
      if (probabilities[i].length != classes) {
        throw new IllegalArgumentException(
            "row " + i + " has " + probabilities[i].length + " classes, expected " + classes);
      }
      if (actual[i] < 0 || actual[i] >= classes) {
        throw new IllegalArgumentException(
            "actual class " + actual[i] + " at sample " + i + " is outside [0, " + classes + ")");
      }
      for (double p : probabilities[i]) {
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException("probability " + p + " at sample " + i);
        }
      }
    }
  }
}
