package dev.coinengine.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coinengine.core.features.SharedKlines;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 4h rules: their warm-up, the timeframe lookup, and their shares on real 4h bars. */
class FourHourRegimeTest {
  private final RuleRegimeClassifier fourHour =
      new RuleRegimeClassifier(RegimeThresholds.fourHourly());

  @Test
  void eachTimeframeHasItsOwnThresholdsAndDailyHasNone() {
    assertThat(RegimeThresholds.forInterval(Interval.H1)).isEqualTo(RegimeThresholds.hourly());
    assertThat(RegimeThresholds.forInterval(Interval.H4)).isEqualTo(RegimeThresholds.fourHourly());
    assertThatThrownBy(() -> RegimeThresholds.forInterval(Interval.D1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1d");
  }

  @Test
  void fourHourWarmUpIsAboutAMonthLikeTheHourlyOne() {
    int hourlyWarmUpHours = new RuleRegimeClassifier(RegimeThresholds.hourly()).lookbackBars();
    int fourHourWarmUpHours = 4 * fourHour.lookbackBars();

    assertThat(fourHour.lookbackBars()).isEqualTo(187);
    // The hourly rules on 4h bars would wait 745 bars: 124 days.
    assertThat(fourHourWarmUpHours).isBetween(hourlyWarmUpHours - 24, hourlyWarmUpHours + 24);
  }

  @Test
  void sharesOnRealFourHourBarsResembleTheHourlyRulesOnHourlyBars() {
    Optional<BarSeries> loaded = SharedKlines.hourly("BTCUSDT");
    assumeTrue(loaded.isPresent(), "shared/data/klines/1h is absent: skipped");
    BarSeries bars = Resampler.resample(loaded.get(), Interval.H4);
    Regime[] regimes = fourHour.classifyAll(bars);
    int first = fourHour.lookbackBars() - 1;
    double trend = RuleRegimeClassifierTest.share(regimes, Regime.TREND, first, regimes.length);
    double range = RuleRegimeClassifierTest.share(regimes, Regime.RANGE, first, regimes.length);
    double panic = RuleRegimeClassifierTest.share(regimes, Regime.PANIC, first, regimes.length);
    System.out.printf(
        "BTCUSDT 4h regimes: TREND %.1f%% RANGE %.1f%% PANIC %.1f%%%n",
        100 * trend, 100 * range, 100 * panic);

    assertThat(panic).isBetween(0.01, 0.12);
    assertThat(trend).isBetween(0.10, 0.50);
    assertThat(range).isGreaterThan(trend);
  }
}
