package dev.coinengine.local;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.runner.launch.DailyTrainingLauncher;
import dev.coinengine.runner.launch.EmptyLakeException;
import dev.coinengine.runner.launch.LakeTrainingCoins;
import dev.coinengine.runner.launch.LaunchRequest;
import dev.coinengine.runner.launch.PlannedRun;
import dev.coinengine.runner.pipeline.StageTimings;
import dev.coinengine.runner.worker.RunnerStats;
import dev.coinengine.runner.worker.TrainingFleet;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.VersionFilter;
import dev.coinengine.store.registry.VersionStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * One training run on this machine: pick coins from the lake, enqueue their jobs, train them with K
 * in-process runner threads (other runner processes on the same queue may help), wait with progress
 * and print the summary.
 */
final class TrainingRun {
  private static final Duration POLL_WAIT = Duration.ofSeconds(1);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
  private static final Duration IDLE_LIMIT = Duration.ofSeconds(10);
  private static final int MAX_COINS_SHOWN = 40;

  /** What to train; empty coin count = every eligible coin. */
  record Request(
      OptionalLong coins, List<Interval> timeframes, List<String> families, int runners) {}

  /** The jobs of the run and their registered versions. */
  record Result(List<JobSpec> jobs, List<ModelVersion> versions, Duration elapsed) {}

  private final EngineContext context;
  private final TrainingServices services;
  private final PrintStream out;

  TrainingRun(EngineContext context, TrainingServices services, PrintStream out) {
    this.context = context;
    this.services = services;
    this.out = out;
  }

  Result run(Request request) throws InterruptedException {
    EngineConfig config = context.config();
    try (TrainingFleet fleet =
        TrainingFleet.open(
            config,
            services.sqs(),
            context.lake(),
            services.registry(),
            request.runners(),
            POLL_WAIT,
            Clock.systemUTC())) {
      PlannedRun run = plan(config, fleet, request);
      List<JobSpec> jobs = run.jobs();
      out.printf(
          Locale.ROOT,
          "%ntraining: %d coins x %s x 3 regimes x %s = %d jobs (lake snapshot %d, %s, %s),"
              + " %d runner threads%n",
          run.coins().size(),
          codes(run.timeframes()),
          run.families(),
          jobs.size(),
          run.lakeSnapshotId(),
          run.configVersion(),
          run.runId(),
          fleet.threads());
      long start = System.nanoTime();
      fleet.queue().enqueue(jobs);
      fleet.start();
      List<ModelVersion> versions = await(fleet, jobs, start);
      fleet.stop(Duration.ofSeconds(30));
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      summary(jobs, versions, fleet.stats().snapshot(), elapsed);
      return new Result(jobs, versions, elapsed);
    }
  }

  /**
   * The coins the selector ranks, point in time, as of the close of the lake's newest 1h bar
   * (stablecoins, fiat, leveraged tokens, stopped and too-new coins are left out with a reason),
   * and their jobs; the same plan the {@code dailyTraining} function makes.
   */
  private PlannedRun plan(EngineConfig config, TrainingFleet fleet, Request request) {
    PlannedRun run;
    try {
      DailyTrainingLauncher launcher =
          new DailyTrainingLauncher(
              new LakeTrainingCoins(context.lake(), config.coinSelection(), Clock.systemUTC()),
              fleet.plan(),
              request.timeframes(),
              request.families());
      run =
          launcher.plan(
              new LaunchRequest(
                  request.coins().isPresent()
                      ? OptionalInt.of(
                          (int) Math.min(Integer.MAX_VALUE, request.coins().getAsLong()))
                      : OptionalInt.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
    } catch (EmptyLakeException e) {
      throw new UserError(e.getMessage() + " (./engine lake import)");
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Selection selection = run.selection();
    out.printf(
        Locale.ROOT,
        "coins: %d ranked by the selector as of %s, %d left out %s%n",
        selection.ranked().size(),
        run.date(),
        selection.excluded().size(),
        selection.exclusionsByReason().keySet());
    return run;
  }

  private List<ModelVersion> await(TrainingFleet fleet, List<JobSpec> jobs, long start)
      throws InterruptedException {
    Set<String> ids = new HashSet<>();
    jobs.forEach(j -> ids.add(j.jobId()));
    long lastProgress = System.nanoTime();
    long idleSince = -1;
    while (true) {
      Thread.sleep(500);
      List<ModelVersion> versions = versionsOf(ids);
      long now = System.nanoTime();
      RunnerStats.Snapshot s = fleet.stats().snapshot();
      boolean idle = s.inFlight() == 0 && fleet.queue().depth() == 0;
      // Done when every job is registered and the duplicates sent this time are drained too.
      if (versions.size() == ids.size() && idle) {
        progress(versions.size(), ids.size(), start, fleet);
        return versions;
      }
      if (!idle) {
        idleSince = -1;
      } else if (idleSince < 0) {
        idleSince = now;
      } else if (now - idleSince > IDLE_LIMIT.toNanos()) {
        out.printf(
            Locale.ROOT,
            "training: %d jobs not registered (held by another runner or in the dead-letter"
                + " queue: %d messages there)%n",
            ids.size() - versions.size(),
            fleet.queue().deadLetterDepth());
        return versions;
      }
      if (now - lastProgress >= PROGRESS_EVERY.toNanos()) {
        lastProgress = now;
        progress(versions.size(), ids.size(), start, fleet);
      }
    }
  }

  private List<ModelVersion> versionsOf(Set<String> ids) {
    List<ModelVersion> out = new ArrayList<>();
    for (ModelVersion v : services.registry().list(VersionFilter.all())) {
      if (ids.contains(v.jobId())) {
        out.add(v);
      }
    }
    return out;
  }

  private void progress(int done, int total, long start, TrainingFleet fleet) {
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    String eta = done == 0 ? "-" : clock(Duration.ofSeconds((long) ((total - done) / rate)));
    out.printf(
        Locale.ROOT,
        "training: %d/%d jobs, %.1f jobs/s, %s elapsed, ETA %s, queue depth %d%n",
        done,
        total,
        rate,
        clock(Duration.ofSeconds((long) seconds)),
        eta,
        fleet.queue().depth());
  }

  private void summary(
      List<JobSpec> jobs, List<ModelVersion> versions, RunnerStats.Snapshot s, Duration elapsed) {
    Map<String, int[]> perCoin = new TreeMap<>();
    for (JobSpec j : jobs) {
      perCoin.putIfAbsent(j.symbol(), new int[3]);
    }
    Map<VersionStatus, Integer> totals = new HashMap<>();
    for (ModelVersion v : versions) {
      perCoin.get(v.key().symbol())[v.status().ordinal()]++;
      totals.merge(v.status(), 1, Integer::sum);
    }
    out.println();
    if (perCoin.size() <= MAX_COINS_SHOWN) {
      out.printf(
          Locale.ROOT,
          "%-14s %5s %9s %9s %7s%n",
          "coin",
          "jobs",
          "candidate",
          "rejected",
          "failed");
      perCoin.forEach(
          (coin, n) ->
              out.printf(
                  Locale.ROOT,
                  "%-14s %5d %9d %9d %7d%n",
                  coin,
                  n[0] + n[1] + n[2],
                  n[0],
                  n[1],
                  n[2]));
    }
    double seconds = elapsed.toMillis() / 1000.0;
    out.printf(
        Locale.ROOT,
        "training done: %d coins, %d jobs: %d candidate, %d rejected, %d failed, %d not"
            + " registered; %s, %.2f jobs/s%n",
        perCoin.size(),
        jobs.size(),
        totals.getOrDefault(VersionStatus.CANDIDATE, 0),
        totals.getOrDefault(VersionStatus.REJECTED, 0),
        totals.getOrDefault(VersionStatus.FAILED, 0),
        jobs.size() - versions.size(),
        clock(elapsed),
        versions.size() / Math.max(seconds, 1e-9));
    StageTimings t = s.stageTotals();
    out.printf(
        Locale.ROOT,
        "this process: %d trained here, %d found registered; job time p50 %d ms, p95 %d ms;"
            + " stage totals (s): load %.1f, features %.1f, validate %.1f, train %.1f,"
            + " export %.1f, parity %.1f%n",
        s.registered(),
        s.duplicates(),
        s.jobTimeQuantile(0.5).toMillis(),
        s.jobTimeQuantile(0.95).toMillis(),
        t.load() / 1000,
        t.features() / 1000,
        t.validate() / 1000,
        t.train() / 1000,
        t.export() / 1000,
        t.parity() / 1000);
  }

  private static String codes(List<Interval> timeframes) {
    return String.join(",", timeframes.stream().map(Interval::code).toList());
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
