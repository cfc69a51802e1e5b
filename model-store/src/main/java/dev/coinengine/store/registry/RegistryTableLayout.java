package dev.coinengine.store.registry;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

import java.util.Map;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

/**
 * Layout of {@code brain.model_versions} and {@code brain.aliases}.
 *
 * <p>{@code model_versions} is partitioned by identity({@code symbol}): listings per coin prune to
 * one partition, and the few hundred symbols keep the partition count small. {@code aliases} is
 * partitioned by identity({@code alias}): a handful of names, and a daily push writes one file.
 * {@code job_id} keeps full (untruncated) column bounds, because commits detect a concurrent row
 * for the same job id from those bounds; truncated bounds would make unrelated jobs conflict.
 */
final class RegistryTableLayout {
  static final Namespace NAMESPACE = Namespace.of("brain");
  static final TableIdentifier VERSIONS = TableIdentifier.of(NAMESPACE, "model_versions");
  static final TableIdentifier ALIASES = TableIdentifier.of(NAMESPACE, "aliases");

  static final Schema VERSIONS_SCHEMA =
      new Schema(
          required(1, "symbol", Types.StringType.get()),
          required(2, "regime", Types.StringType.get()),
          required(3, "timeframe", Types.StringType.get()),
          required(4, "family", Types.StringType.get()),
          required(5, "version", Types.IntegerType.get()),
          required(6, "semantic_id", Types.StringType.get()),
          required(7, "job_id", Types.StringType.get()),
          required(8, "artifact_uri", Types.StringType.get()),
          required(9, "sha256", Types.StringType.get()),
          required(10, "size_bytes", Types.LongType.get()),
          required(11, "feature_spec_hash", Types.StringType.get()),
          optional(12, "lake_snapshot_id", Types.LongType.get(), "null if no lake was read"),
          required(
              13,
              "provenance",
              Types.MapType.ofRequired(14, 15, Types.StringType.get(), Types.StringType.get())),
          required(
              16,
              "metrics",
              Types.MapType.ofRequired(17, 18, Types.StringType.get(), Types.DoubleType.get())),
          required(19, "status", Types.StringType.get()),
          required(20, "reasons", Types.ListType.ofRequired(21, Types.StringType.get())),
          required(22, "created_at", Types.TimestampType.withZone()));

  static final PartitionSpec VERSIONS_SPEC =
      PartitionSpec.builderFor(VERSIONS_SCHEMA).identity("symbol").build();

  static final Schema ALIASES_SCHEMA =
      new Schema(
          required(1, "alias", Types.StringType.get()),
          required(2, "symbol", Types.StringType.get()),
          required(3, "regime", Types.StringType.get()),
          required(4, "timeframe", Types.StringType.get()),
          required(5, "family", Types.StringType.get()),
          required(6, "version", Types.IntegerType.get()),
          required(7, "revision", Types.LongType.get(), "1, 2, ... per (alias, key)"),
          required(8, "set_at", Types.TimestampType.withZone()),
          required(9, "reason", Types.StringType.get()));

  static final PartitionSpec ALIASES_SPEC =
      PartitionSpec.builderFor(ALIASES_SCHEMA).identity("alias").build();

  static final Map<String, String> ALIASES_PROPERTIES =
      Map.of(
          TableProperties.FORMAT_VERSION,
          "2",
          // Many runners commit one row each; a retry only re-reads metadata and re-validates.
          TableProperties.COMMIT_NUM_RETRIES,
          "30",
          TableProperties.COMMIT_MIN_RETRY_WAIT_MS,
          "10",
          TableProperties.COMMIT_MAX_RETRY_WAIT_MS,
          "2000",
          TableProperties.METADATA_DELETE_AFTER_COMMIT_ENABLED,
          "true",
          TableProperties.METADATA_PREVIOUS_VERSIONS_MAX,
          "20");

  static final Map<String, String> VERSIONS_PROPERTIES = withFullJobIdBounds();

  private static Map<String, String> withFullJobIdBounds() {
    Map<String, String> properties = new java.util.HashMap<>(ALIASES_PROPERTIES);
    properties.put(TableProperties.METRICS_MODE_COLUMN_CONF_PREFIX + "job_id", "full");
    return Map.copyOf(properties);
  }

  private RegistryTableLayout() {}
}
