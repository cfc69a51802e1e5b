package dev.coinengine.runner.launch;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.store.jobs.JobSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The jobs of one training run, before or after they were enqueued.
 *
 * @param runId {@code run-<date>-<12 hex>}, a hash of the config version, the snapshot and the job
 *     ids: the same run planned twice has the same id
 * @param requestedDate the day the caller asked for, if any
 * @param date the day whose selection was used (the requested one, or the lake's newest day when
 *     none was asked for or the lake does not reach the requested one)
 * @param selection the selector's ranking and exclusions for {@code date}
 * @param coins the coins trained, in rank order
 */
public record PlannedRun(
    String runId,
    Optional<LocalDate> requestedDate,
    LocalDate date,
    long lakeSnapshotId,
    String configVersion,
    Selection selection,
    List<String> coins,
    List<Interval> timeframes,
    List<String> families,
    List<JobSpec> jobs) {

  public PlannedRun {
    coins = List.copyOf(coins);
    timeframes = List.copyOf(timeframes);
    families = List.copyOf(families);
    jobs = List.copyOf(jobs);
  }
}
