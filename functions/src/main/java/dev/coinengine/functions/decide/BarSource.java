package dev.coinengine.functions.decide;

import dev.coinengine.core.market.BarSeries;

/** Base-interval bars closed by a time: the serving cache over the kline lake in production. */
@FunctionalInterface
public interface BarSource {
  /** The last {@code maxBars} bars of {@code symbol} closed by {@code timeMs}; empty if none. */
  BarSeries closedBy(String symbol, long timeMs, int maxBars);
}
