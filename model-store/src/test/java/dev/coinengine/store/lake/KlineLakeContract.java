package dev.coinengine.store.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.market.csv.RowProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.types.Conversions;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every catalog and file store under the kline lake must give: run against the in-memory
 * catalog, JDBC-on-SQLite with S3 file IO on the embedded S3 server, and LocalStack.
 */
public abstract class KlineLakeContract {
  protected static final long T0 = 1625097600000L; // 2021-07-01 00:00 UTC
  protected static final long H = 3_600_000L;

  @TempDir protected Path tempDir;

  private Catalog catalog;
  protected KlineLake lake;

  /** A fresh, empty catalog for one test; it is closed after the test if it is Closeable. */
  protected abstract Catalog newCatalog();

  @BeforeEach
  void openLake() {
    catalog = newCatalog();
    lake = KlineLake.open(catalog);
  }

  @AfterEach
  void closeCatalog() throws IOException {
    if (catalog instanceof java.io.Closeable closeable) {
      closeable.close();
    }
  }

  @Test
  void newLakeIsEmpty() {
    assertThat(lake.currentSnapshotId()).isEmpty();
    assertThat(lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.empty()).bars())
        .isEmpty();
    assertThat(lake.lastOpenTimes(Interval.H1, OptionalLong.empty())).isEmpty();
    assertThat(lake.summary(OptionalLong.empty()).bars()).isZero();
  }

  @Test
  void readsBackWhatWasAppendedIncludingAbsentQuoteVolumeAndTrades() {
    List<Bar> bars = new ArrayList<>(hours(0, 48));
    bars.set(5, new Bar(T0 + 5 * H, 10, 12, 9, 11, 2.5, 27.5, 31));
    BarSeries btc = new BarSeries("BTCUSDT", Interval.H1, bars);
    BarSeries eth = series("ETHUSDT", 0, 10);

    lake.append(List.of(btc, eth));

    BarSeries read = lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.empty());
    assertThat(read.bars()).isEqualTo(btc.bars());
    assertThat(read.get(0).quoteVolume()).isNaN();
    assertThat(read.get(0).trades()).isEqualTo(-1);
    assertThat(read.get(5).quoteVolume()).isEqualTo(27.5);
    assertThat(read.get(5).trades()).isEqualTo(31);
    assertThat(lake.read("BTCUSDT", Interval.H1, T0 + 10 * H, T0 + 20 * H, OptionalLong.empty()))
        .satisfies(s -> assertThat(s.bars()).isEqualTo(btc.bars().subList(10, 20)));
    assertThat(lake.read("BTCUSDT", Interval.H4, 0, Long.MAX_VALUE, OptionalLong.empty()).size())
        .isZero();
  }

  @Test
  void readPinnedToASnapshotKeepsTheOldViewAfterAnotherAppend() {
    long first = lake.append(List.of(series("BTCUSDT", 0, 10)));
    long second = lake.append(List.of(series("BTCUSDT", 10, 25)));

    assertThat(second).isNotEqualTo(first);
    assertThat(lake.currentSnapshotId()).hasValue(second);
    assertThat(lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.of(first)).size())
        .isEqualTo(10);
    assertThat(lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.empty()).size())
        .isEqualTo(25);
    assertThat(lake.lastOpenTimes(Interval.H1, OptionalLong.of(first)))
        .containsEntry("BTCUSDT", T0 + 9 * H);
  }

  @Test
  void windowReadsOfLongSeriesReturnExactlyTheWindow() {
    BarSeries btc = new BarSeries("BTCUSDT", Interval.H1, distinctHours(0, 5_000));
    BarSeries eth = new BarSeries("ETHUSDT", Interval.H1, distinctHours(800, 1_400));
    lake.append(List.of(btc, eth));

    Map<String, BarSeries> window =
        lake.readAll(Interval.H1, T0 + 1_000 * H, T0 + 1_250 * H, OptionalLong.empty());

    assertThat(window.get("BTCUSDT").bars()).isEqualTo(btc.bars().subList(1_000, 1_250));
    assertThat(window.get("ETHUSDT").bars()).isEqualTo(eth.bars().subList(200, 450));
    assertThat(lake.readAll(Interval.H1, T0 + 2_000 * H, T0 + 2_010 * H, OptionalLong.empty()))
        .containsOnlyKeys("BTCUSDT");
    assertThat(
            lake.readAt(
                Interval.H1,
                Map.of("BTCUSDT", T0 + 4_999 * H, "ETHUSDT", T0 + 800 * H),
                OptionalLong.empty()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("BTCUSDT", btc.bars().get(4_999), "ETHUSDT", eth.bars().get(0)));
    assertThat(lake.firstOpenTimes(Interval.H1, OptionalLong.empty()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("BTCUSDT", T0, "ETHUSDT", T0 + 800 * H));
    assertThat(lake.lastOpenTimes(Interval.H1, OptionalLong.empty()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("BTCUSDT", T0 + 4_999 * H, "ETHUSDT", T0 + 1_399 * H));
  }

  @Test
  void aWholeHistoryFileAndLaterAppendsAreReadAsOneSeries() throws IOException {
    // One file with a symbol's whole history, written straight through Iceberg.
    BarSeries early = new BarSeries("BTCUSDT", Interval.H1, distinctHours(0, 3_000));
    long legacy = commitAsOneFile(early);
    assertThat(fileBounds(legacy).get("BTCUSDT")).hasSize(1);

    BarSeries late = new BarSeries("BTCUSDT", Interval.H1, distinctHours(3_000, 4_000));
    long snapshot = KlineLake.open(catalog).append(List.of(late));

    assertThat(fileBounds(snapshot).get("BTCUSDT")).hasSize(2);
    List<Bar> all = new ArrayList<>(early.bars());
    all.addAll(late.bars());
    assertThat(
            lake.readAll(Interval.H1, T0 + 2_900 * H, T0 + 3_100 * H, OptionalLong.empty())
                .get("BTCUSDT")
                .bars())
        .isEqualTo(all.subList(2_900, 3_100));
    assertThat(lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.empty()).bars())
        .isEqualTo(all);
    assertThat(lake.firstOpenTimes(Interval.H1, OptionalLong.empty()))
        .containsExactlyEntriesOf(Map.of("BTCUSDT", T0));
    assertThat(lake.lastOpenTimes(Interval.H1, OptionalLong.empty()))
        .containsExactlyEntriesOf(Map.of("BTCUSDT", T0 + 3_999 * H));
    assertThat(lake.summary(OptionalLong.empty()).duplicateBars()).isZero();
  }

  private long commitAsOneFile(BarSeries series) throws IOException {
    Table table = catalog.loadTable(KlineTable.ID);
    GenericRecord row = GenericRecord.create(table.schema());
    row.set(KlineTable.POS_SYMBOL, series.symbol());
    row.set(KlineTable.POS_INTERVAL, series.interval().code());
    PartitionKey partition = new PartitionKey(table.spec(), table.schema());
    partition.partition(row);
    DataWriter<Record> writer =
        Parquet.writeData(
                table
                    .io()
                    .newOutputFile(
                        table
                            .locationProvider()
                            .newDataLocation(table.spec(), partition, "whole-history.parquet")))
            .forTable(table)
            .withPartition(partition)
            .createWriterFunc(GenericParquetWriter::create)
            .overwrite()
            .build();
    try (writer) {
      for (Bar bar : series.bars()) {
        row.set(KlineTable.POS_OPEN_TIME, bar.openTimeMs());
        row.set(3, bar.open());
        row.set(4, bar.high());
        row.set(5, bar.low());
        row.set(6, bar.close());
        row.set(7, bar.volume());
        row.set(KlineTable.POS_QUOTE_VOLUME, bar.quoteVolume());
        row.set(KlineTable.POS_TRADES, bar.trades());
        writer.write(row);
      }
    }
    table.newAppend().appendFile(writer.toDataFile()).commit();
    return table.currentSnapshot().snapshotId();
  }

  /** Lower and upper open time of each data file in {@code snapshot}, by symbol. */
  private Map<String, List<long[]>> fileBounds(long snapshot) {
    Table table = catalog.loadTable(KlineTable.ID);
    int openTime = table.schema().findField(KlineTable.OPEN_TIME).fieldId();
    Map<String, List<long[]>> bounds = new TreeMap<>();
    try (CloseableIterable<FileScanTask> tasks =
        table.newScan().useSnapshot(snapshot).includeColumnStats().planFiles()) {
      for (FileScanTask task : tasks) {
        DataFile file = task.file();
        long lower =
            Conversions.fromByteBuffer(Types.LongType.get(), file.lowerBounds().get(openTime));
        long upper =
            Conversions.fromByteBuffer(Types.LongType.get(), file.upperBounds().get(openTime));
        bounds
            .computeIfAbsent(file.partition().get(1, String.class), k -> new ArrayList<>())
            .add(new long[] {lower, upper});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bounds;
  }

  /** Hours with prices and volumes that differ from bar to bar, as real ones do. */
  private static List<Bar> distinctHours(int from, int to) {
    List<Bar> bars = new ArrayList<>();
    for (int i = from; i < to; i++) {
      double open = 100 + i * 0.013 + Math.sin(i) * 3;
      bars.add(
          new Bar(
              T0 + i * H,
              open,
              open + 1.5 + (i % 7) * 0.1,
              open - 1.25 - (i % 5) * 0.1,
              open + Math.cos(i),
              1_000 + i * 1.7,
              (1_000 + i * 1.7) * open,
              500 + i));
    }
    return bars;
  }

  @Test
  void unknownSnapshotIdIsRejected() {
    lake.append(List.of(series("BTCUSDT", 0, 3)));

    assertThatThrownBy(
            () -> lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.of(42L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("42");
  }

  @Test
  void watermarksAreTheLastOpenTimePerSymbolAndInterval() {
    lake.append(List.of(series("BTCUSDT", 0, 10), series("ETHUSDT", 0, 4)));
    lake.append(List.of(series("BTCUSDT", 10, 12)));
    lake.append(List.of(new BarSeries("BTCUSDT", Interval.D1, List.of(bar(0), bar(24), bar(48)))));

    assertThat(lake.lastOpenTimes(Interval.H1, OptionalLong.empty()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("BTCUSDT", T0 + 11 * H, "ETHUSDT", T0 + 3 * H));
    assertThat(lake.lastOpenTimes(Interval.D1, OptionalLong.empty()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("BTCUSDT", T0 + 48 * H));
  }

  @Test
  void summaryCountsBarsAndGapsPerSymbol() {
    List<Bar> withGaps = new ArrayList<>(hours(0, 20));
    withGaps.removeIf(b -> b.openTimeMs() == T0 + 5 * H || b.openTimeMs() == T0 + 6 * H);
    withGaps.removeIf(b -> b.openTimeMs() == T0 + 15 * H);
    lake.append(List.of(new BarSeries("ETHUSDT", Interval.H1, withGaps), series("BTCUSDT", 0, 20)));

    LakeSummary summary = lake.summary(OptionalLong.empty());

    assertThat(summary.symbols())
        .containsExactly(
            new SymbolSummary("BTCUSDT", Interval.H1, 20, T0, T0 + 19 * H, 0, 0, 0),
            new SymbolSummary("ETHUSDT", Interval.H1, 17, T0, T0 + 19 * H, 2, 3, 0));
    assertThat(summary.bars()).isEqualTo(37);
    assertThat(summary.gaps()).isEqualTo(2);
    assertThat(summary.missingBars()).isEqualTo(3);
    assertThat(summary.snapshotId()).isEqualTo(lake.currentSnapshotId());
  }

  @Test
  void concurrentAppendsFromTwoThreadsAllLand() throws Exception {
    int commitsPerThread = 8;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (String prefix : List.of("A", "B")) {
        Callable<Void> writer =
            () -> {
              for (int i = 0; i < commitsPerThread; i++) {
                lake.append(List.of(series(prefix + i + "USDT", 0, 5 + i)));
              }
              return null;
            };
        futures.add(pool.submit(writer));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    LakeSummary summary = lake.summary(OptionalLong.empty());
    assertThat(summary.symbols()).hasSize(2 * commitsPerThread);
    long expected = 2L * (5 * commitsPerThread + commitsPerThread * (commitsPerThread - 1) / 2);
    assertThat(summary.bars()).isEqualTo(expected);
    assertThat(summary.duplicateBars()).isZero();
  }

  @Test
  void reimportingTheSameFilesAddsNothing() {
    Path folder = folder("idem");
    writeCsv(folder, "BTCUSDT-1h.csv.gz", hours(0, 30));
    writeCsv(folder, "ETHUSDT-1h.csv.gz", hours(3, 20));
    writeCsv(folder, "SOLUSDT-1d.csv.gz", List.of(bar(0), bar(24)));

    ImportResult first = importer(2).importFolder(folder, ImportListener.none());
    long snapshot = lake.currentSnapshotId().orElseThrow();
    ImportResult second = importer(2).importFolder(folder, ImportListener.none());

    assertThat(first.barsRead()).isEqualTo(30 + 17 + 2);
    assertThat(first.barsAppended()).isEqualTo(49);
    assertThat(second.barsRead()).isEqualTo(49);
    assertThat(second.barsAppended()).isZero();
    assertThat(second.barsAlreadyPresent()).isEqualTo(49);
    assertThat(second.commits()).isZero();
    assertThat(lake.currentSnapshotId()).hasValue(snapshot);
    assertThat(lake.summary(OptionalLong.empty()).bars()).isEqualTo(49);
  }

  @Test
  void importAppendsOnlyBarsNewerThanTheLake() {
    Path folder = folder("incr");
    writeCsv(folder, "BTCUSDT-1h.csv.gz", hours(0, 100));
    importer(2).importFolder(folder, ImportListener.none());
    writeCsv(folder, "BTCUSDT-1h.csv.gz", hours(0, 150));
    writeCsv(folder, "ETHUSDT-1h.csv.gz", hours(0, 7));

    ImportResult result = importer(2).importFolder(folder, ImportListener.none());

    assertThat(result.barsAppended()).isEqualTo(50 + 7);
    assertThat(result.barsAlreadyPresent()).isEqualTo(100);
    BarSeries btc = lake.read("BTCUSDT", Interval.H1, 0, Long.MAX_VALUE, OptionalLong.empty());
    assertThat(btc.bars()).isEqualTo(hours(0, 150));
  }

  @Test
  void importReportsBadRowsAndGapsWithFileAndLine() {
    Path folder = folder("bad");
    String header = "open_time_ms,open,high,low,close,volume,quote_volume,trades\n";
    String rows =
        T0
            + ",1,2,0.5,1.5,10,,\n" // line 2
            + (T0 + H)
            + ",1,2,0.5,oops,10,,\n" // line 3: unparsable close
            + (T0 + H)
            + ",1,0.4,0.5,1,10,,\n" // line 4: high below low
            + (T0 + 4 * H)
            + ",1,2,0.5,1.5,10,,\n" // line 5: after a gap of 3 bars
            + (T0 + 4 * H)
            + ",1,2,0.5,1.5,10,,\n"; // line 6: duplicate
    writeRaw(folder, "XRPUSDT-1h.csv.gz", header + rows);
    writeRaw(folder, "notes.csv.gz", header);

    ImportResult result = importer(1).importFolder(folder, ImportListener.none());

    assertThat(result.problems())
        .extracting(RowProblem::file, RowProblem::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("XRPUSDT-1h.csv.gz", 3L),
            org.assertj.core.groups.Tuple.tuple("XRPUSDT-1h.csv.gz", 4L),
            org.assertj.core.groups.Tuple.tuple("XRPUSDT-1h.csv.gz", 6L),
            org.assertj.core.groups.Tuple.tuple("notes.csv.gz", 1L));
    assertThat(result.gaps())
        .singleElement()
        .satisfies(g -> assertThat(g.missingBars()).isEqualTo(3));
    assertThat(result.barsAppended()).isEqualTo(2);
    assertThat(result.files()).isEqualTo(2);
  }

  @Test
  void filesStagedButNeverCommittedAreInvisibleAndARerunAddsEachBarOnce() {
    Path folder = folder("crash-before-commit");
    writeCsv(folder, "BTCUSDT-1h.csv.gz", hours(0, 40));
    writeCsv(folder, "ETHUSDT-1h.csv.gz", hours(0, 30));
    // The process "dies" after writing the data files of a batch, before its commit.
    lake.stage(series("BTCUSDT", 0, 40));
    lake.stage(series("ETHUSDT", 0, 30));
    assertThat(lake.currentSnapshotId()).isEmpty();

    ImportResult rerun = importer(2).importFolder(folder, ImportListener.none());

    assertThat(rerun.barsAppended()).isEqualTo(70);
    LakeSummary summary = lake.summary(OptionalLong.empty());
    assertThat(summary.bars()).isEqualTo(70);
    assertThat(summary.duplicateBars()).isZero();
  }

  @Test
  void importKilledBetweenCommitsLeavesNoDuplicatesAfterARerun() {
    Path folder = folder("crash-between-commits");
    for (int s = 0; s < 6; s++) {
      writeCsv(folder, "C" + s + "USDT-1h.csv.gz", hours(0, 10 + s));
    }
    ImportListener dieAfterFirstCommit =
        progress -> {
          if (progress.commits() == 1) {
            throw new IllegalStateException("killed");
          }
        };

    assertThatThrownBy(() -> importer(2, 2).importFolder(folder, dieAfterFirstCommit))
        .hasMessage("killed");
    long afterCrash = lake.summary(OptionalLong.empty()).bars();
    ImportResult rerun = importer(2, 2).importFolder(folder, ImportListener.none());

    long total = 10 + 11 + 12 + 13 + 14 + 15;
    assertThat(afterCrash).isPositive().isLessThan(total);
    assertThat(rerun.barsAppended()).isEqualTo(total - afterCrash);
    assertThat(rerun.barsAlreadyPresent()).isEqualTo(afterCrash);
    LakeSummary summary = lake.summary(OptionalLong.empty());
    assertThat(summary.bars()).isEqualTo(total);
    assertThat(summary.duplicateBars()).isZero();
  }

  @Test
  void progressIsReportedForEveryFile() {
    Path folder = folder("progress");
    for (int s = 0; s < 5; s++) {
      writeCsv(folder, "P" + s + "USDT-1h.csv.gz", hours(0, 5));
    }
    List<ImportProgress> seen = new ArrayList<>();

    ImportResult result = importer(2, 2).importFolder(folder, seen::add);

    assertThat(seen).extracting(ImportProgress::filesDone).containsExactly(1, 2, 3, 4, 5);
    assertThat(seen).allSatisfy(p -> assertThat(p.filesTotal()).isEqualTo(5));
    assertThat(seen.get(4).barsAppended()).isEqualTo(25);
    assertThat(seen.get(4).eta()).hasValue(java.time.Duration.ZERO);
    assertThat(result.commits()).isEqualTo(3);
  }

  protected KlineImporter importer(int threads) {
    return importer(threads, 50);
  }

  protected KlineImporter importer(int threads, int symbolsPerCommit) {
    return new KlineImporter(
        lake,
        new KlineCsvReader(),
        new ImportOptions(threads, symbolsPerCommit),
        Clock.systemUTC());
  }

  /** Hour i: prices around 100+i, volume i, no quote volume or trades. */
  protected static Bar bar(int i) {
    double open = 100 + (i % 17);
    return new Bar(T0 + i * H, open, open + 2.5, open - 1.25, open + 0.75, i * 0.5, Double.NaN, -1);
  }

  protected static List<Bar> hours(int from, int to) {
    List<Bar> bars = new ArrayList<>();
    for (int i = from; i < to; i++) {
      bars.add(bar(i));
    }
    return bars;
  }

  protected static BarSeries series(String symbol, int from, int to) {
    return new BarSeries(symbol, Interval.H1, hours(from, to));
  }

  private Path folder(String name) {
    try {
      return Files.createDirectories(tempDir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static void writeCsv(Path folder, String name, List<Bar> bars) {
    StringBuilder csv =
        new StringBuilder("open_time_ms,open,high,low,close,volume,quote_volume,trades\n");
    for (Bar b : bars) {
      csv.append(b.openTimeMs()).append(',').append(b.open()).append(',').append(b.high());
      csv.append(',').append(b.low()).append(',').append(b.close()).append(',').append(b.volume());
      csv.append(',');
      if (!Double.isNaN(b.quoteVolume())) {
        csv.append(b.quoteVolume());
      }
      csv.append(',');
      if (b.trades() >= 0) {
        csv.append(b.trades());
      }
      csv.append('\n');
    }
    writeRaw(folder, name, csv.toString());
  }

  protected static void writeRaw(Path folder, String name, String content) {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(name)))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
