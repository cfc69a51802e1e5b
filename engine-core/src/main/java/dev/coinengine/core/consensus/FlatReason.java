package dev.coinengine.core.consensus;

/** Why a consensus stayed FLAT. */
public enum FlatReason {
  /** No engine voted. */
  NO_VOTES,
  /** Every engine that voted was shut out by a hard gate. */
  GATED,
  /** Fewer than {@code consensus.min-engines} engines with weight voted for the leading side. */
  TOO_FEW_ENGINES,
  /** The leading side's share of the weighted directional votes is below the regime's threshold. */
  LOW_AGREEMENT
}
