/**
 * Which engines may vote in a regime and with what weight: {@link
 * dev.coinengine.core.gate.RegimeGate} (hard and soft gates), the {@link
 * dev.coinengine.core.gate.Leaderboard} of out-of-sample track records and its {@link
 * dev.coinengine.core.gate.LeaderboardRefresh} with hysteresis.
 */
package dev.coinengine.core.gate;
