package dev.coinengine.store.onnx;

/**
 * Keys of the ONNX {@code metadata_props} every exported model carries (the contract is in {@code
 * docs/training.md}). List values are comma-separated, without spaces.
 */
public final class ModelMetadataKeys {
  /** SHA-256 of the canonical feature spec the model was trained on. */
  public static final String FEATURE_SPEC_HASH = "coinengine.feature_spec_hash";

  /** Version of that feature spec. */
  public static final String FEATURE_SPEC_VERSION = "coinengine.feature_spec_version";

  /** Feature names in the model input's column order. */
  public static final String FEATURE_NAMES = "coinengine.feature_names";

  /** Labels in the model output's column order. */
  public static final String LABEL_ORDER = "coinengine.label_order";

  /** How the input is standardised before the model ({@code in-graph} or {@code none}). */
  public static final String STANDARDISATION = "coinengine.standardisation";

  public static final String FAMILY = "coinengine.family";

  /** Trainer hyperparameters as {@code key=value} pairs separated by {@code ;}, sorted by key. */
  public static final String HYPERPARAMETERS = "coinengine.hyperparameters";

  public static final String SEED = "coinengine.seed";
  public static final String SYMBOL = "coinengine.symbol";
  public static final String TIMEFRAME = "coinengine.timeframe";
  public static final String REGIME = "coinengine.regime";
  public static final String LABEL_SPEC = "coinengine.label_spec";
  public static final String TRAIN_ROWS = "coinengine.train_rows";
  public static final String TRAIN_FROM_MS = "coinengine.train_from_ms";
  public static final String TRAIN_TO_MS = "coinengine.train_to_ms";
  public static final String LAKE_SNAPSHOT_ID = "coinengine.lake_snapshot_id";
  public static final String JOB_ID = "coinengine.job_id";
  public static final String TRIBUO_VERSION = "coinengine.tribuo_version";
  public static final String ONNXRUNTIME_VERSION = "coinengine.onnxruntime_version";
  public static final String JAVA_VERSION = "coinengine.java_version";

  /** ISO-8601 instant of training, from the trainer's clock. */
  public static final String TRAINED_AT = "coinengine.trained_at";

  private ModelMetadataKeys() {}
}
