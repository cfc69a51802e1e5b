package dev.coinengine.core.decision;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a decision knows about one coin on one timeframe at a time: the last closed bar, its feature
 * row (raw, in the feature spec's column order, as the ONNX models take it) and its regime.
 *
 * @param bars the closed bars of this timeframe the view was computed from (oldest first)
 * @param features the last bar's feature row; empty while the look-back is not filled
 * @param regime the last bar's regime; empty while the classifier's look-back is not filled
 */
public record TimeframeView(
    Interval timeframe, BarSeries bars, Optional<float[]> features, Optional<Regime> regime) {

  public TimeframeView {
    Objects.requireNonNull(timeframe, "timeframe");
    Objects.requireNonNull(bars, "bars");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(regime, "regime");
  }

  /** Open time of the last closed bar; empty when there is none. */
  public Optional<Long> lastBarOpenTimeMs() {
    return bars.isEmpty() ? Optional.empty() : Optional.of(bars.last().openTimeMs());
  }
}
