package dev.coinengine.store.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a training job hands to {@link ModelRegistry#register}: the artifact bytes and everything
 * the registry records beside them. Build one with {@link #of} and the {@code with...} methods.
 *
 * @param key what the model is for
 * @param jobId deterministic id of the training job (key + data snapshot + config version)
 * @param artifact the {@code model.onnx} bytes
 * @param featureSpecHash hash of the feature spec the model was trained on
 * @param lakeSnapshotId kline lake snapshot the job read, empty if none
 * @param provenance trainer, hyperparameters, seed, library versions, git commit
 * @param metrics validation metrics (finite)
 * @param status outcome of the job
 * @param reasons why it was rejected or failed (required then)
 */
public record Registration(
    ModelKey key,
    String jobId,
    byte[] artifact,
    String featureSpecHash,
    OptionalLong lakeSnapshotId,
    Map<String, String> provenance,
    Map<String, Double> metrics,
    VersionStatus status,
    List<String> reasons) {

  public Registration {
    Objects.requireNonNull(key, "key");
    requireText("jobId", jobId);
    if (jobId.length() > 200) {
      throw new IllegalArgumentException("jobId must be at most 200 chars, was " + jobId);
    }
    Objects.requireNonNull(artifact, "artifact");
    artifact = artifact.clone();
    requireText("featureSpecHash", featureSpecHash);
    Objects.requireNonNull(lakeSnapshotId, "lakeSnapshotId");
    provenance = copyProvenance(provenance);
    metrics = copyMetrics(metrics);
    Objects.requireNonNull(status, "status");
    reasons = copyReasons(status, reasons);
  }

  /** A candidate with no metrics, provenance or lake snapshot yet. */
  public static Registration of(
      ModelKey key, String jobId, byte[] artifact, String featureSpecHash) {
    return new Registration(
        key,
        jobId,
        artifact,
        featureSpecHash,
        OptionalLong.empty(),
        Map.of(),
        Map.of(),
        VersionStatus.CANDIDATE,
        List.of());
  }

  public Registration withMetrics(Map<String, Double> newMetrics) {
    return new Registration(
        key,
        jobId,
        artifact,
        featureSpecHash,
        lakeSnapshotId,
        provenance,
        newMetrics,
        status,
        reasons);
  }

  public Registration withProvenance(Map<String, String> newProvenance) {
    return new Registration(
        key,
        jobId,
        artifact,
        featureSpecHash,
        lakeSnapshotId,
        newProvenance,
        metrics,
        status,
        reasons);
  }

  public Registration withLakeSnapshot(long snapshotId) {
    return new Registration(
        key,
        jobId,
        artifact,
        featureSpecHash,
        OptionalLong.of(snapshotId),
        provenance,
        metrics,
        status,
        reasons);
  }

  public Registration withStatus(VersionStatus newStatus, List<String> newReasons) {
    return new Registration(
        key,
        jobId,
        artifact,
        featureSpecHash,
        lakeSnapshotId,
        provenance,
        metrics,
        newStatus,
        newReasons);
  }

  /** A copy of the artifact bytes (the record keeps its own). */
  @Override
  public byte[] artifact() {
    return artifact.clone();
  }

  byte[] artifactBytes() {
    return artifact;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Registration r
        && key.equals(r.key)
        && jobId.equals(r.jobId)
        && Arrays.equals(artifact, r.artifact)
        && featureSpecHash.equals(r.featureSpecHash)
        && lakeSnapshotId.equals(r.lakeSnapshotId)
        && provenance.equals(r.provenance)
        && metrics.equals(r.metrics)
        && status == r.status
        && reasons.equals(r.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, jobId, Arrays.hashCode(artifact), metrics, status);
  }

  @Override
  public String toString() {
    return "Registration["
        + key
        + ", job "
        + jobId
        + ", "
        + artifact.length
        + " bytes, "
        + status
        + "]";
  }

  static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }

  static Map<String, String> copyProvenance(Map<String, String> provenance) {
    Objects.requireNonNull(provenance, "provenance");
    TreeMap<String, String> copy = new TreeMap<>();
    provenance.forEach(
        (k, v) -> {
          if (k == null || k.isBlank() || v == null) {
            throw new IllegalArgumentException(
                "provenance entries need a key and a value, was " + k + "=" + v);
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  static Map<String, Double> copyMetrics(Map<String, Double> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    TreeMap<String, Double> copy = new TreeMap<>();
    metrics.forEach(
        (k, v) -> {
          if (k == null || k.isBlank() || v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(
                "metrics need a name and a finite value, was " + k + "=" + v);
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  static List<String> copyReasons(VersionStatus status, List<String> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    List<String> copy = List.copyOf(reasons);
    if (status != VersionStatus.CANDIDATE && copy.isEmpty()) {
      throw new IllegalArgumentException("a " + status + " version needs at least one reason");
    }
    for (String reason : copy) {
      requireText("reason", reason);
    }
    return copy;
  }
}
