package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TradingMetricsTest {

  @Test
  void chargesCostsOnEveryPositionChangeIncludingTheFinalClose() {
    double[] positions = {1, 1, -1, 0};
    double[] returns = {0.01, -0.02, 0.03, 0.05};

    TradingResult result = TradingMetrics.of(positions, returns, 10, 365);

    // 10 bps per unit: open 1 (t0), flip 2 (t2), close 1 (t3); already flat at the end.
    double[] expected = {0.01 - 0.001, -0.02, -0.03 - 0.002, -0.001};
    assertThat(result.netReturns()).containsExactly(expected, within(1e-15));
    assertThat(result.turnover()).isEqualTo(4.0);
    assertThat(result.tradeCount()).isEqualTo(3);
    assertThat(result.netReturn()).isCloseTo(1.009 * 0.98 * 0.968 * 0.999 - 1, within(1e-12));
    // Peak after t0, trough at the end.
    assertThat(result.maxDrawdown()).isCloseTo(1 - 0.98 * 0.968 * 0.999, within(1e-12));
  }

  @Test
  void sharpeIsMeanOverSampleDeviationAnnualisedBySquareRootOfBarsPerYear() {
    double[] expected = {0.009, -0.02, -0.032, -0.001};
    double mean = (0.009 - 0.02 - 0.032 - 0.001) / 4;
    double ss = 0;
    for (double r : expected) {
      ss += (r - mean) * (r - mean);
    }
    double sd = Math.sqrt(ss / 3);

    TradingResult result =
        TradingMetrics.of(
            new double[] {1, 1, -1, 0}, new double[] {0.01, -0.02, 0.03, 0.05}, 10, 365);

    assertThat(result.sharpePerBar()).isCloseTo(mean / sd, within(1e-12));
    assertThat(result.sharpeAnnualised()).isCloseTo(mean / sd * Math.sqrt(365), within(1e-10));
  }

  @Test
  void anOpenPositionIsClosedAfterTheLastBar() {
    TradingResult result =
        TradingMetrics.of(new double[] {0.5, 0.5}, new double[] {0.02, 0.02}, 20, 8760);

    assertThat(result.tradeCount()).isEqualTo(2);
    assertThat(result.turnover()).isEqualTo(1.0);
    assertThat(result.netReturns()).containsExactly(new double[] {0.009, 0.009}, within(1e-15));
    assertThat(result.maxDrawdown()).isZero();
  }

  @Test
  void neverTradingHasNoCostAndNoDefinedSharpe() {
    TradingResult result =
        TradingMetrics.of(new double[3], new double[] {0.01, -0.01, 0.02}, 10, 365);

    assertThat(result.tradeCount()).isZero();
    assertThat(result.netReturn()).isZero();
    assertThat(result.sharpePerBar()).isNaN();
  }

  @Test
  void momentsMatchTheScipyReferenceOnAFatTailedSample() throws IOException {
    double[] returns = SharpeReference.returnsSample();
    double[] ones = new double[returns.length];
    Arrays.fill(ones, 1.0);

    // Long all the time at no cost: the net returns are the sample itself.
    TradingResult result = TradingMetrics.of(ones, returns, 0, 365);

    assertThat(result.sharpePerBar())
        .isCloseTo(SharpeReference.value("returns-sample", "sharpe"), within(1e-12));
    assertThat(result.skewness())
        .isCloseTo(SharpeReference.value("returns-sample", "skewness"), within(1e-9));
    assertThat(result.kurtosis())
        .isCloseTo(SharpeReference.value("returns-sample", "kurtosis"), within(1e-9));
  }

  @Test
  void rejectsPositionsOutsideMinusOneToOneAndMismatchedLengths() {
    assertThatThrownBy(() -> TradingMetrics.of(new double[] {1.5}, new double[] {0.01}, 0, 365))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> TradingMetrics.of(new double[] {1}, new double[] {0.1, 0.2}, 0, 365))
        .hasMessageContaining("1 positions and 2 returns");
  }
}
