/**
 * The training loop: {@link dev.coinengine.runner.worker.TrainingWorker} takes a job from the
 * {@link dev.coinengine.store.jobs.TrainingQueue}, trains it through the pipeline, registers the
 * result and acknowledges; {@link dev.coinengine.runner.worker.TrainingRunner} runs N of them with
 * a heartbeat; {@link dev.coinengine.runner.worker.RunnerMain} is a standalone runner process.
 */
package dev.coinengine.runner.worker;
