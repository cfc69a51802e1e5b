/**
 * Starting a training run: which coins (the point-in-time selector), which jobs (coins × timeframes
 * × regimes × families with deterministic ids) and putting them on the training queue. Shared by
 * the {@code dailyTraining} function and the {@code ./engine} command line; free of Tribuo, so the
 * functions can use it without the trainer.
 */
package dev.coinengine.runner.launch;
