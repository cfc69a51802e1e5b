package dev.coinengine.core.engines;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.Objects;

/**
 * Shared checks of the rule engines: the interval must match, the row must exist, and an engine
 * with fewer than {@link #lookbackBars()} bars up to the row abstains.
 */
abstract class WindowRule implements RuleEngine {
  private final String id;
  private final Interval interval;
  private final int lookbackBars;

  WindowRule(String name, Interval interval, int lookbackBars) {
    this.interval = Objects.requireNonNull(interval, "interval");
    this.id = "rule_" + name + "_" + interval.code();
    if (lookbackBars < 2) {
      throw new IllegalArgumentException("lookbackBars must be >= 2, was " + lookbackBars);
    }
    this.lookbackBars = lookbackBars;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final int lookbackBars() {
    return lookbackBars;
  }

  @Override
  public final Vote vote(BarSeries bars, int row) {
    if (bars.interval() != interval) {
      throw new IllegalArgumentException(
          id + " votes on " + interval.code() + " bars, got " + bars.interval().code());
    }
    if (row < 0 || row >= bars.size()) {
      throw new IllegalArgumentException(
          id + ": row " + row + " is outside the series of " + bars.size() + " bars");
    }
    if (row + 1 < lookbackBars) {
      return Vote.abstain(id);
    }
    return decide(new BarWindow(bars, row));
  }

  /** The vote at {@code window.row()}; reads no bar after it and none before the lookback. */
  abstract Vote decide(BarWindow window);

  Vote vote(Direction direction, double confidence, double rawScore) {
    return Vote.rule(id, direction, clamp01(confidence), Double.isFinite(rawScore) ? rawScore : 0);
  }

  Vote abstain() {
    return Vote.abstain(id);
  }

  static double clamp01(double x) {
    return x > 1 ? 1 : x > 0 ? x : 0;
  }

  static void requirePositive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be >= 1, was " + value);
    }
  }

  static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
    }
  }
}
