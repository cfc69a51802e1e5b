package dev.coinengine.core.features;

import dev.coinengine.core.market.BarSeries;
import java.util.Objects;

/**
 * The feature set described by a {@link FeatureSpec} (v1: returns, volatility, RSI, MACD, ATR,
 * volume z-score, position in range, BTC and ETH context), computed column by column over the whole
 * series. Formulas and reasons are in {@code docs/features.md}.
 */
public final class TechnicalFeatureCalculator implements FeatureCalculator {
  private final FeatureSpec spec;

  public TechnicalFeatureCalculator(FeatureSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  @Override
  public FeatureSpec spec() {
    return spec;
  }

  @Override
  public FeatureMatrix compute(BarSeries coin, BarSeries btc, BarSeries eth) {
    BarColumns bars = BarColumns.of(coin);
    double[][] columns = new double[spec.columns()][];
    int c = 0;
    double[] logClose = Indicators.log(bars.close());
    double[] oneBar = Indicators.difference(logClose, 1);
    for (int lag : spec.returnLags()) {
      columns[c++] = lag == 1 ? oneBar.clone() : Indicators.difference(logClose, lag);
    }
    for (int window : spec.volatilityWindows()) {
      columns[c++] = Indicators.rollingStd(oneBar, window);
    }
    columns[c++] = rsi(bars.close());
    double[] macd = macdLine(bars.close());
    columns[c++] = macd;
    columns[c++] = signalDifference(macd);
    columns[c++] = atrOverClose(bars);
    columns[c++] = Indicators.rollingZScore(logVolume(bars.volume()), spec.volumeWindow());
    columns[c++] = positionInRange(bars);
    for (BarSeries context : new BarSeries[] {btc, eth}) {
      double[][] contextColumns = context(bars.openTimes(), context);
      columns[c++] = contextColumns[0];
      columns[c++] = contextColumns[1];
    }
    return new FeatureMatrix(spec, coin.symbol(), bars.openTimes(), columns);
  }

  /** RSI in [0, 100] from Wilder-smoothed gains and losses; 50 where nothing moved. */
  private double[] rsi(double[] close) {
    double[] gain = Indicators.nans(close.length);
    double[] loss = Indicators.nans(close.length);
    for (int t = 1; t < close.length; t++) {
      double change = close[t] - close[t - 1];
      gain[t] = Math.max(change, 0.0);
      loss[t] = Math.max(-change, 0.0);
    }
    double alpha = 1.0 / spec.rsiPeriod();
    int window = spec.smoothingWindow(alpha);
    double[] avgGain = Indicators.ewm(gain, alpha, window);
    double[] avgLoss = Indicators.ewm(loss, alpha, window);
    double[] out = new double[close.length];
    for (int t = 0; t < close.length; t++) {
      double total = avgGain[t] + avgLoss[t];
      out[t] = total == 0.0 ? 50.0 : 100.0 * avgGain[t] / total;
    }
    return out;
  }

  /** (EMA fast - EMA slow) / close. */
  private double[] macdLine(double[] close) {
    double fastAlpha = FeatureSpec.emaAlpha(spec.macdFast());
    double slowAlpha = FeatureSpec.emaAlpha(spec.macdSlow());
    double[] fast = Indicators.ewm(close, fastAlpha, spec.smoothingWindow(fastAlpha));
    double[] slow = Indicators.ewm(close, slowAlpha, spec.smoothingWindow(slowAlpha));
    double[] out = new double[close.length];
    for (int t = 0; t < close.length; t++) {
      out[t] = (fast[t] - slow[t]) / close[t];
    }
    return out;
  }

  /** MACD line minus its signal line (EMA of the line): the MACD histogram, scaled by price. */
  private double[] signalDifference(double[] macd) {
    double alpha = FeatureSpec.emaAlpha(spec.macdSignal());
    int window = spec.smoothingWindow(alpha);
    // NaN warm-up of the line propagates: the signal is NaN until its window is all valid.
    double[] signal = Indicators.ewm(macd, alpha, window);
    double[] out = new double[macd.length];
    for (int t = 0; t < macd.length; t++) {
      out[t] = macd[t] - signal[t];
    }
    return out;
  }

  private double[] atrOverClose(BarColumns bars) {
    double alpha = 1.0 / spec.atrPeriod();
    double[] atr =
        Indicators.ewm(
            Indicators.trueRange(bars.high(), bars.low(), bars.close()),
            alpha,
            spec.smoothingWindow(alpha));
    double[] out = new double[atr.length];
    for (int t = 0; t < atr.length; t++) {
      out[t] = atr[t] / bars.close()[t];
    }
    return out;
  }

  /** ln(1 + volume): defined for the zero-volume bars of illiquid pairs. */
  private static double[] logVolume(double[] volume) {
    double[] out = new double[volume.length];
    for (int t = 0; t < volume.length; t++) {
      out[t] = StrictMath.log1p(volume[t]);
    }
    return out;
  }

  /** (close - lowest low) / (highest high - lowest low) over the window; 0.5 for a flat window. */
  private double[] positionInRange(BarColumns bars) {
    double[] highest = Indicators.rollingMax(bars.high(), spec.rangeWindow());
    double[] lowest = Indicators.rollingMin(bars.low(), spec.rangeWindow());
    double[] out = new double[highest.length];
    for (int t = 0; t < out.length; t++) {
      double range = highest[t] - lowest[t];
      out[t] = range == 0.0 ? 0.5 : (bars.close()[t] - lowest[t]) / range;
    }
    return out;
  }

  /**
   * Return and volatility of a context series at its own bars, then aligned to the coin's open
   * times: the context bar with the same open time, NaN where there is none.
   */
  private double[][] context(long[] coinTimes, BarSeries context) {
    double[] ret = Indicators.nans(coinTimes.length);
    double[] vol = Indicators.nans(coinTimes.length);
    if (context == null || context.isEmpty()) {
      return new double[][] {ret, vol};
    }
    BarColumns bars = BarColumns.of(context);
    double[] logClose = Indicators.log(bars.close());
    double[] contextRet = Indicators.difference(logClose, spec.contextReturnLag());
    double[] contextVol =
        Indicators.rollingStd(Indicators.difference(logClose, 1), spec.contextVolatilityWindow());
    long[] contextTimes = bars.openTimes();
    int j = 0;
    for (int t = 0; t < coinTimes.length; t++) {
      while (j < contextTimes.length && contextTimes[j] < coinTimes[t]) {
        j++;
      }
      if (j < contextTimes.length && contextTimes[j] == coinTimes[t]) {
        ret[t] = contextRet[j];
        vol[t] = contextVol[j];
      }
    }
    return new double[][] {ret, vol};
  }
}
