package dev.coinengine.core.selection;

/** Decides which coins of a universe are worth trading, and why every other one is left out. */
public interface CoinSelector {

  Selection select(Universe universe);
}
