package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

  @Test
  void hitRateIsTheShareOfCorrectPredictions() {
    assertThat(ClassificationMetrics.hitRate(new int[] {0, 1, 2, 1}, new int[] {0, 2, 2, 0}))
        .isEqualTo(0.5);
  }

  @Test
  void logLossAveragesMinusLogOfTheActualClassProbability() {
    int[] actual = {0, 1, 2};
    double[][] p = {{0.7, 0.2, 0.1}, {0.25, 0.5, 0.25}, {0.4, 0.4, 0.2}};

    assertThat(ClassificationMetrics.logLoss(actual, p))
        .isCloseTo(-(Math.log(0.7) + Math.log(0.5) + Math.log(0.2)) / 3, within(1e-12));
  }

  @Test
  void logLossClipsCertainMissesToAFiniteValue() {
    double loss = ClassificationMetrics.logLoss(new int[] {1}, new double[][] {{1.0, 0.0}});

    assertThat(loss).isCloseTo(-Math.log(1e-15), within(1e-9));
  }

  @Test
  void aucCountsCorrectlyOrderedPositiveNegativePairs() {
    // 3 of the 4 positive/negative pairs are ordered correctly.
    assertThat(
            ClassificationMetrics.rocAuc(
                new boolean[] {false, false, true, true}, new double[] {0.1, 0.4, 0.35, 0.8}))
        .isCloseTo(0.75, within(1e-12));
  }

  @Test
  void aucCountsTiedPairsAsHalf() {
    // Pairs (pos, neg): (0.6, 0.4) 1, (0.6, 0.2) 1, (0.4, 0.4) 0.5, (0.4, 0.2) 1 -> 3.5 / 4.
    assertThat(
            ClassificationMetrics.rocAuc(
                new boolean[] {true, true, false, false}, new double[] {0.6, 0.4, 0.4, 0.2}))
        .isCloseTo(0.875, within(1e-12));
    assertThat(
            ClassificationMetrics.rocAuc(
                new boolean[] {true, false, true, false}, new double[] {0.5, 0.5, 0.5, 0.5}))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aucEqualsTheRankSumFormulaWithAverageRanksOnRandomTiedScores() {
    Random random = new Random(3);
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    for (int round = 0; round < 100; round++) {
      int n = 2 + random.nextInt(60);
      boolean[] positive = new boolean[n];
      double[] scores = new double[n];
      positive[0] = true;
      for (int i = 0; i < n; i++) {
        positive[i] |= random.nextBoolean() && i > 1;
        scores[i] = random.nextInt(8) / 8.0; // coarse scores: many ties
      }
      double[] ranks = ranking.rank(scores);
      double rankSum = 0;
      int positives = 0;
      for (int i = 0; i < n; i++) {
        if (positive[i]) {
          rankSum += ranks[i];
          positives++;
        }
      }
      int negatives = n - positives;
      double expected =
          (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);

      assertThat(ClassificationMetrics.rocAuc(positive, scores)).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void aucIsUndefinedWithoutBothClasses() {
    assertThat(ClassificationMetrics.rocAuc(new boolean[] {true, true}, new double[] {0.1, 0.2}))
        .isNaN();
  }

  @Test
  void reportUsesArgmaxAndMacroAveragesTheOneVsRestAucs() {
    int[] actual = {0, 1, 2, 0};
    double[][] p = {{0.6, 0.3, 0.1}, {0.2, 0.5, 0.3}, {0.5, 0.1, 0.4}, {0.3, 0.4, 0.3}};

    ClassificationReport report = ClassificationMetrics.of(actual, p);

    // Predicted 0, 1, 0, 1 -> two hits. Class 0 scores: pos {0.6, 0.3} vs neg {0.2, 0.5} -> 3/4.
    // Class 1: pos {0.5} vs neg {0.3, 0.1, 0.4} -> 1. Class 2: pos {0.4} vs neg {0.1, 0.3, 0.3}
    // -> 1.
    assertThat(report.samples()).isEqualTo(4);
    assertThat(report.hitRate()).isEqualTo(0.5);
    assertThat(report.auc()).isCloseTo((0.75 + 1 + 1) / 3, within(1e-12));
    assertThat(report.logLoss())
        .isCloseTo(
            -(Math.log(0.6) + Math.log(0.5) + Math.log(0.4) + Math.log(0.3)) / 4, within(1e-12));
  }

  @Test
  void rejectsClassesOutsideTheProbabilityRow() {
    assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {2}, new double[][] {{0.5, 0.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actual class 2");
  }
}
