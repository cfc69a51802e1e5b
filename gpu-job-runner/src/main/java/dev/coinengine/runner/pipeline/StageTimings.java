package dev.coinengine.runner.pipeline;

/**
 * Wall time of each stage of a job, in milliseconds. {@code load} and {@code features} are 0 for a
 * job that reused a coin's prepared features (they are reported once, by {@link CoinFeatures}).
 *
 * @param features features, regimes and labels
 * @param validate walk-forward: one fit and one scoring per window
 * @param train the final fit on every training row
 * @param export ONNX export with metadata
 * @param parity loading the export into ONNX Runtime and comparing
 */
public record StageTimings(
    double load, double features, double validate, double train, double export, double parity) {

  public double total() {
    return load + features + validate + train + export + parity;
  }
}
