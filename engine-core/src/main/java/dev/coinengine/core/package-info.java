/**
 * Pure domain logic of the engine: market values, resampling, configuration records and (as they
 * land) features, regimes, engines, selection, consensus, gating, cost, risk and validation
 * statistics. No Spring, AWS, Iceberg, ONNX, Tribuo or XChange types appear here; the build
 * enforces it.
 */
package dev.coinengine.core;
