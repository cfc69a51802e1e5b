package dev.coinengine.runner.training;

/** Trains one classifier on a labelled training set. */
public interface ModelTrainer {

  /**
   * @throws PermanentTrainingException when the set cannot train this family (e.g. one class only)
   */
  TrainedModel train(TrainingSet set, TrainerSpec spec);
}
