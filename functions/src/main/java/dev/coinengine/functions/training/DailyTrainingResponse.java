package dev.coinengine.functions.training;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.runner.launch.LaunchedRun;
import dev.coinengine.runner.launch.PlannedRun;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code dailyTraining}: what was put on the queue.
 *
 * @param runId same run (day, snapshot, config, coins, timeframes, families) = same id
 * @param trigger {@code schedule} or {@code request}
 * @param eventId the EventBridge event id, null for a plain request
 * @param requestedDate the day asked for (the event's day), null if none
 * @param date the day whose selection picked the coins
 * @param excluded selector exclusions of that day, counted by reason code
 * @param jobs coins × timeframes × regimes × families
 * @param enqueued messages sent to the training queue (equal to {@code jobs})
 */
public record DailyTrainingResponse(
    String runId,
    String trigger,
    String eventId,
    String requestedDate,
    String date,
    long lakeSnapshotId,
    String configVersion,
    int coins,
    List<String> symbols,
    Map<String, Integer> excluded,
    List<String> timeframes,
    List<String> families,
    List<String> regimes,
    int jobs,
    int enqueued) {

  static DailyTrainingResponse of(DailyTrainingRequest request, LaunchedRun launched) {
    PlannedRun run = launched.plan();
    Map<String, Integer> excluded = new LinkedHashMap<>();
    for (Map.Entry<ReasonCode, List<Exclusion>> e :
        run.selection().exclusionsByReason().entrySet()) {
      excluded.put(e.getKey().name(), e.getValue().size());
    }
    return new DailyTrainingResponse(
        run.runId(),
        request.trigger(),
        request.eventId().orElse(null),
        run.requestedDate().map(Object::toString).orElse(null),
        run.date().toString(),
        run.lakeSnapshotId(),
        run.configVersion(),
        run.coins().size(),
        run.coins(),
        excluded,
        run.timeframes().stream().map(Interval::code).toList(),
        run.families(),
        Arrays.stream(Regime.values()).map(Regime::name).toList(),
        run.jobs().size(),
        launched.enqueued());
  }
}
