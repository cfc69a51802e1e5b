/**
 * The training worker: {@link dev.coinengine.runner.training} trains and exports one model, {@link
 * dev.coinengine.runner.pipeline} runs one training job end to end. The queue loop comes later.
 */
package dev.coinengine.runner;
