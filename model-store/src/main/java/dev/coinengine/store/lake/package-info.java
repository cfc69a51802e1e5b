/**
 * The kline lake: bars of every symbol and interval in one Iceberg table, {@code market.klines},
 * read by symbol and time range, pinned to a snapshot, and filled by an idempotent, incremental CSV
 * importer.
 */
package dev.coinengine.store.lake;
