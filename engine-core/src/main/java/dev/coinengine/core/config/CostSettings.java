package dev.coinengine.core.config;

/**
 * Section {@code cost}: the venue and fee tier the cost model prices trades for, whether fees are
 * paid in BNB (25% off on spot, 10% on USD-M futures), and the net edge a trade must keep after all
 * costs.
 */
public record CostSettings(Venue venue, int vipTier, boolean bnbDiscount, double minEdgeBps) {

  /** Binance markets. */
  public enum Venue {
    SPOT,
    USDM_FUTURES
  }

  public CostSettings {
    Checks.present("venue", venue);
    Checks.between("vip-tier", vipTier, 0, 9);
    Checks.between("min-edge-bps", minEdgeBps, 0, 1000);
  }

  static CostSettings from(ConfigNode node) {
    node.requireOnlyKeys("venue", "vip-tier", "bnb-discount", "min-edge-bps");
    Venue venue = node.enumOf("venue", Venue.class);
    int tier = node.integer("vip-tier");
    boolean bnb = node.bool("bnb-discount");
    double minEdge = node.number("min-edge-bps");
    return node.build(() -> new CostSettings(venue, tier, bnb, minEdge));
  }
}
