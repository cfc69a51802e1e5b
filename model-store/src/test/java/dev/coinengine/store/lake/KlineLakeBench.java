package dev.coinengine.store.lake;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.iceberg.BaseMetastoreCatalog;

/**
 * Imports a kline folder into a JDBC (SQLite) + S3 file IO lake on an embedded S3 server that
 * stores its objects on disk, then times warm reads of one symbol and a second, no-op import.
 * Arguments (all optional): kline folder, work folder (must not exist), symbol, threads.
 */
public final class KlineLakeBench {
  private static final String ACCESS = "bench-access";
  private static final String SECRET = "bench-secret";

  private KlineLakeBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = args.length > 0 ? Path.of(args[0]) : findKlines();
    Path work =
        args.length > 1
            ? Path.of(args[1])
            : Files.createTempDirectory("kline-lake-bench-").toAbsolutePath();
    String symbol = args.length > 2 ? args[2] : "BTCUSDT";
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : cores();
    System.out.printf(
        "kline folder %s%nwork folder %s%nthreads %d, java %s, %d cores, max heap %d MiB%n",
        folder,
        work,
        threads,
        System.getProperty("java.version"),
        cores(),
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
        KlineImporter importer =
            new KlineImporter(
                lake,
                new KlineCsvReader(),
                new ImportOptions(threads, ImportOptions.defaults().symbolsPerCommit()),
                Clock.systemUTC());

        ImportResult first = importer.importFolder(folder, KlineLakeBench::printEvery10Percent);
        System.out.printf(
            Locale.ROOT,
            "(a) first import: %d files, %d bars read, %d appended, %d commits, %d problems,"
                + " %d gaps (%d missing bars) in %.1f s%n",
            first.files(),
            first.barsRead(),
            first.barsAppended(),
            first.commits(),
            first.problems().size(),
            first.gaps().size(),
            first.missingBars(),
            first.elapsed().toMillis() / 1000.0);

        long snapshot = lake.currentSnapshotId().orElseThrow();
        int warmup = 5;
        int runs = 20;
        double[] millis = new double[runs];
        int bars = 0;
        for (int i = 0; i < warmup + runs; i++) {
          long t0 = System.nanoTime();
          BarSeries series =
              lake.read(symbol, Interval.H1, 0, Long.MAX_VALUE, OptionalLong.of(snapshot));
          long t1 = System.nanoTime();
          bars = series.size();
          if (i >= warmup) {
            millis[i - warmup] = (t1 - t0) / 1e6;
          }
        }
        Arrays.sort(millis);
        System.out.printf(
            Locale.ROOT,
            "(b) read %s 1h (%d bars), pinned snapshot, %d warm runs: median %.1f ms, p95 %.1f"
                + " ms, min %.1f ms, max %.1f ms%n",
            symbol,
            bars,
            runs,
            millis[runs / 2],
            millis[(int) Math.ceil(runs * 0.95) - 1],
            millis[0],
            millis[runs - 1]);

        long t0 = System.nanoTime();
        int watermarks = lake.lastOpenTimes(Interval.H1, OptionalLong.empty()).size();
        System.out.printf(
            Locale.ROOT,
            "    watermarks of %d symbols from column stats: %.0f ms%n",
            watermarks,
            (System.nanoTime() - t0) / 1e6);

        ImportResult second = importer.importFolder(folder, progress -> {});
        System.out.printf(
            Locale.ROOT,
            "(c) second import: %d bars read, %d appended, %d already present, %d commits in %.1f"
                + " s%n",
            second.barsRead(),
            second.barsAppended(),
            second.barsAlreadyPresent(),
            second.commits(),
            second.elapsed().toMillis() / 1000.0);

        t0 = System.nanoTime();
        LakeSummary summary = lake.summary(OptionalLong.empty());
        System.out.printf(
            Locale.ROOT,
            "    summary: %d symbol series, %d bars, %d gaps, %d missing bars, %d duplicates in"
                + " %.1f s%n",
            summary.symbols().size(),
            summary.bars(),
            summary.gaps(),
            summary.missingBars(),
            summary.duplicateBars(),
            (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  private static int lastDecile = -1;

  private static void printEvery10Percent(ImportProgress p) {
    int decile = p.filesDone() * 10 / Math.max(1, p.filesTotal());
    if (decile != lastDecile) {
      lastDecile = decile;
      System.out.printf(
          Locale.ROOT,
          "    %d/%d files, %d bars read, %d appended, %d commits, %.0f bars/s, eta %s%n",
          p.filesDone(),
          p.filesTotal(),
          p.barsRead(),
          p.barsAppended(),
          p.commits(),
          p.barsPerSecond(),
          p.eta().map(d -> d.toSeconds() + " s").orElse("?"));
    }
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static Path findKlines() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/klines/1h");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/data/klines/1h not found; pass the folder as argument");
  }
}
