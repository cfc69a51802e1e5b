package dev.coinengine.store.decisions;

/**
 * Counters of a {@link DecisionLog} since it started.
 *
 * @param accepted decisions taken into the queue
 * @param written decisions durably written to the object store
 * @param dropped decisions refused because the queue stayed full past the offer timeout (should
 *     stay 0: the queue pushes back on callers first)
 * @param queued decisions waiting in the queue now
 * @param failedWrites batch writes that failed and were retried (nothing is lost by a retry)
 * @param parts objects written
 */
public record DecisionLogStats(
    long accepted, long written, long dropped, int queued, long failedWrites, long parts) {}
