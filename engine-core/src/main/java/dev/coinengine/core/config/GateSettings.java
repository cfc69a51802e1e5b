package dev.coinengine.core.config;

import dev.coinengine.core.regime.Regime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Section {@code gates}: the regime gate closes when daily volatility exceeds {@code
 * max-daily-volatility}; a challenger model is promoted only with a probabilistic Sharpe ratio of
 * at least {@code min-probabilistic-sharpe} after {@code min-shadow-days} in shadow. Per regime,
 * only engines matching {@code allowed-engines} may vote (hard gate); the leaderboard refresh
 * disables an engine whose shrunk hit rate falls below {@code disable-below-hit-rate} and enables
 * it again only above {@code enable-above-hit-rate}, after {@code min-samples} outcomes; recent net
 * returns scale weights by {@code 1 + tanh(return / soft-return-scale)} (soft gate).
 */
public record GateSettings(
    double maxDailyVolatility,
    double minProbabilisticSharpe,
    int minShadowDays,
    Map<Regime, List<String>> allowedEngines,
    int minSamples,
    double disableBelowHitRate,
    double enableAboveHitRate,
    double softReturnScale) {

  /** Engine id patterns: lower-case ids with {@code *} for any run of characters. */
  static final Pattern ENGINE_PATTERN = Pattern.compile("[a-z0-9_*.-]+");

  public GateSettings {
    Checks.aboveAtMost("max-daily-volatility", maxDailyVolatility, 0, 1);
    Checks.between("min-probabilistic-sharpe", minProbabilisticSharpe, 0.5, 0.9999);
    Checks.between("min-shadow-days", minShadowDays, 0, 365);
    Checks.present("allowed-engines", allowedEngines);
    Map<Regime, List<String>> copy = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      String key = "allowed-engines." + ConfigNode.kebab(regime);
      List<String> patterns = allowedEngines.get(regime);
      Checks.present(key, patterns);
      for (String pattern : patterns) {
        Checks.matches(key, pattern, ENGINE_PATTERN, "engine ids or patterns with *");
      }
      copy.put(regime, List.copyOf(patterns));
    }
    allowedEngines = Map.copyOf(copy);
    Checks.between("min-samples", minSamples, 1, 1_000_000);
    Checks.between("disable-below-hit-rate", disableBelowHitRate, 0, 1);
    Checks.between("enable-above-hit-rate", enableAboveHitRate, 0, 1);
    if (!(enableAboveHitRate > disableBelowHitRate)) {
      throw Checks.invalid(
          "enable-above-hit-rate",
          "must exceed disable-below-hit-rate ("
              + Checks.plain(disableBelowHitRate)
              + "), was "
              + Checks.plain(enableAboveHitRate));
    }
    Checks.aboveAtMost("soft-return-scale", softReturnScale, 0, 1);
  }

  /** The engine id patterns allowed to vote in {@code regime}; empty means none. */
  public List<String> allowedEngines(Regime regime) {
    return allowedEngines.get(regime);
  }

  static GateSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "max-daily-volatility",
        "min-probabilistic-sharpe",
        "min-shadow-days",
        "allowed-engines",
        "min-samples",
        "disable-below-hit-rate",
        "enable-above-hit-rate",
        "soft-return-scale");
    double volatility = node.number("max-daily-volatility");
    double psr = node.number("min-probabilistic-sharpe");
    int shadowDays = node.integer("min-shadow-days");
    ConfigNode allowedNode = node.section("allowed-engines");
    allowedNode.requireOnlyKeys(ConsensusSettings.kebabRegimes());
    Map<Regime, List<String>> allowed = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      allowed.put(regime, allowedNode.stringList(ConfigNode.kebab(regime)));
    }
    int minSamples = node.integer("min-samples");
    double disableBelow = node.number("disable-below-hit-rate");
    double enableAbove = node.number("enable-above-hit-rate");
    double softScale = node.number("soft-return-scale");
    return node.build(
        () ->
            new GateSettings(
                volatility,
                psr,
                shadowDays,
                allowed,
                minSamples,
                disableBelow,
                enableAbove,
                softScale));
  }
}
