package dev.coinengine.runner.worker;

import dev.coinengine.runner.pipeline.TrainingOutcome;
import dev.coinengine.store.jobs.JobSpec;

/** Trains one job: bars in, a {@link TrainingOutcome} out (no queue, no registry). */
@FunctionalInterface
public interface JobTrainer {
  /**
   * @return a trained model or a permanent failure with its reason
   * @throws dev.coinengine.runner.training.TransientTrainingException to be retried
   */
  TrainingOutcome train(JobSpec spec);
}
