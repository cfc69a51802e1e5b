package dev.coinengine.core.decision;

/** What Hamilton should do. */
public enum Action {
  /** Open or add to a long (spot or futures). */
  BUY,
  /** Open or add to a short (futures only). */
  SELL,
  /** Close the long held in the coin (spot: the consensus turned SHORT). */
  EXIT,
  /** Do nothing; the decision says why. */
  HOLD
}
