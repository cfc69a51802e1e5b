/**
 * Durable performance tracking for the consensus: realised {@link
 * dev.coinengine.core.gate.Outcome}s per decision and engine, the current {@link
 * dev.coinengine.core.gate.Leaderboard} with the vote correlations it was refreshed with, and every
 * enable/disable change with its reason ({@link dev.coinengine.store.track.TrackRecordStore}, kept
 * in an object store by {@link dev.coinengine.store.track.ObjectTrackRecordStore}).
 */
package dev.coinengine.store.track;
