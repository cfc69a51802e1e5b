package dev.coinengine.core.config;

import dev.coinengine.core.regime.Regime;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Section {@code consensus}: how engine votes combine. A decision needs at least {@code
 * min-engines} engines on its side whose reliability-weighted agreement reaches {@code
 * min-agreement}, or the regime's value in {@code min-agreement-by-regime}; reliability decays with
 * {@code reliability-half-life} and is shrunk toward {@code prior-hit-rate} with the weight of
 * {@code prior-strength} outcomes.
 */
public record ConsensusSettings(
    int minEngines,
    double minAgreement,
    Duration reliabilityHalfLife,
    Map<Regime, Double> minAgreementByRegime,
    double priorStrength,
    double priorHitRate) {

  public ConsensusSettings {
    Checks.between("min-engines", minEngines, 1, 100);
    Checks.between("min-agreement", minAgreement, 0.5, 1);
    Checks.between(
        "reliability-half-life", reliabilityHalfLife, Duration.ofDays(1), Duration.ofDays(365));
    Checks.present("min-agreement-by-regime", minAgreementByRegime);
    for (Map.Entry<Regime, Double> entry : minAgreementByRegime.entrySet()) {
      Checks.between(
          "min-agreement-by-regime." + ConfigNode.kebab(entry.getKey()),
          Checks.present("min-agreement-by-regime", entry.getValue()),
          0.5,
          1);
    }
    minAgreementByRegime =
        minAgreementByRegime.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(minAgreementByRegime));
    Checks.between("prior-strength", priorStrength, 0, 100_000);
    Checks.aboveAtMost("prior-hit-rate", priorHitRate, 0.5, 0.99);
  }

  /** The agreement a decision needs in {@code regime}: its override, else {@code min-agreement}. */
  public double minAgreement(Regime regime) {
    return minAgreementByRegime.getOrDefault(regime, minAgreement);
  }

  static ConsensusSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "min-engines",
        "min-agreement",
        "reliability-half-life",
        "min-agreement-by-regime",
        "prior-strength",
        "prior-hit-rate");
    int minEngines = node.integer("min-engines");
    double minAgreement = node.number("min-agreement");
    Duration halfLife = node.duration("reliability-half-life");
    Map<Regime, Double> byRegime = new EnumMap<>(Regime.class);
    ConfigNode overrides = node.section("min-agreement-by-regime");
    overrides.requireOnlyKeys(kebabRegimes());
    for (Regime regime : Regime.values()) {
      String key = ConfigNode.kebab(regime);
      if (overrides.optionalString(key).isPresent()) {
        byRegime.put(regime, overrides.number(key));
      }
    }
    double priorStrength = node.number("prior-strength");
    double priorHitRate = node.number("prior-hit-rate");
    return node.build(
        () ->
            new ConsensusSettings(
                minEngines, minAgreement, halfLife, byRegime, priorStrength, priorHitRate));
  }

  static String[] kebabRegimes() {
    Regime[] regimes = Regime.values();
    String[] keys = new String[regimes.length];
    for (int i = 0; i < regimes.length; i++) {
      keys[i] = ConfigNode.kebab(regimes[i]);
    }
    return keys;
  }
}
