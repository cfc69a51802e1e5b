package dev.coinengine.store.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One registered version of a model: immutable once committed.
 *
 * @param key what the model is for
 * @param version N, from 1, monotone per key
 * @param semanticId {@code <SYMBOL>-<REGIME>-<TF>-<family>-v<N>}
 * @param jobId the training job that produced it; at most one version per job id
 * @param artifactUri where {@code model.onnx} lives, e.g. {@code s3://bucket/models/...}
 * @param sha256 lower-case hex SHA-256 of the artifact bytes
 * @param sizeBytes artifact size
 * @param featureSpecHash hash of the feature spec the model was trained on; serving refuses others
 * @param lakeSnapshotId kline lake snapshot the job read, empty if it read no lake
 * @param provenance trainer, hyperparameters, seed, library versions, git commit (free keys)
 * @param metrics validation metrics, finite values only
 * @param status outcome of the job
 * @param reasons why a version was rejected or failed (required then), notes otherwise
 * @param createdAt when the artifact was first uploaded
 */
public record ModelVersion(
    ModelKey key,
    int version,
    String semanticId,
    String jobId,
    String artifactUri,
    String sha256,
    long sizeBytes,
    String featureSpecHash,
    OptionalLong lakeSnapshotId,
    Map<String, String> provenance,
    Map<String, Double> metrics,
    VersionStatus status,
    List<String> reasons,
    Instant createdAt) {
  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ModelVersion {
    Objects.requireNonNull(key, "key");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    if (!key.semanticId(version).equals(semanticId)) {
      throw new IllegalArgumentException(
          "semanticId must be " + key.semanticId(version) + ", was '" + semanticId + "'");
    }
    Registration.requireText("jobId", jobId);
    Registration.requireText("artifactUri", artifactUri);
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256);
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must be >= 0, was " + sizeBytes);
    }
    Registration.requireText("featureSpecHash", featureSpecHash);
    Objects.requireNonNull(lakeSnapshotId, "lakeSnapshotId");
    provenance = Registration.copyProvenance(provenance);
    metrics = Registration.copyMetrics(metrics);
    Objects.requireNonNull(status, "status");
    reasons = Registration.copyReasons(status, reasons);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The metric's value, or NaN if this version has none by that name. */
  public double metric(String name) {
    Double value = metrics.get(name);
    return value == null ? Double.NaN : value;
  }
}
