package dev.coinengine.core.labels;

/**
 * How labels are made.
 *
 * @param horizonBars bars between entry (close of bar {@code i}) and exit (close of bar {@code i +
 *     horizonBars})
 * @param costBps round-trip cost (entry plus exit: fees, spread, slippage) in basis points, as the
 *     cost model estimates it for the coin
 * @param marginBps extra edge, in basis points, a side must clear beyond the cost to be labelled
 */
public record LabelSpec(int horizonBars, double costBps, double marginBps) {

  public LabelSpec {
    if (horizonBars < 1) {
      throw new IllegalArgumentException("horizonBars must be >= 1, was " + horizonBars);
    }
    if (!(costBps >= 0) || Double.isInfinite(costBps)) {
      throw new IllegalArgumentException("costBps must be a finite number >= 0, was " + costBps);
    }
    if (!(marginBps >= 0) || Double.isInfinite(marginBps)) {
      throw new IllegalArgumentException(
          "marginBps must be a finite number >= 0, was " + marginBps);
    }
  }

  /** Cost plus margin as a log-return threshold: {@code (costBps + marginBps) / 10,000}. */
  public double threshold() {
    return (costBps + marginBps) / 10_000.0;
  }
}
