package dev.coinengine.runner.evaluate;

import dev.coinengine.core.validation.SharpeStatistics;
import dev.coinengine.core.validation.TradingMetrics;
import dev.coinengine.core.validation.TrialSet;

/**
 * Out-of-sample result of one strategy after costs. Undefined figures are NaN (e.g. the Sharpe
 * ratio of a series that never varies, such as always flat).
 *
 * @param sharpe annualised Sharpe ratio of the net returns
 * @param psr probabilistic Sharpe ratio against 0
 * @param dsr deflated Sharpe ratio (trials in docs/validation.md)
 * @param netReturn compounded net return
 * @param maxDrawdown largest fall of compounded equity from its peak
 * @param trades position changes, including each stretch's final close
 * @param coins coin entries behind the figure
 * @param bars out-of-sample bars (summed over coins)
 */
public record Performance(
    double sharpe,
    double psr,
    double dsr,
    double netReturn,
    double maxDrawdown,
    long trades,
    int coins,
    long bars) {

  /** The figures of a net return series; {@code trials} deflates the DSR. */
  static Performance of(
      double[] net, long trades, int coins, long bars, long trials, int barsPerYear) {
    double sr = TradingMetrics.sharpePerBar(net);
    double skew = TradingMetrics.skewness(net);
    double kurt = TradingMetrics.kurtosis(net);
    double psr = Double.NaN;
    double dsr = Double.NaN;
    if (net.length >= 4 && Double.isFinite(sr) && Double.isFinite(skew) && Double.isFinite(kurt)) {
      psr = SharpeStatistics.probabilistic(sr, 0, net.length, skew, kurt);
      dsr =
          SharpeStatistics.deflated(
              sr, net.length, skew, kurt, new TrialSet(trials, 1.0 / (net.length - 1)));
    }
    return new Performance(
        sr * Math.sqrt(barsPerYear),
        psr,
        dsr,
        TradingMetrics.compounded(net),
        TradingMetrics.maxDrawdown(net),
        trades,
        coins,
        bars);
  }

  /** Always flat: no trade, no return, no risk; the Sharpe ratios are undefined. */
  static Performance flat(int coins, long bars) {
    return new Performance(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, coins, bars);
  }
}
