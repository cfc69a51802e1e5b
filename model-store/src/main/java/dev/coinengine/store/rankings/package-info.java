/**
 * Point-in-time coin selections computed from the kline lake and stored by date in the Iceberg
 * table {@code market.coin_rankings}.
 */
package dev.coinengine.store.rankings;
