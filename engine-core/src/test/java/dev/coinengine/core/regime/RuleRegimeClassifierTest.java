package dev.coinengine.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.features.LookAheadAudit;
import dev.coinengine.core.features.SyntheticBars;
import dev.coinengine.core.market.BarSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleRegimeClassifierTest {
  private final RuleRegimeClassifier classifier =
      new RuleRegimeClassifier(RegimeThresholds.hourly());

  @Test
  void steadyUptrendIsTrend() {
    BarSeries bars = SyntheticBars.walk("SOLUSDT", 1200, 0.002, 0.002, 1);
    Regime[] regimes = classifier.classifyAll(bars);
    assertThat(share(regimes, Regime.TREND, 800, 1200)).isGreaterThan(0.9);
  }

  @Test
  void flatNoiseIsMostlyRange() {
    BarSeries bars = SyntheticBars.walk("SOLUSDT", 1500, 0, 0.005, 2);
    Regime[] regimes = classifier.classifyAll(bars);
    assertThat(share(regimes, Regime.RANGE, 800, 1500)).isGreaterThan(0.6);
    assertThat(share(regimes, Regime.PANIC, 800, 1500)).isLessThan(0.1);
  }

  @Test
  void crashIsPanic() {
    // 1,000 quiet bars, then 12 bars falling 2% each with large swings
    double[] closes = new double[1012];
    Random random = new Random(3);
    double price = 100;
    for (int i = 0; i < closes.length; i++) {
      price *=
          i < 1000
              ? Math.exp(0.003 * random.nextGaussian())
              : Math.exp(-0.02 + 0.01 * random.nextGaussian());
      closes[i] = price;
    }
    BarSeries bars = SyntheticBars.fromCloses("SOLUSDT", closes, 0.003, 4);
    Regime[] regimes = classifier.classifyAll(bars);
    assertThat(share(regimes, Regime.PANIC, 1006, 1012)).isEqualTo(1.0);
    assertThat(share(regimes, Regime.PANIC, 800, 1000)).isLessThan(0.1);
  }

  @Test
  void warmUpBarsHaveNoRegimeAndEveryLaterBarHasOne() {
    BarSeries bars = SyntheticBars.walk("SOLUSDT", 900, 0, 0.01, 5);
    Regime[] regimes = classifier.classifyAll(bars);
    int first = classifier.lookbackBars() - 1;
    assertThat(Arrays.copyOfRange(regimes, 0, first)).containsOnlyNulls();
    assertThat(Arrays.copyOfRange(regimes, first, regimes.length)).doesNotContainNull();
    assertThatThrownBy(() -> classifier.classify(bars, first - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs " + classifier.lookbackBars());
  }

  @Test
  void classifyingOneBarFromItsRecentBarsEqualsTheWholeSeriesResult() {
    BarSeries bars = SyntheticBars.walk("SOLUSDT", 1100, 0, 0.01, 6);
    Regime[] all = classifier.classifyAll(bars);
    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      int row =
          classifier.lookbackBars()
              - 1
              + random.nextInt(bars.size() - classifier.lookbackBars() + 1);
      assertThat(classifier.classify(bars, row)).as("row %d", row).isEqualTo(all[row]);
    }
    assertThat(classifier.classify(bars)).isEqualTo(all[all.length - 1]);
  }

  @Test
  void regimesAndTheirSignalsDoNotLookAhead() {
    BarSeries bars = SyntheticBars.walk("SOLUSDT", 1000, 0, 0.01, 8);
    List<String> leaking =
        LookAheadAudit.check(
            List.of("regime", "volatilityRank", "drawdownAtr", "trendGapAtr", "efficiency"),
            inputs -> {
              Regime[] regimes = classifier.classifyAll(inputs.get(0));
              RegimeSignals s = classifier.signals(inputs.get(0));
              double[] codes = new double[regimes.length];
              for (int i = 0; i < codes.length; i++) {
                codes[i] = regimes[i] == null ? -1 : regimes[i].ordinal();
              }
              return new double[][] {
                codes, s.volatilityRank(), s.drawdownAtr(), s.trendGapAtr(), s.efficiency()
              };
            },
            List.of(bars),
            10,
            9);
    assertThat(leaking).isEmpty();
  }

  static double share(Regime[] regimes, Regime regime, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (regimes[i] == regime) {
        count++;
      }
    }
    return (double) count / (to - from);
  }
}
