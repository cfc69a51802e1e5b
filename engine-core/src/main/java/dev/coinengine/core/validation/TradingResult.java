package dev.coinengine.core.validation;

import java.util.Arrays;

/**
 * The trading result of a model's positions over one out-of-sample stretch, after costs.
 *
 * @param netReturns per-bar simple returns after costs (copied on the way in and out)
 * @param sharpePerBar mean / sample standard deviation of the net returns, not annualised; NaN when
 *     the returns do not vary
 * @param sharpeAnnualised {@code sharpePerBar · √barsPerYear}
 * @param maxDrawdown largest peak-to-trough loss of the compounded equity, in [0, 1]
 * @param turnover sum of |position change|, including the opening and the final closing trade
 * @param tradeCount number of position changes, including the final close
 * @param netReturn compounded return over the stretch
 * @param skewness bias-corrected sample skewness of the net returns (NaN below 3 bars)
 * @param kurtosis bias-corrected sample kurtosis, non-excess (3 for normal; NaN below 4 bars)
 */
public record TradingResult(
    double[] netReturns,
    double sharpePerBar,
    double sharpeAnnualised,
    double maxDrawdown,
    double turnover,
    int tradeCount,
    double netReturn,
    double skewness,
    double kurtosis) {

  public TradingResult {
    if (netReturns == null || netReturns.length == 0) {
      throw new IllegalArgumentException("netReturns must not be empty");
    }
    if (!(maxDrawdown >= 0 && maxDrawdown <= 1)) {
      throw new IllegalArgumentException("maxDrawdown must be in [0, 1], was " + maxDrawdown);
    }
    if (!(turnover >= 0)) {
      throw new IllegalArgumentException("turnover must be >= 0, was " + turnover);
    }
    if (tradeCount < 0) {
      throw new IllegalArgumentException("tradeCount must be >= 0, was " + tradeCount);
    }
    netReturns = netReturns.clone();
  }

  @Override
  public double[] netReturns() {
    return netReturns.clone();
  }

  public int bars() {
    return netReturns.length;
  }

  double netReturn(int bar) {
    return netReturns[bar];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TradingResult other
        && Arrays.equals(netReturns, other.netReturns)
        && Double.compare(sharpePerBar, other.sharpePerBar) == 0
        && Double.compare(sharpeAnnualised, other.sharpeAnnualised) == 0
        && Double.compare(maxDrawdown, other.maxDrawdown) == 0
        && Double.compare(turnover, other.turnover) == 0
        && tradeCount == other.tradeCount
        && Double.compare(netReturn, other.netReturn) == 0
        && Double.compare(skewness, other.skewness) == 0
        && Double.compare(kurtosis, other.kurtosis) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(netReturns);
  }

  @Override
  public String toString() {
    return "TradingResult[bars="
        + netReturns.length
        + ", sharpeAnnualised="
        + sharpeAnnualised
        + ", maxDrawdown="
        + maxDrawdown
        + ", turnover="
        + turnover
        + ", tradeCount="
        + tradeCount
        + ", netReturn="
        + netReturn
        + "]";
  }
}
