package dev.coinengine.core.cost;

/** One fill's fee as basis points of its notional, for a resting and for a taking order. */
public record FeeRates(double makerBps, double takerBps) {

  public FeeRates {
    if (!(makerBps >= 0) || makerBps > 100) {
      throw new IllegalArgumentException("makerBps must be in [0, 100], was " + makerBps);
    }
    if (!(takerBps >= 0) || takerBps > 100) {
      throw new IllegalArgumentException("takerBps must be in [0, 100], was " + takerBps);
    }
  }

  /** The rate for {@code liquidity}. */
  public double bps(Liquidity liquidity) {
    return liquidity == Liquidity.MAKER ? makerBps : takerBps;
  }
}
