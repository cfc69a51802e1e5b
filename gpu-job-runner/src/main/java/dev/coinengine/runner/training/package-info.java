/**
 * Model training behind the {@link dev.coinengine.runner.training.ModelTrainer} port (Tribuo
 * implementation), ONNX export with provenance metadata and the Tribuo/ONNX Runtime parity check.
 */
package dev.coinengine.runner.training;
