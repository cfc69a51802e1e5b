package dev.coinengine.runner.training;

/**
 * Agreement between the trainer's library and ONNX Runtime on the same rows.
 *
 * @param maxAbsDifference largest |p_trainer − p_onnx| over every row and label
 * @param argmaxDisagreements rows whose most probable label differs
 * @param provider the ONNX Runtime execution provider that scored
 */
public record ParityReport(
    int rows, double maxAbsDifference, int argmaxDisagreements, double tolerance, String provider) {

  public ParityReport {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1, was " + rows);
    }
    if (Double.isNaN(maxAbsDifference) || maxAbsDifference < 0) {
      throw new IllegalArgumentException(
          "maxAbsDifference must be a number >= 0, was " + maxAbsDifference);
    }
  }

  public boolean passed() {
    return maxAbsDifference <= tolerance;
  }
}
