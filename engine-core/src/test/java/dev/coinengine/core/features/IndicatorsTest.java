package dev.coinengine.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
  private static final double NAN = Double.NaN;

  @Test
  void differenceIsNanUntilTheLagIsAvailable() {
    assertThat(Indicators.difference(new double[] {1, 3, 6, 10}, 2))
        .containsExactly(NAN, NAN, 5, 7);
  }

  @Test
  void rollingStdIsTheSampleStandardDeviationOfTheWindow() {
    // window {2, 4, 6}: mean 4, squared deviations 4 + 0 + 4, / (3 - 1) = 4, sd 2
    double[] sd = Indicators.rollingStd(new double[] {2, 4, 6, 6}, 3);
    assertThat(sd[1]).isNaN();
    assertThat(sd[2]).isEqualTo(2.0);
    // window {4, 6, 6}: mean 16/3, deviations -4/3, 2/3, 2/3 -> (16 + 4 + 4) / 9 / 2 = 4/3
    assertThat(sd[3]).isCloseTo(Math.sqrt(4.0 / 3.0), within(1e-15));
  }

  @Test
  void ewmWeightsTheWindowGeometricallyAndNormalises() {
    // alpha 0.5, window 2: weights 1 and 0.5, sum 1.5
    double[] ewm = Indicators.ewm(new double[] {1, 2, 3, 4}, 0.5, 2);
    assertThat(ewm[0]).isNaN();
    assertThat(ewm[1]).isCloseTo((2 + 0.5 * 1) / 1.5, within(1e-15));
    assertThat(ewm[3]).isCloseTo((4 + 0.5 * 3) / 1.5, within(1e-15));
  }

  @Test
  void ewmWithWideWindowAgreesWithTheTextbookRecursiveEma() {
    Random random = new Random(7);
    double[] x = new double[2000];
    for (int i = 0; i < x.length; i++) {
      x[i] = 100 + 10 * random.nextGaussian();
    }
    double alpha = 2.0 / 27;
    double[] recursive = new double[x.length];
    recursive[0] = x[0];
    for (int i = 1; i < x.length; i++) {
      recursive[i] = alpha * x[i] + (1 - alpha) * recursive[i - 1];
    }
    double[] finite = Indicators.ewm(x, alpha, Indicators.ewmWindow(alpha, 1e-6));
    for (int t = 500; t < x.length; t++) {
      assertThat(finite[t]).isCloseTo(recursive[t], within(1e-3));
    }
  }

  @Test
  void ewmWindowIsTheShortestThatLeavesAtMostTheTailMass() {
    double alpha = 1.0 / 14;
    int window = Indicators.ewmWindow(alpha, 0.001);
    assertThat(Math.pow(1 - alpha, window)).isLessThanOrEqualTo(0.001);
    assertThat(Math.pow(1 - alpha, window - 1)).isGreaterThan(0.001);
    assertThat(window).isEqualTo(94);
  }

  @Test
  void trueRangeIncludesTheGapFromThePreviousClose() {
    double[] high = {10, 12, 9};
    double[] low = {9, 11, 8};
    double[] close = {9.5, 11.5, 8.5};
    // bar 1: h - l = 1, |12 - 9.5| = 2.5; bar 2: |8 - 11.5| = 3.5
    assertThat(Indicators.trueRange(high, low, close)).containsExactly(NAN, 2.5, 3.5);
  }

  @Test
  void efficiencyRatioIsOneForAStraightLineAndSmallForZigZag() {
    assertThat(Indicators.efficiencyRatio(new double[] {1, 2, 3, 4, 5}, 4)[4]).isEqualTo(1.0);
    // net move 1, path 1 + 1 + 1 + 1 + 1 = 5 (1,2,1,2,1,2)
    assertThat(Indicators.efficiencyRatio(new double[] {1, 2, 1, 2, 1, 2}, 5)[5]).isEqualTo(0.2);
  }

  @Test
  void trailingRankCountsPreviousValuesStrictlyBelow() {
    double[] rank = Indicators.trailingRank(new double[] {1, 5, 3, 4, 2}, 4);
    assertThat(rank[3]).isNaN();
    // previous {1, 5, 3, 4}, below 2: only 1
    assertThat(rank[4]).isEqualTo(0.25);
  }

  @Test
  void rollingExtremesCoverExactlyTheWindow() {
    double[] x = {3, 1, 4, 1, 5};
    assertThat(Indicators.rollingMax(x, 3)).containsExactly(NAN, NAN, 4, 4, 5);
    assertThat(Indicators.rollingMin(x, 3)).containsExactly(NAN, NAN, 1, 1, 1);
  }

  @Test
  void rejectsNonsenseParameters() {
    assertThatThrownBy(() -> Indicators.ewm(new double[3], 0.0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> Indicators.rollingStd(new double[3], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }
}
