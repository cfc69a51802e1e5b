package dev.coinengine.core.decision;

/** Why a decision is {@link Action#HOLD}. Documented in {@code docs/http-api.md}. */
public enum HoldReason {
  /** Too few bars for the features or the regime of the decision's timeframe. */
  WARMING_UP,
  /** Consensus is FLAT; {@code consensus.reason} says why (no votes, gated, low agreement...). */
  CONSENSUS_FLAT,
  /** Consensus is SHORT on spot and nothing is held to sell. */
  NO_SHORT_ON_SPOT,
  /** Risk sizing refused the order; {@code sizing.rejections} lists every limit. */
  RISK_REJECTED,
  /** The edge after costs is below {@code cost.min-edge-bps}; {@code cost} has the numbers. */
  EDGE_BELOW_COST,
  /** The exit's size is below the symbol's minimum quantity or notional. */
  EXIT_BELOW_MINIMUM
}
