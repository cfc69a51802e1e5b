package dev.coinengine.store.rankings;

import static org.apache.iceberg.expressions.Expressions.equal;

import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.SortOrder;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.InternalRecordWrapper;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.parquet.Parquet;

/**
 * Daily coin selections in the Iceberg table {@code market.coin_rankings} (layout in {@link
 * RankingSchema}): one row per candidate, ranked or excluded, with the metrics, the settings hash
 * and the kline-lake snapshot it was computed from.
 *
 * <p>Writing a date again replaces that date's rows in one atomic overwrite, so readers see the old
 * or the new selection of a date, never a mix or both. Thread-safe; the catalog is owned by the
 * caller.
 */
public final class RankingTable {
  private final Catalog catalog;
  private final Table writeTable;

  private RankingTable(Catalog catalog, Table writeTable) {
    this.catalog = catalog;
    this.writeTable = writeTable;
  }

  /** Opens the table in {@code catalog}, creating the namespace and table on first use. */
  public static RankingTable open(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    Table table =
        IcebergCatalogs.loadOrCreate(
            catalog,
            RankingSchema.ID,
            RankingSchema.SCHEMA,
            RankingSchema.SPEC,
            SortOrder.unsorted(),
            RankingSchema.PROPERTIES);
    return new RankingTable(catalog, table);
  }

  /**
   * Stores {@code selection} as the selection of {@code date}, replacing whatever that date held,
   * in one atomic commit. An empty selection leaves the date without rows.
   *
   * @param settingsHash {@link SettingsHash} of the settings it was computed with
   * @param lakeSnapshotId the {@code market.klines} snapshot its bars came from
   */
  public void append(
      LocalDate date, Selection selection, String settingsHash, long lakeSnapshotId) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(selection, "selection");
    if (settingsHash == null || settingsHash.isBlank()) {
      throw new IllegalArgumentException("settingsHash must not be blank");
    }
    Table table = catalog.loadTable(RankingSchema.ID);
    OverwriteFiles overwrite =
        table
            .newOverwrite()
            .overwriteByRowFilter(equal(RankingSchema.SELECTION_DATE, date.toString()));
    if (selection.candidateCount() > 0) {
      overwrite.addFile(write(date, selection, settingsHash, lakeSnapshotId));
    }
    overwrite.set("coinengine.selection-date", date.toString());
    overwrite.commit();
  }

  /** The selection stored for {@code date}, if any. */
  public Optional<StoredSelection> read(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Table table = catalog.loadTable(RankingSchema.ID);
    if (table.currentSnapshot() == null) {
      return Optional.empty();
    }
    List<RankedCoin> ranked = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    long asOfMs = 0;
    RankingMethod ranking = null;
    String hash = null;
    long snapshot = 0;
    try (CloseableIterable<Record> rows =
        IcebergGenerics.read(table)
            .where(equal(RankingSchema.SELECTION_DATE, date.toString()))
            .build()) {
      for (Record r : rows) {
        asOfMs = (Long) r.getField("as_of_ms");
        ranking = RankingMethod.parse((String) r.getField("ranking_method"));
        hash = (String) r.getField("settings_hash");
        snapshot = (Long) r.getField("lake_snapshot_id");
        String symbol = (String) r.getField("symbol");
        if ((Boolean) r.getField("included")) {
          @SuppressWarnings("unchecked")
          Map<String, Double> metrics = (Map<String, Double>) r.getField("metrics");
          @SuppressWarnings("unchecked")
          List<String> unchecked = (List<String>) r.getField("unchecked");
          ranked.add(
              new RankedCoin(
                  (Integer) r.getField("rank"),
                  symbol,
                  (Double) r.getField("score"),
                  metrics == null ? Map.of() : metrics,
                  unchecked == null ? List.of() : unchecked));
        } else {
          excluded.add(
              new Exclusion(
                  symbol,
                  ReasonCode.valueOf((String) r.getField("reason")),
                  (String) r.getField("detail")));
        }
      }
    } catch (IOException e) {
      throw new RankingTableException("cannot read " + RankingSchema.ID + " for " + date, e);
    }
    if (ranking == null) {
      return Optional.empty();
    }
    ranked.sort(Comparator.comparingInt(RankedCoin::rank));
    excluded.sort(Comparator.comparing(Exclusion::symbol));
    return Optional.of(
        new StoredSelection(
            date, new Selection(asOfMs, ranking, ranked, excluded), hash, snapshot));
  }

  /** Every date that has a stored selection, ascending; from manifest metadata only. */
  public List<LocalDate> dates() {
    Table table = catalog.loadTable(RankingSchema.ID);
    TreeSet<LocalDate> dates = new TreeSet<>();
    if (table.currentSnapshot() == null) {
      return List.of();
    }
    try (CloseableIterable<FileScanTask> tasks = table.newScan().planFiles()) {
      for (FileScanTask task : tasks) {
        // The day transform stores days since 1970-01-01.
        Integer day = task.file().partition().get(0, Integer.class);
        dates.add(LocalDate.ofEpochDay(day));
      }
    } catch (IOException e) {
      throw new RankingTableException("cannot plan the scan of " + RankingSchema.ID, e);
    }
    return List.copyOf(dates);
  }

  private DataFile write(
      LocalDate date, Selection selection, String settingsHash, long lakeSnapshotId) {
    GenericRecord row = GenericRecord.create(writeTable.schema());
    row.setField(RankingSchema.SELECTION_DATE, date);
    PartitionKey partition = new PartitionKey(writeTable.spec(), writeTable.schema());
    partition.partition(new InternalRecordWrapper(writeTable.schema().asStruct()).wrap(row));
    String location =
        writeTable
            .locationProvider()
            .newDataLocation(
                writeTable.spec(), partition, "rankings-" + UUID.randomUUID() + ".parquet");
    DataWriter<Record> writer;
    try {
      writer =
          Parquet.writeData(writeTable.io().newOutputFile(location))
              .forTable(writeTable)
              .withPartition(partition)
              .createWriterFunc(GenericParquetWriter::create)
              .overwrite()
              .build();
    } catch (IOException | UncheckedIOException e) {
      throw new RankingTableException("cannot create data file " + location, e);
    }
    try (writer) {
      for (RankedCoin coin : selection.ranked()) {
        writer.write(
            row(date, selection, settingsHash, lakeSnapshotId, coin.symbol())
                .copy(
                    Map.of(
                        "rank", coin.rank(),
                        "score", coin.score(),
                        "included", true,
                        "metrics", coin.metrics(),
                        "unchecked", coin.unchecked())));
      }
      for (Exclusion exclusion : selection.excluded()) {
        writer.write(
            row(date, selection, settingsHash, lakeSnapshotId, exclusion.symbol())
                .copy(
                    Map.of(
                        "included", false,
                        "reason", exclusion.reason().name(),
                        "detail", exclusion.detail())));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new RankingTableException("cannot write data file " + location, e);
    }
    return writer.toDataFile();
  }

  private GenericRecord row(
      LocalDate date, Selection selection, String settingsHash, long snapshot, String symbol) {
    GenericRecord row = GenericRecord.create(writeTable.schema());
    row.setField(RankingSchema.SELECTION_DATE, date);
    row.setField("as_of_ms", selection.asOfMs());
    row.setField("symbol", symbol);
    row.setField("ranking_method", selection.ranking().code());
    row.setField("settings_hash", settingsHash);
    row.setField("lake_snapshot_id", snapshot);
    return row;
  }
}
