package dev.coinengine.runner.worker;

import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.pipeline.CoinHistory;

/** The bars of one job, pinned to a lake snapshot. */
@FunctionalInterface
public interface BarSource {
  /**
   * The coin's bars (and the BTCUSDT and ETHUSDT context) at {@code timeframe} as of {@code
   * snapshotId}.
   *
   * @throws dev.coinengine.runner.training.PermanentTrainingException if the coin has no bars
   * @throws dev.coinengine.runner.training.TransientTrainingException if the store cannot be read
   */
  CoinHistory load(String symbol, Interval timeframe, long snapshotId);
}
