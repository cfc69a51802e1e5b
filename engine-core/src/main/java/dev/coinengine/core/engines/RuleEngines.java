package dev.coinengine.core.engines;

import dev.coinengine.core.market.Interval;
import java.util.List;

/**
 * The standard rule engines; parameters are in bars and documented in {@code docs/consensus.md}.
 */
public final class RuleEngines {
  private RuleEngines() {}

  /** The nine standard rule engines for one interval, in a fixed order. */
  public static List<RuleEngine> standard(Interval interval) {
    return List.of(
        new DonchianBreakout(interval, 20, 14),
        new MovingAverageCross(interval, 20, 50, 14, 0.25),
        new RsiMeanReversion(interval, 14, 30),
        new BollingerMeanReversion(interval, 20, 2.0),
        new TimeSeriesMomentum(interval, momentumBars(interval), 0.5),
        new MacdMomentum(interval, 12, 26, 9, 120, 14, 0.1),
        new AtrExpansion(interval, 14, 1.5),
        new VolumeBreakout(interval, 20, 1.5),
        new RangePosition(interval, 48, 0.1));
  }

  /** Three days on 1h (72 bars), a week on 4h (42), a month on 1d (30). */
  static int momentumBars(Interval interval) {
    return switch (interval) {
      case H1 -> 72;
      case H4 -> 42;
      case D1 -> 30;
    };
  }
}
