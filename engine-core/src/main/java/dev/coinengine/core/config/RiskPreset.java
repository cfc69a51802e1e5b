package dev.coinengine.core.config;

/**
 * A reviewed, versioned risk preset from {@code config/presets/risk/<name>.yaml}. Fractions are of
 * account equity, except {@code stopDistance} (of the entry price) and {@code volatilityTarget}
 * (annualised portfolio volatility). Every decision echoes {@code name} and {@code version}.
 */
public record RiskPreset(
    String name,
    int version,
    double maxPosition,
    double maxGrossExposure,
    int maxOpenPositions,
    double maxPerCoin,
    double dailyLossLimit,
    double drawdownLimit,
    double leverage,
    double volatilityTarget,
    double stopDistance) {

  public RiskPreset {
    Checks.matches("name", name, ConfigNode.KEY, "a kebab-case name");
    Checks.between("version", version, 1, Integer.MAX_VALUE);
    Checks.aboveAtMost("max-position", maxPosition, 0, 1);
    Checks.aboveAtMost("leverage", leverage, 0, 125);
    Checks.aboveAtMost("max-gross-exposure", maxGrossExposure, 0, 125);
    if (maxGrossExposure > leverage) {
      throw Checks.invalid(
          "max-gross-exposure",
          "must not exceed leverage ("
              + Checks.plain(leverage)
              + "), was "
              + Checks.plain(maxGrossExposure));
    }
    Checks.between("max-open-positions", maxOpenPositions, 1, 1000);
    Checks.aboveAtMost("max-per-coin", maxPerCoin, 0, maxGrossExposure);
    if (maxPosition > maxPerCoin) {
      throw Checks.invalid(
          "max-position",
          "must not exceed max-per-coin ("
              + Checks.plain(maxPerCoin)
              + "), was "
              + Checks.plain(maxPosition));
    }
    Checks.aboveAtMost("drawdown-limit", drawdownLimit, 0, 1);
    Checks.aboveAtMost("daily-loss-limit", dailyLossLimit, 0, drawdownLimit);
    Checks.aboveAtMost("volatility-target", volatilityTarget, 0, 5);
    Checks.aboveAtMost("stop-distance", stopDistance, 0, 0.5);
  }

  static RiskPreset from(String name, ConfigNode node) {
    node.requireOnlyKeys(
        "version",
        "max-position",
        "max-gross-exposure",
        "max-open-positions",
        "max-per-coin",
        "daily-loss-limit",
        "drawdown-limit",
        "leverage",
        "volatility-target",
        "stop-distance");
    int version = node.integer("version");
    double maxPosition = node.number("max-position");
    double maxGross = node.number("max-gross-exposure");
    int maxOpen = node.integer("max-open-positions");
    double maxPerCoin = node.number("max-per-coin");
    double dailyLoss = node.number("daily-loss-limit");
    double drawdown = node.number("drawdown-limit");
    double leverage = node.number("leverage");
    double volatility = node.number("volatility-target");
    double stop = node.number("stop-distance");
    return node.build(
        () ->
            new RiskPreset(
                name,
                version,
                maxPosition,
                maxGross,
                maxOpen,
                maxPerCoin,
                dailyLoss,
                drawdown,
                leverage,
                volatility,
                stop));
  }
}
