package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SharpeStatisticsTest {

  @Test
  void reproducesTheNumericalExampleOfTheDeflatedSharpeRatioPaper() {
    // Bailey & López de Prado (2014): best of N = 100 trials, annualised SR 2.5 on five years of
    // daily returns (T = 1250), variance of the annualised trial Sharpes 0.5, skewness -3,
    // kurtosis 10. Published: SR0 = 0.1132 (daily) and DSR = 0.9004.
    double sharpe = 2.5 / Math.sqrt(250);
    TrialSet trials = new TrialSet(100, 0.5 / 250);

    assertThat(SharpeStatistics.expectedMaxSharpe(trials)).isCloseTo(0.1132, within(1e-3));
    assertThat(SharpeStatistics.deflated(sharpe, 1250, -3, 10, trials))
        .isCloseTo(0.9004, within(1e-3));
  }

  @Test
  void matchesTheIndependentScipyReferenceForEveryCase() {
    List<SharpeReference.Row> rows = SharpeReference.rows();
    assertThat(rows).hasSizeGreaterThan(10);

    for (SharpeReference.Row r : rows) {
      double actual =
          switch (r.statistic()) {
            case "psr" ->
                r.kase().equals("returns-sample")
                    ? psrOfReturnsSample()
                    : SharpeStatistics.probabilistic(
                        r.sharpe(), r.benchmark(), r.observations(), r.skewness(), r.kurtosis());
            case "dsr" ->
                SharpeStatistics.deflated(
                    r.sharpe(),
                    r.observations(),
                    r.skewness(),
                    r.kurtosis(),
                    new TrialSet(r.trials(), r.trialVariance()));
            case "expected-max-sharpe" ->
                SharpeStatistics.expectedMaxSharpe(new TrialSet(r.trials(), r.trialVariance()));
            case "min-trl" ->
                SharpeStatistics.minTrackRecordLength(
                    r.sharpe(), r.benchmark(), r.skewness(), r.kurtosis(), r.confidence());
            default -> Double.NaN; // moments are checked in TradingMetricsTest
          };
      if (!Double.isNaN(actual)) {
        assertThat(actual)
            .as("%s %s", r.kase(), r.statistic())
            .isCloseTo(r.expected(), within(1e-9 * Math.max(1, Math.abs(r.expected()))));
      }
    }
  }

  @Test
  void psrAtTheMinimumTrackRecordLengthEqualsTheConfidence() {
    double sharpe = 0.08;
    double trl = SharpeStatistics.minTrackRecordLength(sharpe, 0.02, -0.7, 5.5, 0.95);

    // MinTRL solves PSR = confidence for T, so plugging it back in gives the confidence.
    assertThat(SharpeStatistics.probabilistic(sharpe, 0.02, 2, -0.7, 5.5)).isLessThan(0.95);
    double psrAtTrl =
        new NormalDistribution()
            .cumulativeProbability(
                (sharpe - 0.02)
                    * Math.sqrt(trl - 1)
                    / Math.sqrt(1 + 0.7 * sharpe + 4.5 / 4 * sharpe * sharpe));
    assertThat(psrAtTrl).isCloseTo(0.95, within(1e-9));
  }

  @Test
  void deflationGrowsWithTheNumberOfTrials() {
    double sharpe = 0.1;
    double one = SharpeStatistics.deflated(sharpe, 500, 0, 3, TrialSet.single());
    double ten = SharpeStatistics.deflated(sharpe, 500, 0, 3, new TrialSet(10, 0.001));
    double thousand = SharpeStatistics.deflated(sharpe, 500, 0, 3, new TrialSet(1000, 0.001));

    assertThat(one).isEqualTo(SharpeStatistics.probabilistic(sharpe, 0, 500, 0, 3));
    assertThat(ten).isLessThan(one);
    assertThat(thousand).isLessThan(ten);
  }

  @Test
  void trialSetTakesTheSampleVarianceOfTheTrialSharpes() {
    TrialSet trials = TrialSet.of(0.1, 0.2, 0.3);

    assertThat(trials.trials()).isEqualTo(3);
    assertThat(trials.sharpeVariance()).isCloseTo(0.01, within(1e-15));
    assertThat(TrialSet.of(0.2).sharpeVariance()).isZero();
  }

  @Test
  void minTrackRecordIsInfiniteWhenTheSharpeDoesNotBeatTheBenchmark() {
    assertThat(SharpeStatistics.minTrackRecordLength(0.05, 0.05, 0, 3, 0.95)).isInfinite();
  }

  @Test
  void rejectsMomentsThatGiveANegativeSharpeVariance() {
    assertThatThrownBy(() -> SharpeStatistics.probabilistic(2.0, 0, 100, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be > 0");
    assertThatThrownBy(() -> new TrialSet(0, 0.1)).hasMessageContaining("trials must be >= 1");
  }

  private static double psrOfReturnsSample() {
    double[] returns = SharpeReference.returnsSample();
    double[] ones = new double[returns.length];
    Arrays.fill(ones, 1.0);
    TradingResult r = TradingMetrics.of(ones, returns, 0, 365);
    return SharpeStatistics.probabilistic(
        r.sharpePerBar(), 0, r.bars(), r.skewness(), r.kurtosis());
  }
}
