/**
 * Reading Binance-style kline CSV files ({@code <SYMBOL>-<interval>.csv.gz}) into {@link
 * dev.coinengine.core.market.BarSeries}, with bad rows reported instead of failing the file.
 */
package dev.coinengine.core.market.csv;
