package dev.coinengine.core.engines;

import dev.coinengine.core.market.BarSeries;

/**
 * A fixed trading rule that votes from recent bars of one interval. Implementations are pure and
 * point in time: the vote at bar {@code row} reads only bars {@code row - lookbackBars() + 1 ..
 * row}, so bars after {@code row} (or long before it) never change it, and it costs O(lookback).
 */
public interface RuleEngine {

  /** {@code rule_<name>_<interval code>}, for example {@code rule_donchian_1h}. */
  String id();

  /** Bars one vote reads, the voting bar included; with fewer bars the engine abstains. */
  int lookbackBars();

  /**
   * The vote at the close of bar {@code row}.
   *
   * @throws IllegalArgumentException when the series has another interval than the engine or row is
   *     outside the series
   */
  Vote vote(BarSeries bars, int row);

  /** The vote at the close of the last bar. */
  default Vote vote(BarSeries bars) {
    return vote(bars, bars.size() - 1);
  }
}
