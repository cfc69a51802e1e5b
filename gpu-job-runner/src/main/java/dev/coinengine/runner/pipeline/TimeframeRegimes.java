package dev.coinengine.runner.pipeline;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.RegimeClassifier;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The regime classifier a job's timeframe uses; serving must use the same one per timeframe. */
@FunctionalInterface
public interface TimeframeRegimes {

  /**
   * The classifier for bars of {@code timeframe}.
   *
   * @throws IllegalArgumentException if the timeframe has no classifier
   */
  RegimeClassifier classifier(Interval timeframe);

  /** The documented rules of each timeframe ({@link RegimeThresholds#forInterval}). */
  static TimeframeRegimes rules() {
    Map<Interval, RegimeClassifier> classifiers = new EnumMap<>(Interval.class);
    for (Interval interval : new Interval[] {Interval.H1, Interval.H4}) {
      classifiers.put(interval, new RuleRegimeClassifier(RegimeThresholds.forInterval(interval)));
    }
    return timeframe -> {
      RegimeClassifier classifier = classifiers.get(timeframe);
      if (classifier == null) {
        // Names the timeframe the same way RegimeThresholds does.
        RegimeThresholds.forInterval(timeframe);
      }
      return classifier;
    };
  }

  /** One classifier for every timeframe (tests, experiments). */
  static TimeframeRegimes same(RegimeClassifier classifier) {
    Objects.requireNonNull(classifier, "classifier");
    return timeframe -> classifier;
  }
}
