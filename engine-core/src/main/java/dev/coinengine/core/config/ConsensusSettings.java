package dev.coinengine.core.config;

import java.time.Duration;

/**
 * Section {@code consensus}: how engine votes combine. A decision needs at least {@code
 * min-engines} voting engines whose reliability-weighted agreement reaches {@code min-agreement};
 * reliability decays with {@code reliability-half-life}.
 */
public record ConsensusSettings(int minEngines, double minAgreement, Duration reliabilityHalfLife) {

  public ConsensusSettings {
    Checks.between("min-engines", minEngines, 1, 100);
    Checks.between("min-agreement", minAgreement, 0.5, 1);
    Checks.between(
        "reliability-half-life", reliabilityHalfLife, Duration.ofDays(1), Duration.ofDays(365));
  }

  static ConsensusSettings from(ConfigNode node) {
    node.requireOnlyKeys("min-engines", "min-agreement", "reliability-half-life");
    int minEngines = node.integer("min-engines");
    double minAgreement = node.number("min-agreement");
    Duration halfLife = node.duration("reliability-half-life");
    return node.build(() -> new ConsensusSettings(minEngines, minAgreement, halfLife));
  }
}
