package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;

/**
 * Volume-confirmed breakout: LONG when the close is above the highest high of the previous {@code
 * channelBars} bars and the bar's volume is at least {@code volumeRatio} times their mean volume;
 * SHORT for a close below their lowest low on such volume. Raw score: the volume ratio, signed by
 * the breakout side; confidence {@code ratio / (2 x volumeRatio)}.
 */
public final class VolumeBreakout extends WindowRule {
  private final int channelBars;
  private final double volumeRatio;

  public VolumeBreakout(Interval interval, int channelBars, double volumeRatio) {
    super("volume_breakout", interval, channelBars + 1);
    requirePositive("channelBars", channelBars);
    requirePositive("volumeRatio", volumeRatio);
    this.channelBars = channelBars;
    this.volumeRatio = volumeRatio;
  }

  @Override
  Vote decide(BarWindow w) {
    double meanVolume = w.meanVolume(1, channelBars);
    if (!(meanVolume > 0)) {
      return abstain();
    }
    double ratio = w.volume(0) / meanVolume;
    double close = w.close(0);
    int side =
        close > w.highestHigh(1, channelBars) ? 1 : close < w.lowestLow(1, channelBars) ? -1 : 0;
    if (side == 0 || ratio < volumeRatio) {
      return vote(Direction.FLAT, 0, side * ratio);
    }
    return vote(
        side > 0 ? Direction.LONG : Direction.SHORT, ratio / (2 * volumeRatio), side * ratio);
  }
}
