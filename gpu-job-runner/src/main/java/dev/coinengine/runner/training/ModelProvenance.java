package dev.coinengine.runner.training;

import java.time.Instant;

/**
 * Where a model comes from, written into its ONNX metadata next to what the model knows itself
 * (family, hyperparameters, seed, feature and label order).
 *
 * @param featureSpecHash {@code FeatureSpec.hash()} of the features the model was trained on
 * @param labelSpec the label spec as text, e.g. {@code horizonBars=4;costBps=10;marginBps=0}
 * @param lakeSnapshotId snapshot of the kline table the bars were read from ({@code none} if not
 *     from the lake)
 * @param trainedAt from the pipeline's clock
 * @param trainFromMs open time of the first training row
 * @param trainToMs open time of the last training row
 */
public record ModelProvenance(
    String featureSpecHash,
    int featureSpecVersion,
    String symbol,
    String timeframe,
    String regime,
    String labelSpec,
    String lakeSnapshotId,
    String jobId,
    Instant trainedAt,
    int trainRows,
    long trainFromMs,
    long trainToMs) {

  public ModelProvenance {
    requireText("featureSpecHash", featureSpecHash);
    requireText("symbol", symbol);
    requireText("timeframe", timeframe);
    requireText("regime", regime);
    requireText("labelSpec", labelSpec);
    requireText("lakeSnapshotId", lakeSnapshotId);
    requireText("jobId", jobId);
    if (trainedAt == null) {
      throw new IllegalArgumentException("trainedAt must not be null");
    }
    if (trainRows < 1) {
      throw new IllegalArgumentException("trainRows must be >= 1, was " + trainRows);
    }
    if (trainToMs < trainFromMs) {
      throw new IllegalArgumentException(
          "trainToMs must not be before trainFromMs, was " + trainToMs + " < " + trainFromMs);
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }
}
