package dev.coinengine.core.config;

/**
 * Section {@code cost}: the venue and fee tier the cost model prices trades for, whether fees are
 * paid in BNB (the schedule tabulates the 25% spot discount; none for USD-M futures), the net edge
 * a trade must keep after all costs, and the fee schedule file. {@code feeSchedule} is relative to
 * the folder above the configuration folder ({@code config/fees/binance-fee-schedule.json}); {@link
 * ConfigSource#readBesideFolder} reads it.
 */
public record CostSettings(
    Venue venue, int vipTier, boolean bnbDiscount, double minEdgeBps, String feeSchedule) {

  /** Binance markets. */
  public enum Venue {
    SPOT,
    USDM_FUTURES
  }

  public CostSettings {
    Checks.present("venue", venue);
    Checks.between("vip-tier", vipTier, 0, 9);
    Checks.between("min-edge-bps", minEdgeBps, 0, 1000);
    Checks.present("fee-schedule", feeSchedule);
    if (feeSchedule.isBlank()) {
      throw Checks.invalid("fee-schedule", "must name the fee schedule file");
    }
  }

  static CostSettings from(ConfigNode node) {
    node.requireOnlyKeys("venue", "vip-tier", "bnb-discount", "min-edge-bps", "fee-schedule");
    Venue venue = node.enumOf("venue", Venue.class);
    int tier = node.integer("vip-tier");
    boolean bnb = node.bool("bnb-discount");
    double minEdge = node.number("min-edge-bps");
    String feeSchedule = node.string("fee-schedule");
    return node.build(() -> new CostSettings(venue, tier, bnb, minEdge, feeSchedule));
  }
}
