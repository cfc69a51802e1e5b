/**
 * Coin selection: which symbols of an exchange universe are worth trading, and why every other one
 * was left out. {@link dev.coinengine.core.selection.ChainedCoinSelector} runs a {@link
 * dev.coinengine.core.selection.FilterChain} and a {@link
 * dev.coinengine.core.selection.RankingMethod}; {@link
 * dev.coinengine.core.selection.HistoricalUniverse} rebuilds the universe of a past day from bars
 * alone (point in time). See {@code docs/selection.md}.
 */
package dev.coinengine.core.selection;
