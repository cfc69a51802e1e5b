package dev.coinengine.core.decision;

import dev.coinengine.core.features.FeatureCalculator;
import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeClassifier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes {@link TimeframeView}s at serving time with exactly the code training uses: the same
 * feature calculator and regime classifiers, on just the look-back they need (both are point in
 * time by construction, so a trimmed window gives the same numbers as the full history; {@code
 * MarketViewsTest} checks it).
 */
public final class MarketViews {
  private final FeatureCalculator features;
  private final Map<Interval, RegimeClassifier> classifiers;
  private final Interval base;

  /**
   * @param classifiers the regime classifier of each timeframe served
   * @param base the interval of the bars given to {@link #view}
   */
  public MarketViews(
      FeatureCalculator features, Map<Interval, RegimeClassifier> classifiers, Interval base) {
    this.features = Objects.requireNonNull(features, "features");
    this.classifiers = Map.copyOf(classifiers);
    this.base = Objects.requireNonNull(base, "base");
    for (Interval tf : this.classifiers.keySet()) {
      if (tf.millis() % base.millis() != 0) {
        throw new IllegalArgumentException(
            "timeframe " + tf.code() + " is not a multiple of the base interval " + base.code());
      }
    }
  }

  public Interval base() {
    return base;
  }

  /** Timeframes this instance can serve. */
  public java.util.Set<Interval> timeframes() {
    return classifiers.keySet();
  }

  /** Timeframe bars one view reads: the longer of the feature and regime look-backs. */
  public int barsNeeded(Interval timeframe) {
    return Math.max(features.spec().lookbackBars(), classifier(timeframe).lookbackBars());
  }

  /** Base-interval bars one view of {@code timeframe} reads (one spare timeframe bar included). */
  public int baseBarsNeeded(Interval timeframe) {
    int ratio = (int) (timeframe.millis() / base.millis());
    return (barsNeeded(timeframe) + 1) * ratio;
  }

  /**
   * The view of {@code coin} on {@code timeframe} from base-interval bars closed by the decision
   * time (BTC and ETH give the market context; pass the coin itself when it is one of them).
   */
  public TimeframeView view(Interval timeframe, BarSeries coin, BarSeries btc, BarSeries eth) {
    requireBase(coin);
    requireBase(btc);
    requireBase(eth);
    RegimeClassifier classifier = classifier(timeframe);
    BarSeries bars = tail(resample(coin, timeframe), barsNeeded(timeframe));
    if (bars.isEmpty()) {
      return new TimeframeView(timeframe, bars, Optional.empty(), Optional.empty());
    }
    int featureBars = features.spec().lookbackBars();
    BarSeries featureWindow = tail(bars, featureBars);
    long from = featureWindow.first().openTimeMs();
    long to = featureWindow.last().openTimeMs() + timeframe.millis();
    // The context only needs the feature window: slice before resampling (O(log n), no copy).
    int ratio = (int) (timeframe.millis() / base.millis());
    int contextBars = (featureBars + 1) * ratio;
    FeatureMatrix matrix =
        features.compute(
            featureWindow,
            resample(btc.closedBy(to, contextBars), timeframe).between(from, to),
            resample(eth.closedBy(to, contextBars), timeframe).between(from, to));
    int last = matrix.rows() - 1;
    Optional<float[]> row =
        matrix.isComplete(last) ? Optional.of(matrix.rowAsFloats(last)) : Optional.empty();
    Optional<Regime> regime = Optional.empty();
    if (bars.size() >= classifier.lookbackBars()) {
      regime = Optional.ofNullable(classifier.classify(bars, bars.size() - 1));
    }
    return new TimeframeView(timeframe, bars, row, regime);
  }

  private RegimeClassifier classifier(Interval timeframe) {
    RegimeClassifier classifier = classifiers.get(timeframe);
    if (classifier == null) {
      throw new IllegalArgumentException(
          "timeframe "
              + timeframe.code()
              + " is not served (served: "
              + classifiers.keySet()
              + ")");
    }
    return classifier;
  }

  private BarSeries resample(BarSeries series, Interval timeframe) {
    return timeframe == base ? series : Resampler.resample(series, timeframe);
  }

  private static BarSeries tail(BarSeries series, int count) {
    return series.isEmpty()
        ? series
        : series.closedBy(series.last().openTimeMs() + series.interval().millis(), count);
  }

  private void requireBase(BarSeries series) {
    if (series.interval() != base) {
      throw new IllegalArgumentException(
          series.symbol() + " bars are " + series.interval().code() + ", expected " + base.code());
    }
  }
}
