/**
 * One training job end to end ({@link dev.coinengine.runner.pipeline.TrainingPipeline}): features,
 * regime filter, labels, purged walk-forward evaluation, final fit, ONNX export and parity. No
 * queue, no registry: the caller stores the outcome.
 */
package dev.coinengine.runner.pipeline;
