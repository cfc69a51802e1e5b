package dev.coinengine.runner.launch;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.runner.worker.TrainingPlan;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.jobs.TrainingQueue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans and starts a training run: the selector's coins of a day × timeframes × 3 regimes ×
 * families, pinned to the lake's newest snapshot. Job ids depend only on the job, the snapshot and
 * the plan's config version, so launching the same run twice enqueues the same ids again and the
 * runners register each job once (the second copy is acknowledged as already registered).
 */
public final class DailyTrainingLauncher {
  private final TrainingCoins coins;
  private final TrainingPlan plan;
  private final List<Interval> defaultTimeframes;
  private final List<String> defaultFamilies;

  public DailyTrainingLauncher(
      TrainingCoins coins,
      TrainingPlan plan,
      List<Interval> defaultTimeframes,
      List<String> defaultFamilies) {
    this.coins = Objects.requireNonNull(coins, "coins");
    this.plan = Objects.requireNonNull(plan, "plan");
    // Validated like a request's overrides.
    new LaunchRequest(
        java.util.OptionalInt.empty(),
        Optional.of(defaultTimeframes),
        Optional.of(defaultFamilies),
        Optional.empty());
    this.defaultTimeframes = List.copyOf(defaultTimeframes);
    this.defaultFamilies = List.copyOf(defaultFamilies);
  }

  public TrainingPlan plan() {
    return plan;
  }

  /**
   * The run's coins and jobs, without enqueuing them.
   *
   * @throws EmptyLakeException if the lake holds no bars
   */
  public PlannedRun plan(LaunchRequest request) {
    Objects.requireNonNull(request, "request");
    long snapshot =
        coins
            .currentSnapshot()
            .orElseThrow(
                () -> new EmptyLakeException("the kline lake is empty: import bars first"));
    LocalDate newest =
        coins
            .newestDay(snapshot)
            .orElseThrow(
                () ->
                    new EmptyLakeException(
                        "the kline lake holds no 1h bars at snapshot " + snapshot));
    // A schedule fires before the lake has the day's bars (or long after a backfill); the
    // newest day the lake can answer is used then.
    LocalDate day = request.date().filter(d -> !d.isAfter(newest)).orElse(newest);
    Selection selection = coins.select(day, snapshot);
    List<String> symbols = selection.symbols();
    if (request.coins().isPresent()) {
      symbols = symbols.stream().limit(request.coins().getAsInt()).toList();
    }
    List<Interval> timeframes = request.timeframes().orElse(defaultTimeframes);
    List<String> families = request.families().orElse(defaultFamilies);
    List<JobSpec> jobs = plan.jobs(symbols, timeframes, families, snapshot);
    return new PlannedRun(
        runId(day, snapshot, jobs),
        request.date(),
        day,
        snapshot,
        plan.configVersion(),
        selection,
        symbols,
        timeframes,
        families,
        jobs);
  }

  /** Plans the run and sends its jobs to {@code queue}. */
  public LaunchedRun launch(LaunchRequest request, TrainingQueue queue) {
    Objects.requireNonNull(queue, "queue");
    PlannedRun run = plan(request);
    int sent = run.jobs().isEmpty() ? 0 : queue.enqueue(run.jobs());
    return new LaunchedRun(run, sent);
  }

  private String runId(LocalDate day, long snapshot, List<JobSpec> jobs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((plan.configVersion() + "|" + snapshot).getBytes(StandardCharsets.UTF_8));
      for (JobSpec job : jobs) {
        digest.update(("|" + job.jobId()).getBytes(StandardCharsets.UTF_8));
      }
      return "run-" + day + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every JVM", e);
    }
  }
}
