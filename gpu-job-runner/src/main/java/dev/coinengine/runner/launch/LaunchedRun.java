package dev.coinengine.runner.launch;

/**
 * A run put on the training queue.
 *
 * @param enqueued messages the queue accepted (equal to the job count)
 */
public record LaunchedRun(PlannedRun plan, int enqueued) {}
