package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WalkForwardReportTest {

  private static final double[][] PROBS = {{0.7, 0.3}, {0.4, 0.6}, {0.2, 0.8}, {0.6, 0.4}};

  @Test
  void averagesWindowMetricsAndPoolsEachTestedBarOnce() {
    // Window 0 tests samples 10-13, window 1 tests 12-15: samples 12 and 13 come from window 0.
    WindowMetrics first =
        WindowMetrics.evaluate(
            0,
            new Split(WalkForwardTest.range(0, 8), WalkForwardTest.range(10, 14)),
            new int[] {0, 1, 1, 0},
            PROBS,
            new double[] {0, 1, 1, 0},
            new double[] {0.01, 0.02, -0.01, 0.03},
            0,
            365);
    WindowMetrics second =
        WindowMetrics.evaluate(
            1,
            new Split(WalkForwardTest.range(2, 10), WalkForwardTest.range(12, 16)),
            new int[] {1, 1, 0, 0},
            PROBS,
            new double[] {1, 1, 1, 1},
            new double[] {-0.01, 0.03, 0.02, -0.02},
            0,
            365);

    WalkForwardReport report =
        WalkForwardReport.of(List.of(first, second), TrialSet.single(), 365, 0.95);

    assertThat(report.pooledNetReturns())
        .containsExactly(new double[] {0, 0.02, -0.01, 0, 0.02, -0.02}, within(1e-15));
    assertThat(report.meanHitRate()).isEqualTo((1.0 + 0.5) / 2);
    assertThat(report.meanLogLoss())
        .isCloseTo(
            (first.classification().logLoss() + second.classification().logLoss()) / 2,
            within(1e-15));
    assertThat(report.positiveWindowShare()).isEqualTo(1.0);
    assertThat(report.pooledNetReturn()).isCloseTo(1.02 * 0.99 * 1.02 * 0.98 - 1, within(1e-12));
    assertThat(report.pooledMaxDrawdown()).isCloseTo(0.02, within(1e-12));
    assertThat(report.pooledSharpeAnnualised())
        .isCloseTo(report.pooledSharpePerBar() * Math.sqrt(365), within(1e-12));
  }

  @Test
  void deflatedSharpeEqualsProbabilisticForOneTrialAndFallsWithMoreTrials() {
    WindowMetrics window = noisyWindow(0, 0, 1000, 17);

    WalkForwardReport alone = WalkForwardReport.of(List.of(window), TrialSet.single(), 8760, 0.95);
    WalkForwardReport amongMany =
        WalkForwardReport.of(List.of(window), new TrialSet(50, 0.002), 8760, 0.95);

    assertThat(alone.deflatedSharpe()).isEqualTo(alone.probabilisticSharpe());
    assertThat(amongMany.deflatedSharpe()).isLessThan(alone.deflatedSharpe());
    assertThat(amongMany.probabilisticSharpe()).isEqualTo(alone.probabilisticSharpe());
    assertThat(alone.probabilisticSharpe()).isBetween(0.5, 0.999);
    assertThat(alone.minTrackRecordBars()).isGreaterThan(1);
  }

  /**
   * A window over test samples {@code [from, from + bars)} whose calls are right 53% of the time.
   */
  static WindowMetrics noisyWindow(int index, int from, int bars, long seed) {
    Random random = new Random(seed);
    int[] actual = new int[bars];
    double[][] probs = new double[bars][];
    double[] positions = new double[bars];
    double[] returns = new double[bars];
    for (int i = 0; i < bars; i++) {
      returns[i] = 0.01 * random.nextGaussian();
      actual[i] = returns[i] > 0 ? 1 : 0;
      boolean right = random.nextDouble() < 0.53;
      double up = (actual[i] == 1) == right ? 0.6 : 0.4;
      probs[i] = new double[] {1 - up, up};
      positions[i] = up > 0.5 ? 1 : -1;
    }
    int[] test = WalkForwardTest.range(from, from + bars);
    return WindowMetrics.evaluate(
        index, new Split(new int[0], test), actual, probs, positions, returns, 0, 8760);
  }
}
