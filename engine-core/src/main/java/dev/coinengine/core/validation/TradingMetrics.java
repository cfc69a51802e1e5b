package dev.coinengine.core.validation;

import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/**
 * Trading result of per-bar target positions. Position {@code p[t]} in [-1, 1] (fraction of
 * capital, negative = short) is held over bar {@code t} and earns {@code p[t] · r[t]}; changing it
 * costs {@code costBps / 10⁴ · |p[t] − p[t−1]|}, charged on bar {@code t}. The stretch starts flat
 * and is closed after its last bar, so both the opening and the closing trade are paid.
 */
public final class TradingMetrics {

  private TradingMetrics() {}

  public static TradingResult of(
      double[] positions, double[] barReturns, double costBpsPerUnitTurnover, int barsPerYear) {
    if (positions.length == 0 || positions.length != barReturns.length) {
      throw new IllegalArgumentException(
          "need one position per bar return, got "
              + positions.length
              + " positions and "
              + barReturns.length
              + " returns");
    }
    if (!(costBpsPerUnitTurnover >= 0) || Double.isInfinite(costBpsPerUnitTurnover)) {
      throw new IllegalArgumentException(
          "cost must be a finite number of bps >= 0, was " + costBpsPerUnitTurnover);
    }
    if (barsPerYear < 1) {
      throw new IllegalArgumentException("barsPerYear must be >= 1, was " + barsPerYear);
    }
    double cost = costBpsPerUnitTurnover / 10_000.0;
    int n = positions.length;
    double[] net = new double[n];
    double previous = 0;
    double turnover = 0;
    int trades = 0;
    for (int t = 0; t < n; t++) {
      double p = positions[t];
      double r = barReturns[t];
      if (!(p >= -1 && p <= 1)) {
        throw new IllegalArgumentException("position must be in [-1, 1], was " + p + " at " + t);
      }
      if (!(r > -1) || Double.isInfinite(r)) {
        throw new IllegalArgumentException("bar return must be finite and > -1, was " + r);
      }
      double change = Math.abs(p - previous);
      if (change > 0) {
        trades++;
        turnover += change;
      }
      net[t] = p * r - cost * change;
      previous = p;
    }
    if (previous != 0) {
      trades++;
      turnover += Math.abs(previous);
      net[n - 1] -= cost * Math.abs(previous);
    }
    double sharpe = sharpePerBar(net);
    return new TradingResult(
        net,
        sharpe,
        sharpe * Math.sqrt(barsPerYear),
        maxDrawdown(net),
        turnover,
        trades,
        compounded(net),
        skewness(net),
        kurtosis(net));
  }

  /** Bias-corrected sample skewness; NaN below 3 values. */
  public static double skewness(double[] values) {
    return values.length >= 3 ? new Skewness().evaluate(values) : Double.NaN;
  }

  /** Bias-corrected sample kurtosis, non-excess; NaN below 4 values. */
  public static double kurtosis(double[] values) {
    if (values.length < 4) {
      return Double.NaN;
    }
    // The storeless form: Kurtosis.evaluate(double[]) allocates hundreds of bytes per value.
    Kurtosis kurtosis = new Kurtosis();
    for (double v : values) {
      kurtosis.increment(v);
    }
    return kurtosis.getResult() + 3.0;
  }

  /** Mean over sample standard deviation (n − 1); NaN below two bars or for constant returns. */
  public static double sharpePerBar(double[] returns) {
    int n = returns.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double r : returns) {
      mean += r;
    }
    mean /= n;
    double squares = 0;
    for (double r : returns) {
      squares += (r - mean) * (r - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    return sd > 0 ? mean / sd : Double.NaN;
  }

  /** Largest fall of compounded equity from its running peak (starting at 1), as a fraction. */
  public static double maxDrawdown(double[] returns) {
    double equity = 1;
    double peak = 1;
    double worst = 0;
    for (double r : returns) {
      equity *= 1 + r;
      if (equity <= 0) {
        return 1;
      }
      peak = Math.max(peak, equity);
      worst = Math.max(worst, 1 - equity / peak);
    }
    return worst;
  }

  public static double compounded(double[] returns) {
    double equity = 1;
    for (double r : returns) {
      equity *= 1 + r;
    }
    return equity - 1;
  }
}
