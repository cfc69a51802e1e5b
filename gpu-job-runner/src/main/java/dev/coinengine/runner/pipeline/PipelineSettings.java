package dev.coinengine.runner.pipeline;

import dev.coinengine.store.onnx.Device;

/**
 * Settings of the pipeline shared by every job.
 *
 * @param minTrainRows fewer training rows (complete, labelled, in the job's regime) fail the job
 *     permanently
 * @param parityRows rows scored by both Tribuo and ONNX Runtime
 * @param parityDevice where ONNX Runtime scores the parity rows
 */
public record PipelineSettings(int minTrainRows, int parityRows, Device parityDevice) {

  public PipelineSettings {
    if (minTrainRows < 2) {
      throw new IllegalArgumentException("minTrainRows must be >= 2, was " + minTrainRows);
    }
    if (parityRows < 1) {
      throw new IllegalArgumentException("parityRows must be >= 1, was " + parityRows);
    }
    if (parityDevice == null) {
      throw new IllegalArgumentException("parityDevice must not be null");
    }
  }

  /** 500 rows minimum, 256 parity rows on the CPU. */
  public static PipelineSettings defaults() {
    return new PipelineSettings(500, 256, Device.cpu());
  }
}
