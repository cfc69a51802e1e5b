/**
 * Binance market data at the edge: the {@link dev.coinengine.store.market.MarketDataSource} port,
 * its XChange-based implementation with request-weight budgeting and retries, and a loopback stub
 * server that replays recorded Binance payloads for offline runs and tests.
 */
package dev.coinengine.store.market;
