/** The work-queue port ({@link dev.coinengine.store.queue.MessageQueue}) and its adapters. */
package dev.coinengine.store.queue;
