/**
 * The training queue ({@link dev.coinengine.store.jobs.TrainingQueue}): training jobs as JSON
 * messages on a {@link dev.coinengine.store.queue.MessageQueue}, with deterministic job ids, leases
 * and a heartbeat.
 */
package dev.coinengine.store.jobs;
