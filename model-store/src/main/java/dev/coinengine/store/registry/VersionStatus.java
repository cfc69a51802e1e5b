package dev.coinengine.store.registry;

/** Outcome of the training job that produced a version; every outcome is kept for audit. */
public enum VersionStatus {
  /** Passed validation; may be promoted to an alias such as {@code champion}. */
  CANDIDATE,
  /** Trained, but validation said no (the reasons say why). Never promoted. */
  REJECTED,
  /** The job failed after producing an artifact (the reasons say why). Never promoted. */
  FAILED
}
