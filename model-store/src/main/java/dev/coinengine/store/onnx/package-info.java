/**
 * Scoring of exported ONNX models with ONNX Runtime ({@link dev.coinengine.store.onnx.OnnxScorer}),
 * shared by serving and the training parity check, and the metadata keys a model carries ({@link
 * dev.coinengine.store.onnx.ModelMetadataKeys}).
 */
package dev.coinengine.store.onnx;
