/**
 * Combining engines' votes into one decision per coin and bar: {@link
 * dev.coinengine.core.consensus.WeightedConsensus} (reliability weights from the leaderboard,
 * correlation penalty from {@link dev.coinengine.core.consensus.VoteCorrelations}, regime gate,
 * per-regime agreement threshold) and its explainable {@link
 * dev.coinengine.core.consensus.Consensus}.
 */
package dev.coinengine.core.consensus;
