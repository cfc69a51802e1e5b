package dev.coinengine.store.rankings;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.lake.ImportOptions;
import dev.coinengine.store.lake.ImportResult;
import dev.coinengine.store.lake.KlineImporter;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.lake.S3Buckets;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.iceberg.BaseMetastoreCatalog;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * Imports a kline folder (default: the shared 315-coin 1h folder) into a JDBC (SQLite) + S3 lake on
 * an embedded on-disk S3 server, then times the point-in-time selection of one date (first and warm
 * runs) and 30 consecutive days computed and stored in {@code market.coin_rankings}. Arguments (all
 * optional): kline folder, work folder (must not exist), date, warm runs, row-group size in bytes
 * set on {@code market.klines} before the import ({@code -}: the table's default), days to compute
 * and store (0: none).
 */
public final class PointInTimeBench {
  private static final String ACCESS = "bench-access";
  private static final String SECRET = "bench-secret";

  private PointInTimeBench() {}

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    Path folder =
        args.length > 0
            ? Path.of(args[0])
            : KlineFolders.find("shared/data/klines/1h")
                .orElseThrow(() -> new IllegalStateException("shared/data/klines/1h not found"));
    Path work =
        args.length > 1
            ? Path.of(args[1])
            : Files.createTempDirectory("pit-bench-").toAbsolutePath();
    LocalDate date = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2023, 6, 1);
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    String rowGroupBytes = args.length > 4 && !args[4].equals("-") ? args[4] : null;
    int days = args.length > 5 ? Integer.parseInt(args[5]) : 30;
    System.out.printf(
        "kline folder %s%nwork folder %s%njava %s, %d cores, max heap %d MiB%n",
        folder,
        work,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    try (EmbeddedS3Server s3 =
        EmbeddedS3Server.startOnDisk(work.resolve("s3"), 0, ACCESS, SECRET)) {
      S3Buckets.create(s3.endpoint(), "us-east-1", ACCESS, SECRET, "lake");
      CatalogSettings settings =
          new CatalogSettings(
              "bench",
              CatalogSettings.JDBC,
              "jdbc:sqlite:" + work.resolve("catalog/iceberg.db"),
              "s3://lake/warehouse",
              s3.endpoint(),
              "us-east-1",
              ACCESS,
              SECRET,
              true);
      try (BaseMetastoreCatalog catalog = IcebergCatalogs.open(settings)) {
        KlineLake lake = KlineLake.open(catalog);
        if (rowGroupBytes != null) {
          catalog
              .loadTable(TableIdentifier.of("market", "klines"))
              .updateProperties()
              .set(TableProperties.PARQUET_ROW_GROUP_SIZE_BYTES, rowGroupBytes)
              .commit();
          lake = KlineLake.open(catalog);
          System.out.println("market.klines row-group size: " + rowGroupBytes + " bytes");
        }
        ImportResult imported =
            new KlineImporter(
                    lake, new KlineCsvReader(), ImportOptions.defaults(), Clock.systemUTC())
                .importFolder(folder, progress -> {});
        System.out.printf(
            Locale.ROOT,
            "import: %d files, %d bars, %d commits in %.1f s%n",
            imported.files(),
            imported.barsAppended(),
            imported.commits(),
            imported.elapsed().toMillis() / 1000.0);
        long snapshot = lake.currentSnapshotId().orElseThrow();
        List<SelectionMetrics> seen = new ArrayList<>();
        PointInTimeSelections selections =
            new PointInTimeSelections(lake, Interval.H1, Clock.systemUTC(), seen::add);
        SelectionSettings selectionSettings = SelectionSettings.defaults();

        double[] millis = new double[runs + 1];
        double[] cpuMillis = new double[runs + 1];
        Selection selection = null;
        for (int i = 0; i <= runs; i++) {
          long t0 = System.nanoTime();
          long cpu0 = processCpuNanos();
          selection = selections.compute(date, selectionSettings, OptionalLong.of(snapshot));
          millis[i] = (System.nanoTime() - t0) / 1e6;
          cpuMillis[i] = (processCpuNanos() - cpu0) / 1e6;
        }
        SelectionMetrics m = seen.get(seen.size() - 1);
        System.out.printf(
            Locale.ROOT,
            "selection of %s: %d candidates, %d ranked, %d symbols and %d bars read%n",
            date,
            selection.candidateCount(),
            selection.ranked().size(),
            m.symbolsRead(),
            m.barsRead());
        double first = millis[0];
        double[] warm = Arrays.copyOfRange(millis, 1, runs + 1);
        Arrays.sort(warm);
        double[] warmCpu = Arrays.copyOfRange(cpuMillis, 1, runs + 1);
        Arrays.sort(warmCpu);
        System.out.printf(
            Locale.ROOT,
            "first run %.0f ms; %d warm runs: median %.0f ms, max %.0f ms (last: read %d ms,"
                + " select %d ms)%n",
            first,
            runs,
            warm[runs / 2],
            warm[runs - 1],
            m.readTime().toMillis(),
            m.selectTime().toMillis());
        // CPU time of the whole process (all threads, the embedded S3 server included): less
        // sensitive than wall time to other work on a shared machine.
        System.out.printf(
            Locale.ROOT,
            "process CPU per warm run: median %.0f ms, max %.0f ms%n",
            warmCpu[runs / 2],
            warmCpu[runs - 1]);

        if (days > 0) {
          DailyRankings daily = new DailyRankings(selections, RankingTable.open(catalog));
          long t0 = System.nanoTime();
          daily.ensure(date, days, selectionSettings, snapshot);
          double computeAll = (System.nanoTime() - t0) / 1e9;
          t0 = System.nanoTime();
          daily.ensure(date, days, selectionSettings, snapshot);
          double readAll = (System.nanoTime() - t0) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "%d days from %s: computed and stored in %.1f s, read back in %.1f s%n",
              days,
              date,
              computeAll,
              readAll);
        }
      }
    }
  }
}
