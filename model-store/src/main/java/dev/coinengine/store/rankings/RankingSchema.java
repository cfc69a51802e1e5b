package dev.coinengine.store.rankings;

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
 * Layout of {@code market.coin_rankings}: one row per candidate of one daily selection, ranked or
 * excluded. Partitioned by day of {@code selection_date}, so a date is replaced by swapping its
 * partition's files and read back from them alone.
 */
final class RankingSchema {
  static final Namespace NAMESPACE = Namespace.of("market");
  static final TableIdentifier ID = TableIdentifier.of(NAMESPACE, "coin_rankings");

  static final String SELECTION_DATE = "selection_date";

  static final Schema SCHEMA =
      new Schema(
          required(1, SELECTION_DATE, Types.DateType.get(), "UTC day the selection is for"),
          required(2, "as_of_ms", Types.LongType.get(), "bars closed by then were used, epoch ms"),
          required(3, "symbol", Types.StringType.get()),
          optional(4, "rank", Types.IntegerType.get(), "1 = best; null when excluded"),
          optional(5, "score", Types.DoubleType.get(), "ranking score; null when excluded"),
          required(6, "included", Types.BooleanType.get()),
          optional(7, "reason", Types.StringType.get(), "ReasonCode; null when included"),
          optional(8, "detail", Types.StringType.get(), "why excluded; null when included"),
          optional(
              9,
              "metrics",
              Types.MapType.ofRequired(10, 11, Types.StringType.get(), Types.DoubleType.get())),
          optional(
              12,
              "unchecked",
              Types.ListType.ofRequired(13, Types.StringType.get()),
              "filters that could not be applied"),
          required(14, "ranking_method", Types.StringType.get()),
          required(15, "settings_hash", Types.StringType.get()),
          required(16, "lake_snapshot_id", Types.LongType.get(), "market.klines snapshot read"));

  static final PartitionSpec SPEC = PartitionSpec.builderFor(SCHEMA).day(SELECTION_DATE).build();

  static final Map<String, String> PROPERTIES =
      Map.of(
          TableProperties.FORMAT_VERSION,
          "2",
          TableProperties.COMMIT_NUM_RETRIES,
          "20",
          TableProperties.COMMIT_MIN_RETRY_WAIT_MS,
          "20");

  private RankingSchema() {}
}
