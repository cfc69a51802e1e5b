package dev.coinengine.functions.training;

import dev.coinengine.runner.launch.DailyTrainingLauncher;
import dev.coinengine.store.jobs.TrainingQueue;
import java.util.Objects;

/**
 * What {@code dailyTraining} needs from the deployment: the launcher (kline lake, selector, plan)
 * and the training queue. A deployment without one answers {@code dailyTraining} with 422.
 */
public record TrainingBackend(DailyTrainingLauncher launcher, TrainingQueue queue) {

  public TrainingBackend {
    Objects.requireNonNull(launcher, "launcher");
    Objects.requireNonNull(queue, "queue");
  }
}
