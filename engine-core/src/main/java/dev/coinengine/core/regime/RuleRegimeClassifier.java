package dev.coinengine.core.regime;

import dev.coinengine.core.features.BarColumns;
import dev.coinengine.core.features.Indicators;
import dev.coinengine.core.market.BarSeries;
import java.util.Objects;

/**
 * Classifies regimes by the fixed rules of {@link RegimeThresholds}, from trailing windows only.
 */
public final class RuleRegimeClassifier implements RegimeClassifier {
  private final RegimeThresholds thresholds;

  public RuleRegimeClassifier(RegimeThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  public RegimeThresholds thresholds() {
    return thresholds;
  }

  @Override
  public int lookbackBars() {
    RegimeThresholds t = thresholds;
    int lookback = t.volatilityWindow() + 1 + t.volatilityRankWindow();
    lookback = Math.max(lookback, t.dropBars() + 1);
    lookback = Math.max(lookback, Math.max(t.drawdownWindow(), atrWindow() + 1));
    lookback =
        Math.max(lookback, Math.max(emaWindow(t.trendSlowSpan()), emaWindow(t.trendFastSpan())));
    return Math.max(lookback, t.efficiencyWindow() + 1);
  }

  @Override
  public Regime[] classifyAll(BarSeries bars) {
    RegimeSignals s = signals(bars);
    Regime[] regimes = new Regime[s.size()];
    int first = lookbackBars() - 1;
    for (int i = first; i < regimes.length; i++) {
      regimes[i] = rule(s, i);
    }
    return regimes;
  }

  /** The quantities behind the rules, for every bar. */
  public RegimeSignals signals(BarSeries bars) {
    RegimeThresholds t = thresholds;
    BarColumns c = BarColumns.of(bars);
    double[] logClose = Indicators.log(c.close());
    double[] volatility =
        Indicators.rollingStd(Indicators.difference(logClose, 1), t.volatilityWindow());
    double[] rank = Indicators.trailingRank(volatility, t.volatilityRankWindow());
    double[] drop = Indicators.difference(logClose, t.dropBars());
    double atrAlpha = 1.0 / t.atrPeriod();
    double[] atr =
        Indicators.ewm(Indicators.trueRange(c.high(), c.low(), c.close()), atrAlpha, atrWindow());
    double[] highest = Indicators.rollingMax(c.high(), t.drawdownWindow());
    double[] fast = ema(c.close(), t.trendFastSpan());
    double[] slow = ema(c.close(), t.trendSlowSpan());
    double[] efficiency = Indicators.efficiencyRatio(c.close(), t.efficiencyWindow());
    int n = c.size();
    double[] drawdown = new double[n];
    double[] gap = new double[n];
    for (int i = 0; i < n; i++) {
      drawdown[i] = (highest[i] - c.close()[i]) / atr[i];
      gap[i] = Math.abs(fast[i] - slow[i]) / atr[i];
    }
    return new RegimeSignals(rank, drop, drawdown, gap, efficiency);
  }

  private Regime rule(RegimeSignals s, int i) {
    RegimeThresholds t = thresholds;
    boolean volatileFall =
        s.volatilityRank()[i] >= t.panicVolatilityRank() && s.dropReturn()[i] <= -t.panicDrop();
    if (volatileFall || s.drawdownAtr()[i] >= t.panicDrawdownAtr()) {
      return Regime.PANIC;
    }
    if (s.trendGapAtr()[i] >= t.trendGapAtr() || s.efficiency()[i] >= t.trendEfficiency()) {
      return Regime.TREND;
    }
    return Regime.RANGE;
  }

  private double[] ema(double[] x, int span) {
    double alpha = 2.0 / (span + 1.0);
    return Indicators.ewm(x, alpha, emaWindow(span));
  }

  private int emaWindow(int span) {
    return Indicators.ewmWindow(2.0 / (span + 1.0), thresholds.smoothingTailMass());
  }

  private int atrWindow() {
    return Indicators.ewmWindow(1.0 / thresholds.atrPeriod(), thresholds.smoothingTailMass());
  }
}
