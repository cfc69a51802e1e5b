package dev.coinengine.functions.training;

import dev.coinengine.functions.support.FunctionMetrics;
import dev.coinengine.functions.support.NotAvailableException;
import dev.coinengine.functions.support.UnavailableException;
import dev.coinengine.runner.launch.EmptyLakeException;
import dev.coinengine.runner.launch.LaunchedRun;
import dev.coinengine.store.queue.MessageQueueException;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code dailyTraining}: selects the day's coins point in time, enqueues their jobs (coins ×
 * timeframes × regimes × families) and answers with the counts and the run id. Triggered by an
 * EventBridge schedule or a plain POST. Job ids are deterministic, so a repeated trigger enqueues
 * the same ids and the runners register each job once.
 */
public final class DailyTraining implements Function<DailyTrainingRequest, DailyTrainingResponse> {

  private final Optional<TrainingBackend> backend;
  private final FunctionMetrics metrics;

  public DailyTraining(Optional<TrainingBackend> backend, FunctionMetrics metrics) {
    this.backend = backend;
    this.metrics = metrics;
  }

  @Override
  public DailyTrainingResponse apply(DailyTrainingRequest request) {
    TrainingBackend training =
        backend.orElseThrow(
            () ->
                new NotAvailableException(
                    "",
                    "training is not available in this deployment (no kline lake and training"
                        + " queue are configured for the functions)"));
    LaunchedRun launched;
    try {
      launched = training.launcher().launch(request.overrides(), training.queue());
    } catch (EmptyLakeException e) {
      throw new UnavailableException(e.getMessage(), e);
    } catch (MessageQueueException e) {
      throw new UnavailableException("the training queue is unavailable: " + e.getMessage(), e);
    }
    metrics.recordTrainingRun(request.trigger(), launched.enqueued());
    return DailyTrainingResponse.of(request, launched);
  }
}
