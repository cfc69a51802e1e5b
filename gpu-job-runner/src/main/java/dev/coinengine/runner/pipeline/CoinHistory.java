package dev.coinengine.runner.pipeline;

import dev.coinengine.core.market.BarSeries;

/**
 * The bars one job needs: the coin and the BTCUSDT and ETHUSDT context at the same interval ({@code
 * btc} and {@code eth} may be {@code null}; their feature columns are then NaN and those rows are
 * not complete). For BTCUSDT itself pass the coin as {@code btc}.
 */
public record CoinHistory(BarSeries coin, BarSeries btc, BarSeries eth) {

  public CoinHistory {
    if (coin == null) {
      throw new IllegalArgumentException("coin must not be null");
    }
    for (BarSeries context : new BarSeries[] {btc, eth}) {
      if (context != null && context.interval() != coin.interval()) {
        throw new IllegalArgumentException(
            "context " + context + " is not at the coin's interval " + coin.interval().code());
      }
    }
  }
}
