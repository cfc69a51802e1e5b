package dev.coinengine.core.consensus;

import dev.coinengine.core.engines.Direction;

/**
 * One engine's part in a consensus.
 *
 * @param engineId the engine
 * @param direction its vote
 * @param confidence its vote's confidence
 * @param reliability shrunk log-odds reliability, relative to an engine without a track record
 * @param gateMultiplier the soft gate's multiplier; 0 when gated
 * @param independence the correlation penalty: 1 for an engine uncorrelated with the others
 * @param weight {@code reliability x gateMultiplier x independence}; 0 when gated
 * @param contribution {@code sign(direction) x weight x confidence}
 * @param gated whether a hard gate shut it out
 * @param gateReason why, or {@code "open"}
 */
public record EngineWeight(
    String engineId,
    Direction direction,
    double confidence,
    double reliability,
    double gateMultiplier,
    double independence,
    double weight,
    double contribution,
    boolean gated,
    String gateReason) {}
