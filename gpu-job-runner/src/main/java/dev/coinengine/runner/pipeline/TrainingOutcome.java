package dev.coinengine.runner.pipeline;

import java.util.List;
import java.util.Map;

/**
 * The result of one job: a model that passed parity, or the reason the job can never succeed.
 *
 * @param onnx the exported model; {@code null} when failed
 * @param sha256 lower-case hex SHA-256 of {@code onnx}; {@code null} when failed
 * @param metrics walk-forward and training figures (keys in {@code docs/training.md}); whatever was
 *     measured before a failure
 * @param failureReason {@code null} when trained
 * @param leakage flags raised by the leakage checks (empty when clean); any flag fails the gate
 */
public record TrainingOutcome(
    String jobId,
    byte[] onnx,
    String sha256,
    Map<String, Double> metrics,
    StageTimings timings,
    String failureReason,
    List<LeakageFlag> leakage) {

  public TrainingOutcome {
    if (jobId == null || metrics == null || timings == null) {
      throw new IllegalArgumentException("jobId, metrics and timings must not be null");
    }
    if ((onnx == null) == (failureReason == null)) {
      throw new IllegalArgumentException("exactly one of onnx and failureReason must be set");
    }
    if ((onnx == null) != (sha256 == null)) {
      throw new IllegalArgumentException("sha256 must be set exactly when onnx is");
    }
    metrics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metrics));
    leakage = leakage == null ? List.of() : List.copyOf(leakage);
  }

  public static TrainingOutcome trained(
      String jobId, byte[] onnx, String sha256, Map<String, Double> metrics, StageTimings t) {
    return new TrainingOutcome(jobId, onnx, sha256, metrics, t, null, List.of());
  }

  public static TrainingOutcome failed(
      String jobId, String reason, Map<String, Double> metrics, StageTimings t) {
    return new TrainingOutcome(jobId, null, null, metrics, t, reason, List.of());
  }

  /** This outcome with other stage timings (same model, metrics and flags). */
  public TrainingOutcome withTimings(StageTimings t) {
    return new TrainingOutcome(jobId, onnx, sha256, metrics, t, failureReason, leakage);
  }

  /** This outcome with the given leakage flags. */
  public TrainingOutcome withLeakage(List<LeakageFlag> flags) {
    return new TrainingOutcome(jobId, onnx, sha256, metrics, timings, failureReason, flags);
  }

  public boolean succeeded() {
    return onnx != null;
  }

  @Override
  public byte[] onnx() {
    return onnx == null ? null : onnx.clone();
  }
}
