package dev.coinengine.core.validation;

/**
 * Out-of-sample metrics of one validation window. The trading result has one net return per test
 * sample of the split, in the split's test order.
 */
public record WindowMetrics(
    int window, Split split, ClassificationReport classification, TradingResult trading) {

  public WindowMetrics {
    if (window < 0) {
      throw new IllegalArgumentException("window must be >= 0, was " + window);
    }
    if (split == null || classification == null || trading == null) {
      throw new IllegalArgumentException("split, classification and trading must not be null");
    }
    if (trading.bars() != split.testSize() || classification.samples() != split.testSize()) {
      throw new IllegalArgumentException(
          "window "
              + window
              + " tests "
              + split.testSize()
              + " samples but has "
              + classification.samples()
              + " classified and "
              + trading.bars()
              + " traded");
    }
  }

  /**
   * Scores one window. All arrays are over the split's test samples in test order: the actual
   * classes, the model's class probabilities, the positions derived from them and the bar returns
   * the positions earn.
   */
  public static WindowMetrics evaluate(
      int window,
      Split split,
      int[] actualClasses,
      double[][] probabilities,
      double[] positions,
      double[] barReturns,
      double costBpsPerUnitTurnover,
      int barsPerYear) {
    return new WindowMetrics(
        window,
        split,
        ClassificationMetrics.of(actualClasses, probabilities),
        TradingMetrics.of(positions, barReturns, costBpsPerUnitTurnover, barsPerYear));
  }
}
