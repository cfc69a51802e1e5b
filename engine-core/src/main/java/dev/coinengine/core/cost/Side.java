package dev.coinengine.core.cost;

/** The direction of an entry order: {@code BUY} opens or adds to a long, {@code SELL} a short. */
public enum Side {
  BUY,
  SELL;

  /** +1 for a buy, -1 for a sell. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}
