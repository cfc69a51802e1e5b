/**
 * Performance tracking over HTTP: {@code recordOutcome} stores what each engine's vote of a
 * decision turned out to be worth, {@code refreshLeaderboard} rebuilds the leaderboard from those
 * outcomes and stores every enable/disable change with its reason; {@link
 * dev.coinengine.functions.track.TrackRecordService} serves the resulting track record to the
 * consensus.
 */
package dev.coinengine.functions.track;
