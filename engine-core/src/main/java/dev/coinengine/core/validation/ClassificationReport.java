package dev.coinengine.core.validation;

/**
 * Out-of-sample classification quality. {@code auc} is the macro average of the one-vs-rest ROC
 * AUCs over the classes that have both positive and negative samples, NaN when no class has.
 */
public record ClassificationReport(int samples, double hitRate, double logLoss, double auc) {

  public ClassificationReport {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, was " + samples);
    }
    if (!(hitRate >= 0 && hitRate <= 1)) {
      throw new IllegalArgumentException("hitRate must be in [0, 1], was " + hitRate);
    }
    if (!(logLoss >= 0)) {
      throw new IllegalArgumentException("logLoss must be >= 0, was " + logLoss);
    }
    if (!Double.isNaN(auc) && !(auc >= 0 && auc <= 1)) {
      throw new IllegalArgumentException("auc must be in [0, 1] or NaN, was " + auc);
    }
  }
}
