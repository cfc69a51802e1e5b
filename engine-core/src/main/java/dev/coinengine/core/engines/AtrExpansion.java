package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Volatility breakout on ATR expansion: when the voting bar's true range is at least {@code
 * expansion} times the simple ATR of the {@code atrBars} bars before it and the close moved at
 * least half that ATR from the previous close, vote in the direction of the move. Raw score: the
 * move in prior ATRs; confidence {@code TR / (expansion x ATR) - 0.5}.
 */
public final class AtrExpansion extends WindowRule {
  private final int atrBars;
  private final double expansion;

  public AtrExpansion(Interval interval, int atrBars, double expansion) {
    super("atr_expansion", interval, atrBars + 2);
    requirePositive("atrBars", atrBars);
    if (!(expansion > 1) || Double.isInfinite(expansion)) {
      throw new IllegalArgumentException("expansion must be a finite number > 1, was " + expansion);
    }
    this.atrBars = atrBars;
    this.expansion = expansion;
  }

  @Override
  Vote decide(BarWindow w) {
    double atr = w.averageTrueRange(1, atrBars);
    if (!(atr > 0)) {
      return abstain();
    }
    double move = (w.close(0) - w.close(1)) / atr;
    double ratio = w.trueRange(0) / atr;
    if (ratio < expansion || Math.abs(move) < 0.5) {
      return vote(Direction.FLAT, 0, move);
    }
    return vote(Direction.of(move), ratio / expansion - 0.5, move);
  }
}
