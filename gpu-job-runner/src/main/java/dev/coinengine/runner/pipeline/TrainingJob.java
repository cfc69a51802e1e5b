package dev.coinengine.runner.pipeline;

import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.runner.training.TrainerSpec;

/**
 * One model to train: a coin, a timeframe, a regime and a family.
 *
 * @param lakeSnapshotId snapshot of the kline table the bars come from, recorded in the model
 */
public record TrainingJob(
    String jobId,
    String symbol,
    Interval timeframe,
    Regime regime,
    TrainerSpec trainer,
    LabelSpec labelSpec,
    WalkForwardSettings walkForward,
    String lakeSnapshotId) {

  public TrainingJob {
    if (jobId == null || jobId.isBlank()) {
      throw new IllegalArgumentException("jobId must not be blank, was '" + jobId + "'");
    }
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
    }
    if (timeframe == null || regime == null || trainer == null || labelSpec == null) {
      throw new IllegalArgumentException(
          "timeframe, regime, trainer and labelSpec must not be null");
    }
    if (walkForward == null) {
      throw new IllegalArgumentException("walkForward must not be null");
    }
    if (lakeSnapshotId == null || lakeSnapshotId.isBlank()) {
      throw new IllegalArgumentException(
          "lakeSnapshotId must not be blank (use 'none'), was '" + lakeSnapshotId + "'");
    }
  }
}
