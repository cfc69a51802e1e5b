package dev.coinengine.core.regime;

/** Market regime of a coin at the close of a bar; models and engines are kept per regime. */
public enum Regime {
  /** Prices move persistently in one direction. */
  TREND,
  /** Prices oscillate without a persistent direction. */
  RANGE,
  /** A crash: extreme volatility with a sharp fall, or a deep fall from the recent high. */
  PANIC
}
