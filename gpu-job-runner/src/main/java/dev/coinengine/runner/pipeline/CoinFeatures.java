package dev.coinengine.runner.pipeline;

import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.regime.Regime;
import java.util.List;

/**
 * What every job of one coin and timeframe shares: its bars, feature matrix and per-bar regimes,
 * computed once by {@link TrainingPipeline#prepare} and reused across regimes and families.
 */
public final class CoinFeatures {
  private final BarSeries bars;
  private final FeatureMatrix features;
  private final Regime[] regimes;
  private final double loadMs;
  private final double featuresMs;
  private final List<LeakageFlag> lookAhead;

  CoinFeatures(
      BarSeries bars,
      FeatureMatrix features,
      Regime[] regimes,
      double loadMs,
      double featuresMs,
      List<LeakageFlag> lookAhead) {
    this.bars = bars;
    this.features = features;
    this.regimes = regimes;
    this.loadMs = loadMs;
    this.featuresMs = featuresMs;
    this.lookAhead = List.copyOf(lookAhead);
  }

  /** Flags of the feature look-ahead audit on these bars (empty when clean or not audited). */
  public List<LeakageFlag> lookAhead() {
    return lookAhead;
  }

  public BarSeries bars() {
    return bars;
  }

  public FeatureMatrix features() {
    return features;
  }

  /** Regime of bar {@code row}; {@code null} during the classifier's warm-up. */
  public Regime regime(int row) {
    return regimes[row];
  }

  public int count(Regime regime) {
    int n = 0;
    for (Regime r : regimes) {
      if (r == regime) {
        n++;
      }
    }
    return n;
  }

  public double loadMs() {
    return loadMs;
  }

  public double featuresMs() {
    return featuresMs;
  }
}
