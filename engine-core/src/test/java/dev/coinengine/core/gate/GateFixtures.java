package dev.coinengine.core.gate;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.core.config.GateSettings;
import dev.coinengine.core.regime.Regime;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Settings as in the base configuration file, with knobs for tests. */
public final class GateFixtures {
  private GateFixtures() {}

  public static ConsensusSettings consensus() {
    return consensus(2, 0.6, 0.75);
  }

  public static ConsensusSettings consensus(int minEngines, double minAgreement, double panic) {
    return new ConsensusSettings(
        minEngines, minAgreement, Duration.ofDays(30), Map.of(Regime.PANIC, panic), 30, 0.52);
  }

  public static GateSettings gates() {
    return gates(List.of("*"));
  }

  /** Every regime allows {@code "*"} except PANIC, which allows {@code panicAllowed}. */
  public static GateSettings gates(List<String> panicAllowed) {
    Map<Regime, List<String>> allowed = new EnumMap<>(Regime.class);
    allowed.put(Regime.TREND, List.of("*"));
    allowed.put(Regime.RANGE, List.of("*"));
    allowed.put(Regime.PANIC, panicAllowed);
    return new GateSettings(0.08, 0.95, 14, allowed, 30, 0.47, 0.51, 0.005);
  }

  public static RegimeGate gate() {
    return new RegimeGate(gates(), consensus());
  }
}
