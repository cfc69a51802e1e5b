package dev.coinengine.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.features.FeatureMatrix;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Serving computes on trimmed windows; training on whole series. They must agree exactly. */
class MarketViewsTest {
  private static final Path SAMPLE = Path.of("..", "infra", "local", "sample", "klines", "1h");
  private final TechnicalFeatureCalculator calculator =
      new TechnicalFeatureCalculator(FeatureSpec.v1());
  private final RuleRegimeClassifier classifier =
      new RuleRegimeClassifier(RegimeThresholds.hourly());
  private final MarketViews views =
      new MarketViews(
          calculator, Map.of(Interval.H1, classifier, Interval.H4, classifier), Interval.H1);
  private final BarSeries sol = read("SOLUSDT");
  private final BarSeries btc = read("BTCUSDT");
  private final BarSeries eth = read("ETHUSDT");

  @Test
  void servingViewsEqualTheTrainingComputationOnTheWholeSeries() {
    for (Interval tf : new Interval[] {Interval.H1, Interval.H4}) {
      BarSeries coinTf = Resampler.resample(sol, tf);
      FeatureMatrix full =
          calculator.compute(coinTf, Resampler.resample(btc, tf), Resampler.resample(eth, tf));
      Regime[] regimes = classifier.classifyAll(coinTf);
      int checked = 0;
      for (int row = coinTf.size() - 1; row > coinTf.size() - 400 && row >= 0; row -= 37) {
        long decisionTime = coinTf.get(row).openTimeMs() + tf.millis() + 60_000;
        int need = views.baseBarsNeeded(tf);
        TimeframeView view =
            views.view(
                tf,
                sol.closedBy(decisionTime, need),
                btc.closedBy(decisionTime, need),
                eth.closedBy(decisionTime, need));

        assertThat(view.lastBarOpenTimeMs()).contains(coinTf.get(row).openTimeMs());
        assertThat(view.regime()).as("%s row %d", tf, row).contains(regimes[row]);
        assertThat(view.features()).isPresent();
        assertThat(view.features().get()).containsExactly(full.rowAsFloats(row));
        checked++;
      }
      assertThat(checked).isGreaterThan(5);
    }
  }

  @Test
  void aShortHistoryGivesNoFeaturesOrRegimeInsteadOfWrongOnes() {
    long t = sol.get(50).openTimeMs() + Interval.H1.millis();
    TimeframeView view =
        views.view(
            Interval.H1, sol.closedBy(t, 10_000), btc.closedBy(t, 10_000), eth.closedBy(t, 10_000));
    assertThat(view.bars().size()).isEqualTo(51);
    assertThat(view.features()).isEmpty();
    assertThat(view.regime()).isEmpty();
    assertThatThrownBy(() -> views.view(Interval.D1, sol, btc, eth))
        .hasMessageContaining("not served");
    assertThatThrownBy(
            () -> views.view(Interval.H1, Resampler.resample(sol, Interval.H4), btc, eth))
        .hasMessageContaining("expected 1h");
  }

  private static BarSeries read(String symbol) {
    return new KlineCsvReader().read(SAMPLE.resolve(symbol + "-1h.csv.gz")).series();
  }
}
