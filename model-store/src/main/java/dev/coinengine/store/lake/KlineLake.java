package dev.coinengine.store.lake;

import static org.apache.iceberg.expressions.Expressions.and;
import static org.apache.iceberg.expressions.Expressions.equal;
import static org.apache.iceberg.expressions.Expressions.greaterThanOrEqual;
import static org.apache.iceberg.expressions.Expressions.in;
import static org.apache.iceberg.expressions.Expressions.lessThan;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Gap;
import dev.coinengine.core.market.Gaps;
import dev.coinengine.core.market.Interval;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.PartitionField;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableScan;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.expressions.Expression;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.types.Conversions;
import org.apache.iceberg.types.Types;

/**
 * Bars of every symbol and interval in the Iceberg table {@code market.klines} (layout and its
 * reasons in {@link KlineTable}).
 *
 * <p>Every read can be pinned to a snapshot id, so a training job that records the id reads the
 * same bars forever (until snapshots are expired). Writes are two-phase: {@link #stage} writes one
 * Parquet file per series where no reader looks, {@link #commit} adds any number of staged files in
 * one atomic Iceberg append. Concurrent commits from threads or processes are retried by Iceberg
 * and all land. The lake does not deduplicate: appending bars it already holds stores them twice,
 * so callers append only bars after {@link #lastOpenTimes} (as {@link KlineImporter} does) and run
 * one importer per lake at a time.
 *
 * <p>Thread-safe. The catalog is owned by the caller.
 */
public final class KlineLake {
  /** Concurrent scans for multi-symbol reads, and the fewest symbols worth a scan of their own. */
  private static final int READ_THREADS = 8;

  private static final int MIN_SYMBOLS_PER_GROUP = 8;

  private final Catalog catalog;
  // Only the table's schema, spec, location provider and file IO are used from this instance; they
  // do not change, so it is shared by all writers. Reads and commits load the table fresh.
  private final Table writeTable;
  // The newest table instance seen; a snapshot's metadata never changes, so reads pinned to a
  // snapshot it knows skip the catalog round trip.
  private final AtomicReference<Table> latest;

  private KlineLake(Catalog catalog, Table writeTable) {
    this.catalog = catalog;
    this.writeTable = writeTable;
    this.latest = new AtomicReference<>(writeTable);
  }

  /** Opens the lake in {@code catalog}, creating the namespace and table on first use. */
  public static KlineLake open(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    Table table =
        IcebergCatalogs.loadOrCreate(
            catalog,
            KlineTable.ID,
            KlineTable.SCHEMA,
            KlineTable.SPEC,
            KlineTable.SORT_ORDER,
            KlineTable.PROPERTIES);
    return new KlineLake(catalog, table);
  }

  /** The newest snapshot id, empty while nothing was ever appended. */
  public OptionalLong currentSnapshotId() {
    Snapshot current = table().currentSnapshot();
    return current == null ? OptionalLong.empty() : OptionalLong.of(current.snapshotId());
  }

  /**
   * Bars of {@code symbol} with {@code fromMs <= openTime < toMs}, as of {@code snapshotId} (or
   * now).
   *
   * @throws KlineLakeException if the lake holds a bar twice
   * @throws IllegalArgumentException if the snapshot id is unknown
   */
  public BarSeries read(
      String symbol, Interval interval, long fromMs, long toMs, OptionalLong snapshotId) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    Table table = tableFor(snapshotId);
    OptionalLong snapshot = resolve(table, snapshotId);
    if (snapshot.isEmpty() || fromMs >= toMs) {
      return BarSeries.empty(symbol, interval);
    }
    IcebergGenerics.ScanBuilder scan =
        IcebergGenerics.read(table)
            .useSnapshot(snapshot.getAsLong())
            .where(
                and(
                    and(
                        equal(KlineTable.INTERVAL, interval.code()),
                        equal(KlineTable.SYMBOL, symbol)),
                    and(
                        greaterThanOrEqual(KlineTable.OPEN_TIME, fromMs),
                        lessThan(KlineTable.OPEN_TIME, toMs))));
    List<Bar> bars = new ArrayList<>();
    try (CloseableIterable<Record> records = scan.build()) {
      for (Record r : records) {
        bars.add(toBar(r));
      }
    } catch (IOException e) {
      throw new KlineLakeException("cannot read " + symbol + " " + interval.code(), e);
    }
    return toSeries(symbol, interval, bars);
  }

  private static BarSeries toSeries(String symbol, Interval interval, List<Bar> bars) {
    // Files of one partition come back in manifest order, not time order.
    bars.sort((a, b) -> Long.compare(a.openTimeMs(), b.openTimeMs()));
    for (int i = 1; i < bars.size(); i++) {
      if (bars.get(i).openTimeMs() == bars.get(i - 1).openTimeMs()) {
        throw new KlineLakeException(
            symbol
                + " "
                + interval.code()
                + " holds the bar at "
                + bars.get(i).openTimeMs()
                + " twice; the lake was written by two importers at once");
      }
    }
    return new BarSeries(symbol, interval, bars);
  }

  /**
   * Last open time per symbol of {@code interval}, from the data files' column bounds (manifest
   * metadata only, no data file is opened).
   */
  public Map<String, Long> lastOpenTimes(Interval interval, OptionalLong snapshotId) {
    return openTimeBounds(interval, snapshotId, true);
  }

  /**
   * First open time per symbol of {@code interval}, from the data files' column bounds (manifest
   * metadata only), so a listing age needs no bar read.
   */
  public Map<String, Long> firstOpenTimes(Interval interval, OptionalLong snapshotId) {
    return openTimeBounds(interval, snapshotId, false);
  }

  /**
   * Bars of every symbol of {@code interval} with {@code fromMs <= openTime < toMs}, as of {@code
   * snapshotId} (or now), in one scan; symbols without such bars are absent from the map.
   *
   * @throws KlineLakeException if the lake holds a bar twice
   * @throws IllegalArgumentException if the snapshot id is unknown
   */
  public Map<String, BarSeries> readAll(
      Interval interval, long fromMs, long toMs, OptionalLong snapshotId) {
    Objects.requireNonNull(interval, "interval");
    return scanBars(
        interval,
        and(greaterThanOrEqual(KlineTable.OPEN_TIME, fromMs), lessThan(KlineTable.OPEN_TIME, toMs)),
        (symbol, openTime) -> true,
        snapshotId);
  }

  /**
   * The bar of each symbol in {@code openTimeBySymbol} at exactly the given open time, as of {@code
   * snapshotId} (or now), in one scan that opens only those symbols' files; symbols without a bar
   * at that time are absent from the map.
   */
  public Map<String, Bar> readAt(
      Interval interval, Map<String, Long> openTimeBySymbol, OptionalLong snapshotId) {
    Objects.requireNonNull(interval, "interval");
    Map<String, Bar> result = new TreeMap<>();
    if (openTimeBySymbol.isEmpty()) {
      return result;
    }
    Map<String, BarSeries> found =
        scanBars(
            interval,
            and(
                in(KlineTable.SYMBOL, openTimeBySymbol.keySet()),
                in(KlineTable.OPEN_TIME, new TreeSet<>(openTimeBySymbol.values()))),
            (symbol, openTime) -> openTime.equals(openTimeBySymbol.get(symbol)),
            snapshotId);
    found.forEach((symbol, series) -> result.put(symbol, series.bars().get(0)));
    return result;
  }

  private Map<String, BarSeries> scanBars(
      Interval interval, Expression rows, BiPredicate<String, Long> keep, OptionalLong snapshotId) {
    Table table = tableFor(snapshotId);
    OptionalLong snapshot = resolve(table, snapshotId);
    if (snapshot.isEmpty()) {
      return new TreeMap<>();
    }
    Expression filter = and(equal(KlineTable.INTERVAL, interval.code()), rows);
    List<List<String>> groups = symbolGroups(table, snapshot.getAsLong(), filter);
    if (groups.size() <= 1) {
      return scanGroup(table, snapshot.getAsLong(), interval, filter, keep);
    }
    // Reading a file over S3 is mostly waiting for round trips: scan symbol groups concurrently.
    ExecutorService pool = Executors.newFixedThreadPool(groups.size());
    try {
      List<Future<Map<String, BarSeries>>> parts = new ArrayList<>();
      for (List<String> group : groups) {
        Expression groupFilter = and(filter, in(KlineTable.SYMBOL, group));
        parts.add(
            pool.submit(() -> scanGroup(table, snapshot.getAsLong(), interval, groupFilter, keep)));
      }
      Map<String, BarSeries> result = new TreeMap<>();
      for (Future<Map<String, BarSeries>> part : parts) {
        result.putAll(part.get());
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KlineLakeException("interrupted while reading " + KlineTable.ID, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new KlineLakeException("cannot read " + KlineTable.ID, e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The symbols whose files match {@code filter}, dealt round-robin into read groups. */
  private static List<List<String>> symbolGroups(Table table, long snapshot, Expression filter) {
    TreeSet<String> symbols = new TreeSet<>();
    try (CloseableIterable<FileScanTask> tasks =
        table.newScan().useSnapshot(snapshot).filter(filter).planFiles()) {
      for (FileScanTask task : tasks) {
        symbols.add(partitionValue(table, task.file(), KlineTable.SYMBOL));
      }
    } catch (IOException e) {
      throw new KlineLakeException("cannot plan the scan of " + KlineTable.ID, e);
    }
    int groupCount = Math.min(READ_THREADS, Math.max(1, symbols.size() / MIN_SYMBOLS_PER_GROUP));
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < groupCount; i++) {
      groups.add(new ArrayList<>());
    }
    int i = 0;
    for (String symbol : symbols) {
      groups.get(i++ % groupCount).add(symbol);
    }
    return groups;
  }

  private Map<String, BarSeries> scanGroup(
      Table table,
      long snapshot,
      Interval interval,
      Expression filter,
      BiPredicate<String, Long> keep) {
    Map<String, List<Bar>> bySymbol = new HashMap<>();
    try (CloseableIterable<Record> records =
        IcebergGenerics.read(table).useSnapshot(snapshot).where(filter).build()) {
      for (Record r : records) {
        String symbol = (String) r.get(KlineTable.POS_SYMBOL);
        Long openTime = (Long) r.get(KlineTable.POS_OPEN_TIME);
        if (keep.test(symbol, openTime)) {
          bySymbol.computeIfAbsent(symbol, s -> new ArrayList<>()).add(toBar(r));
        }
      }
    } catch (IOException e) {
      throw new KlineLakeException("cannot read " + KlineTable.ID + " " + interval.code(), e);
    }
    Map<String, BarSeries> result = new TreeMap<>();
    bySymbol.forEach((symbol, bars) -> result.put(symbol, toSeries(symbol, interval, bars)));
    return result;
  }

  private Map<String, Long> openTimeBounds(
      Interval interval, OptionalLong snapshotId, boolean upper) {
    Objects.requireNonNull(interval, "interval");
    Table table = tableFor(snapshotId);
    OptionalLong snapshot = resolve(table, snapshotId);
    Map<String, Long> bounds = new TreeMap<>();
    if (snapshot.isEmpty()) {
      return bounds;
    }
    int openTimeId = table.schema().findField(KlineTable.OPEN_TIME).fieldId();
    TableScan scan =
        table
            .newScan()
            .useSnapshot(snapshot.getAsLong())
            .filter(equal(KlineTable.INTERVAL, interval.code()))
            .includeColumnStats();
    try (CloseableIterable<FileScanTask> tasks = scan.planFiles()) {
      for (FileScanTask task : tasks) {
        DataFile file = task.file();
        String symbol = partitionValue(table, file, KlineTable.SYMBOL);
        Map<Integer, ByteBuffer> fileBounds = upper ? file.upperBounds() : file.lowerBounds();
        ByteBuffer bound = fileBounds == null ? null : fileBounds.get(openTimeId);
        long value =
            bound != null
                ? Conversions.<Long>fromByteBuffer(Types.LongType.get(), bound)
                : openTimeFromData(table, snapshot.getAsLong(), interval, symbol, upper);
        bounds.merge(symbol, value, upper ? Math::max : Math::min);
      }
    } catch (IOException e) {
      throw new KlineLakeException("cannot plan the scan of " + KlineTable.ID, e);
    }
    return bounds;
  }

  /** Bars, first and last open time, gaps and duplicates per symbol and interval. */
  public LakeSummary summary(OptionalLong snapshotId) {
    Table table = table();
    OptionalLong snapshot = resolve(table, snapshotId);
    if (snapshot.isEmpty()) {
      return new LakeSummary(OptionalLong.empty(), List.of());
    }
    Map<String, LongList> times = new TreeMap<>();
    try (CloseableIterable<Record> records =
        IcebergGenerics.read(table)
            .useSnapshot(snapshot.getAsLong())
            .select(KlineTable.SYMBOL, KlineTable.INTERVAL, KlineTable.OPEN_TIME)
            .build()) {
      for (Record r : records) {
        String key = r.getField(KlineTable.INTERVAL) + " " + r.getField(KlineTable.SYMBOL);
        times
            .computeIfAbsent(key, k -> new LongList())
            .add((Long) r.getField(KlineTable.OPEN_TIME));
      }
    } catch (IOException e) {
      throw new KlineLakeException("cannot read " + KlineTable.ID, e);
    }
    List<SymbolSummary> symbols = new ArrayList<>();
    times.forEach(
        (key, list) -> {
          int space = key.indexOf(' ');
          Interval interval = Interval.parse(key.substring(0, space));
          String symbol = key.substring(space + 1);
          long[] sorted = list.sortedDistinct();
          List<Gap> gaps = Gaps.find(symbol, interval, sorted);
          symbols.add(
              new SymbolSummary(
                  symbol,
                  interval,
                  sorted.length,
                  sorted[0],
                  sorted[sorted.length - 1],
                  gaps.size(),
                  gaps.stream().mapToLong(Gap::missingBars).sum(),
                  list.size() - sorted.length));
        });
    symbols.sort(
        (a, b) ->
            a.symbol().equals(b.symbol())
                ? Long.compare(a.interval().millis(), b.interval().millis())
                : a.symbol().compareTo(b.symbol()));
    return new LakeSummary(snapshot, symbols);
  }

  /**
   * Writes {@code series} as one Parquet data file that no snapshot references yet.
   *
   * @throws IllegalArgumentException if the series is empty
   */
  public StagedFile stage(BarSeries series) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("nothing to stage: " + series + " is empty");
    }
    GenericRecord row = GenericRecord.create(writeTable.schema());
    row.set(KlineTable.POS_SYMBOL, series.symbol());
    row.set(KlineTable.POS_INTERVAL, series.interval().code());
    PartitionKey partition = new PartitionKey(writeTable.spec(), writeTable.schema());
    partition.partition(row);
    String location =
        writeTable
            .locationProvider()
            .newDataLocation(
                writeTable.spec(), partition, "bars-" + UUID.randomUUID() + ".parquet");
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
      throw new KlineLakeException("cannot create data file " + location, e);
    }
    try (writer) {
      // The Parquet writer encodes each row on write, so one record is reused for all bars.
      for (Bar bar : series.bars()) {
        row.set(KlineTable.POS_OPEN_TIME, bar.openTimeMs());
        row.set(3, bar.open());
        row.set(4, bar.high());
        row.set(5, bar.low());
        row.set(6, bar.close());
        row.set(7, bar.volume());
        row.set(
            KlineTable.POS_QUOTE_VOLUME,
            Double.isNaN(bar.quoteVolume()) ? null : bar.quoteVolume());
        row.set(KlineTable.POS_TRADES, bar.trades() < 0 ? null : bar.trades());
        writer.write(row);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new KlineLakeException("cannot write data file " + location, e);
    }
    return new StagedFile(series.symbol(), series.interval(), series.size(), writer.toDataFile());
  }

  /**
   * Adds all {@code files} in one atomic append and returns the new snapshot id: readers see all of
   * them or none.
   *
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public long commit(List<StagedFile> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("nothing to commit: no staged files");
    }
    Table table = table();
    AppendFiles append = table.newAppend();
    long bars = 0;
    for (StagedFile file : files) {
      append.appendFile(file.dataFile());
      bars += file.bars();
    }
    append.set("coinengine.bars-added", Long.toString(bars));
    append.commit();
    // After a successful commit the table instance holds the metadata this commit wrote.
    return table.currentSnapshot().snapshotId();
  }

  /**
   * Writes one data file per non-empty series and commits them all in one atomic append; returns
   * the new snapshot id.
   *
   * @throws IllegalArgumentException if every series is empty
   */
  public long append(List<BarSeries> batch) {
    List<StagedFile> staged = new ArrayList<>();
    for (BarSeries series : batch) {
      if (!series.isEmpty()) {
        staged.add(stage(series));
      }
    }
    if (staged.isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to append: all " + batch.size() + " series empty");
    }
    return commit(staged);
  }

  private Table table() {
    Table table = catalog.loadTable(KlineTable.ID);
    latest.set(table);
    return table;
  }

  private Table tableFor(OptionalLong snapshotId) {
    Table known = latest.get();
    if (snapshotId.isPresent() && known.snapshot(snapshotId.getAsLong()) != null) {
      return known;
    }
    return table();
  }

  private static OptionalLong resolve(Table table, OptionalLong snapshotId) {
    if (snapshotId.isPresent()) {
      if (table.snapshot(snapshotId.getAsLong()) == null) {
        throw new IllegalArgumentException(
            "unknown snapshot id " + snapshotId.getAsLong() + " in " + KlineTable.ID);
      }
      return snapshotId;
    }
    Snapshot current = table.currentSnapshot();
    return current == null ? OptionalLong.empty() : OptionalLong.of(current.snapshotId());
  }

  private static String partitionValue(Table table, DataFile file, String sourceName) {
    PartitionSpec spec = table.specs().get(file.specId());
    int sourceId = table.schema().findField(sourceName).fieldId();
    List<PartitionField> fields = spec.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).sourceId() == sourceId) {
        return file.partition().get(i, String.class);
      }
    }
    throw new KlineLakeException(
        "data file " + file.location() + " is not partitioned by " + sourceName);
  }

  private static long openTimeFromData(
      Table table, long snapshotId, Interval interval, String symbol, boolean last) {
    long bound = last ? Long.MIN_VALUE : Long.MAX_VALUE;
    try (CloseableIterable<Record> records =
        IcebergGenerics.read(table)
            .useSnapshot(snapshotId)
            .where(
                and(equal(KlineTable.INTERVAL, interval.code()), equal(KlineTable.SYMBOL, symbol)))
            .select(KlineTable.OPEN_TIME)
            .build()) {
      for (Record r : records) {
        long openTime = (Long) r.getField(KlineTable.OPEN_TIME);
        bound = last ? Math.max(bound, openTime) : Math.min(bound, openTime);
      }
    } catch (IOException e) {
      throw new KlineLakeException("cannot read " + symbol + " " + interval.code(), e);
    }
    return bound;
  }

  private static Bar toBar(Record r) {
    Double quoteVolume = (Double) r.get(KlineTable.POS_QUOTE_VOLUME);
    Long trades = (Long) r.get(KlineTable.POS_TRADES);
    return new Bar(
        (Long) r.get(KlineTable.POS_OPEN_TIME),
        (Double) r.get(3),
        (Double) r.get(4),
        (Double) r.get(5),
        (Double) r.get(6),
        (Double) r.get(7),
        quoteVolume == null ? Double.NaN : quoteVolume,
        trades == null ? -1 : trades);
  }

  /** A growable list of primitive longs. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[distinct - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}
