package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Donchian channel breakout (Donchian; the "turtle" entry): LONG when the close is above the
 * highest high of the previous {@code channelBars} bars, SHORT when it is below their lowest low.
 * Raw score: the breakout distance in ATRs ({@code atrBars}-bar simple ATR); confidence {@code 0.5
 * + 0.5 x distance}, so a breakout of one ATR or more is fully confident.
 */
public final class DonchianBreakout extends WindowRule {
  private final int channelBars;
  private final int atrBars;

  public DonchianBreakout(Interval interval, int channelBars, int atrBars) {
    super("donchian", interval, Math.max(channelBars, atrBars) + 2);
    requirePositive("channelBars", channelBars);
    requirePositive("atrBars", atrBars);
    this.channelBars = channelBars;
    this.atrBars = atrBars;
  }

  @Override
  Vote decide(BarWindow w) {
    double high = w.highestHigh(1, channelBars);
    double low = w.lowestLow(1, channelBars);
    double atr = w.averageTrueRange(0, atrBars);
    double close = w.close(0);
    if (!(atr > 0)) {
      return abstain();
    }
    if (close > high) {
      double distance = (close - high) / atr;
      return vote(Direction.LONG, 0.5 + 0.5 * distance, distance);
    }
    if (close < low) {
      double distance = (low - close) / atr;
      return vote(Direction.SHORT, 0.5 + 0.5 * distance, -distance);
    }
    return vote(Direction.FLAT, 0, 0);
  }
}
