package dev.coinengine.core.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The account as the sizer sees it, in the quote asset: current equity, open positions, today's
 * realised plus unrealised PnL (so the day started at {@code equity - todayPnl}) and the equity
 * peak that the drawdown is measured from. Gross exposure is derived from the positions.
 */
public record AccountState(
    double equity, List<Position> positions, double todayPnl, double peakEquity) {

  public AccountState {
    if (!Double.isFinite(equity)) {
      throw new IllegalArgumentException("equity must be finite, was " + equity);
    }
    positions = List.copyOf(positions);
    if (!Double.isFinite(todayPnl)) {
      throw new IllegalArgumentException("todayPnl must be finite, was " + todayPnl);
    }
    if (!(peakEquity >= 0) || Double.isInfinite(peakEquity)) {
      throw new IllegalArgumentException(
          "peakEquity must be a finite number >= 0, was " + peakEquity);
    }
  }

  /** Sum of |notional| over all positions. */
  public double grossExposure() {
    double gross = 0.0;
    for (Position position : positions) {
      gross += Math.abs(position.notional());
    }
    return gross;
  }

  /** |notional| held in {@code symbol}, over all its positions. */
  public double exposureIn(String symbol) {
    double exposure = 0.0;
    for (Position position : positions) {
      if (position.symbol().equals(symbol)) {
        exposure += Math.abs(position.notional());
      }
    }
    return exposure;
  }

  /** Number of symbols with a non-zero position. */
  public int openPositions() {
    Set<String> symbols = new HashSet<>();
    for (Position position : positions) {
      if (position.notional() != 0) {
        symbols.add(position.symbol());
      }
    }
    return symbols.size();
  }

  /** Today's loss as a fraction of the equity the day started with; 0 on a winning day. */
  public double dayLoss() {
    if (todayPnl >= 0) {
      return 0.0;
    }
    double start = equity - todayPnl;
    return start <= 0 ? 1.0 : -todayPnl / start;
  }

  /** Fall from the equity peak as a fraction of the peak; 0 at or above the peak. */
  public double drawdown() {
    return peakEquity <= 0 || equity >= peakEquity ? 0.0 : (peakEquity - equity) / peakEquity;
  }
}
