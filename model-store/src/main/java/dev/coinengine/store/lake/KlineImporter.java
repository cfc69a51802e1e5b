package dev.coinengine.store.lake;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Gap;
import dev.coinengine.core.market.Gaps;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsv;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.market.csv.KlineFile;
import dev.coinengine.core.market.csv.KlineScan;
import dev.coinengine.core.market.csv.RowProblem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports a folder of kline CSV files ({@code <SYMBOL>-<interval>.csv.gz}) into a {@link
 * KlineLake}: idempotent (a second import of the same files appends nothing) and incremental (per
 * symbol and interval only bars after the lake's last open time are appended).
 *
 * <p>Worker threads parse a file, keep the bars after the watermark and stage them as one Parquet
 * file; the calling thread commits the staged files in batches of {@link
 * ImportOptions#symbolsPerCommit()}, one atomic append each, so progress becomes durable and
 * visible batch by batch.
 *
 * <p>Why a killed import never leaves duplicated bars: the watermarks are read from the committed
 * snapshot when the import starts, and a bar becomes visible only through the atomic commit of its
 * batch (one catalog pointer swap). If the process dies before a commit, that batch's staged files
 * are referenced by no snapshot, so no reader sees them and the next import's watermarks do not
 * cover them: those bars are staged again into new files and committed once. If it dies after a
 * commit, the next import's watermarks include the committed bars, so they are skipped. A commit
 * whose outcome is unknown to the client (connection lost) is resolved the same way, because the
 * rerun reads what was actually committed. What is left behind is orphan files, never visible rows.
 * This holds for one importer per lake at a time; two importers of the same files at once could
 * both append them.
 */
public final class KlineImporter {
  private final KlineLake lake;
  private final KlineCsvReader reader;
  private final ImportOptions options;
  private final Clock clock;

  public KlineImporter(KlineLake lake, KlineCsvReader reader, ImportOptions options, Clock clock) {
    this.lake = Objects.requireNonNull(lake, "lake");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Imports every kline file of {@code folder} (not sub-folders).
   *
   * @throws KlineLakeException if the lake cannot be written; batches committed before stay
   */
  public ImportResult importFolder(Path folder, ImportListener listener) {
    Instant start = clock.instant();
    KlineScan scan = reader.scan(folder);
    List<RowProblem> problems = new ArrayList<>();
    for (Path rejected : scan.rejected()) {
      problems.add(
          new RowProblem(
              rejected.getFileName().toString(),
              1,
              "file name is not <SYMBOL>-<1h|4h|1d>.csv.gz; file skipped"));
    }
    List<KlineFile> files = scan.files();
    OptionalLong base = lake.currentSnapshotId();
    Map<Interval, Map<String, Long>> watermarks = new EnumMap<>(Interval.class);
    for (KlineFile file : files) {
      watermarks.computeIfAbsent(file.interval(), i -> lake.lastOpenTimes(i, base));
    }

    List<Gap> gaps = new ArrayList<>();
    List<StagedFile> pending = new ArrayList<>();
    long barsRead = 0;
    long barsAppended = 0;
    long barsPresent = 0;
    int commits = 0;
    int done = 0;
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads(),
            task -> {
              Thread t = new Thread(task, "kline-import-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      CompletionService<FileOutcome> outcomes = new ExecutorCompletionService<>(pool);
      for (KlineFile file : files) {
        Map<String, Long> marks = watermarks.get(file.interval());
        long watermark = marks.getOrDefault(file.symbol(), Long.MIN_VALUE);
        outcomes.submit(() -> importFile(file, watermark));
      }
      for (int i = 0; i < files.size(); i++) {
        FileOutcome outcome = take(outcomes);
        done++;
        barsRead += outcome.barsRead();
        barsPresent += outcome.barsPresent();
        problems.addAll(outcome.problems());
        gaps.addAll(outcome.gaps());
        if (outcome.staged() != null) {
          pending.add(outcome.staged());
        }
        boolean last = i == files.size() - 1;
        if (!pending.isEmpty() && (pending.size() >= options.symbolsPerCommit() || last)) {
          lake.commit(pending);
          barsAppended += pending.stream().mapToLong(StagedFile::bars).sum();
          commits++;
          pending.clear();
        }
        listener.progress(
            new ImportProgress(
                done,
                files.size(),
                barsRead,
                barsAppended,
                commits,
                Duration.between(start, clock.instant())));
      }
    } finally {
      pool.shutdownNow();
    }
    return new ImportResult(
        files.size() + scan.rejected().size(),
        barsRead,
        barsAppended,
        barsPresent,
        problems,
        gaps,
        commits,
        Duration.between(start, clock.instant()));
  }

  private FileOutcome importFile(KlineFile file, long watermark) {
    KlineCsv csv = reader.read(file.path());
    BarSeries series = csv.series();
    List<Bar> fresh = new ArrayList<>();
    for (Bar bar : series.bars()) {
      if (bar.openTimeMs() > watermark) {
        fresh.add(bar);
      }
    }
    StagedFile staged =
        fresh.isEmpty() ? null : lake.stage(new BarSeries(file.symbol(), file.interval(), fresh));
    return new FileOutcome(
        series.size(), series.size() - fresh.size(), csv.problems(), Gaps.find(series), staged);
  }

  private static FileOutcome take(CompletionService<FileOutcome> outcomes) {
    try {
      return outcomes.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KlineLakeException("import interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new KlineLakeException("import failed: " + e.getCause(), e.getCause());
    }
  }

  private record FileOutcome(
      long barsRead,
      long barsPresent,
      List<RowProblem> problems,
      List<Gap> gaps,
      StagedFile staged) {}
}
