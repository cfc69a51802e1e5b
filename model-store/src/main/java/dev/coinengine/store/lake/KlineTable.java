package dev.coinengine.store.lake;

import static org.apache.iceberg.types.Types.NestedField.optional;
import static org.apache.iceberg.types.Types.NestedField.required;

import java.util.Map;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.SortOrder;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;

/**
 * Layout of {@code market.klines}.
 *
 * <p>{@code open_time_ms} is a {@code long} of epoch milliseconds rather than a {@code
 * timestamptz}: it is Binance's own unit and the engine's ({@link
 * dev.coinengine.core.market.Bar#openTimeMs()}), so nothing is converted on the read path (the
 * generic reader would otherwise build an {@code OffsetDateTime} per row from microseconds), and
 * its column bounds are exactly the watermark the importer needs. SQL engines can still show it as
 * time with {@code from_unixtime(open_time_ms / 1000)}.
 *
 * <p>Partitioned by identity({@code interval}) and identity({@code symbol}): every read is for one
 * symbol and interval, and identity partitions let the scan planner skip every other symbol's files
 * from manifest metadata alone. A bucket transform would put several symbols in one file, so a
 * one-symbol read would decode rows of the others; with a few hundred symbols per interval the
 * partition count stays small. Files inside a partition are sorted by {@code open_time_ms}.
 */
final class KlineTable {
  static final Namespace NAMESPACE = Namespace.of("market");
  static final TableIdentifier ID = TableIdentifier.of(NAMESPACE, "klines");

  static final String SYMBOL = "symbol";
  static final String INTERVAL = "interval";
  static final String OPEN_TIME = "open_time_ms";

  static final Schema SCHEMA =
      new Schema(
          required(1, SYMBOL, Types.StringType.get()),
          required(2, INTERVAL, Types.StringType.get()),
          required(3, OPEN_TIME, Types.LongType.get(), "bar open time, epoch ms UTC"),
          required(4, "open", Types.DoubleType.get()),
          required(5, "high", Types.DoubleType.get()),
          required(6, "low", Types.DoubleType.get()),
          required(7, "close", Types.DoubleType.get()),
          required(8, "volume", Types.DoubleType.get(), "base asset"),
          optional(9, "quote_volume", Types.DoubleType.get(), "quote asset; null if unknown"),
          optional(10, "trades", Types.LongType.get(), "null if unknown"));

  // Column positions in SCHEMA, used by the writer and reader.
  static final int POS_SYMBOL = 0;
  static final int POS_INTERVAL = 1;
  static final int POS_OPEN_TIME = 2;
  static final int POS_QUOTE_VOLUME = 8;
  static final int POS_TRADES = 9;

  static final PartitionSpec SPEC =
      PartitionSpec.builderFor(SCHEMA).identity(INTERVAL).identity(SYMBOL).build();

  static final SortOrder SORT_ORDER =
      SortOrder.builderFor(SCHEMA).asc(SYMBOL).asc(OPEN_TIME).build();

  static final Map<String, String> PROPERTIES =
      Map.of(
          TableProperties.FORMAT_VERSION,
          "2",
          // Several importers or threads may commit at once; each retry only re-reads metadata.
          TableProperties.COMMIT_NUM_RETRIES,
          "20",
          TableProperties.COMMIT_MIN_RETRY_WAIT_MS,
          "20");

  private KlineTable() {}
}
