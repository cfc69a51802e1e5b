/**
 * Engines that vote on a coin at the close of a bar: {@link dev.coinengine.core.engines.Vote}, the
 * {@link dev.coinengine.core.engines.RuleEngine} contract and the standard rule engines of {@link
 * dev.coinengine.core.engines.RuleEngines}. Rule engines are pure and point in time; model engines
 * (scored elsewhere) produce the same {@code Vote} with their model version.
 */
package dev.coinengine.core.engines;
