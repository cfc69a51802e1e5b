package dev.coinengine.core.config;

/**
 * Section {@code gates}: the regime gate closes when daily volatility exceeds {@code
 * max-daily-volatility}; a challenger model is promoted only with a probabilistic Sharpe ratio of
 * at least {@code min-probabilistic-sharpe} after {@code min-shadow-days} in shadow.
 */
public record GateSettings(
    double maxDailyVolatility, double minProbabilisticSharpe, int minShadowDays) {

  public GateSettings {
    Checks.aboveAtMost("max-daily-volatility", maxDailyVolatility, 0, 1);
    Checks.between("min-probabilistic-sharpe", minProbabilisticSharpe, 0.5, 0.9999);
    Checks.between("min-shadow-days", minShadowDays, 0, 365);
  }

  static GateSettings from(ConfigNode node) {
    node.requireOnlyKeys("max-daily-volatility", "min-probabilistic-sharpe", "min-shadow-days");
    double volatility = node.number("max-daily-volatility");
    double psr = node.number("min-probabilistic-sharpe");
    int shadowDays = node.integer("min-shadow-days");
    return node.build(() -> new GateSettings(volatility, psr, shadowDays));
  }
}
