package dev.coinengine.core.gate;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.core.config.GateSettings;
import dev.coinengine.core.regime.Regime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which engines vote in a regime and how much their recent performance scales them.
 *
 * <ul>
 *   <li>Hard gates: the engine id must match one of the regime's {@code gates.allowed-engines}
 *       patterns, and the leaderboard must have it enabled in the regime.
 *   <li>Soft gate: weight multiplier {@code 1 + tanh(m / gates.soft-return-scale)} with {@code m}
 *       the engine's recency-weighted mean net return in the regime, shrunk toward zero with {@code
 *       consensus.prior-strength} pseudo-outcomes; in (0, 2), 1 without a track record.
 * </ul>
 */
public final class RegimeGate {
  private final Map<Regime, List<String>> allowed = new EnumMap<>(Regime.class);
  private final double priorStrength;
  private final double softReturnScale;

  public RegimeGate(GateSettings gates, ConsensusSettings consensus) {
    for (Regime regime : Regime.values()) {
      allowed.put(regime, gates.allowedEngines(regime));
    }
    this.priorStrength = consensus.priorStrength();
    this.softReturnScale = gates.softReturnScale();
  }

  public GateDecision evaluate(String engineId, Regime regime, Leaderboard leaderboard) {
    if (!isAllowed(engineId, regime)) {
      return GateDecision.closed("not allowed in " + regime + " (gates.allowed-engines)");
    }
    if (!leaderboard.enabled(engineId, regime)) {
      return GateDecision.closed("disabled in " + regime + " by the leaderboard");
    }
    double meanReturn = leaderboard.stats(engineId, regime).shrunkMeanNetReturn(priorStrength);
    return GateDecision.open(1.0 + Math.tanh(meanReturn / softReturnScale));
  }

  /** Whether the configuration lets the engine vote in the regime (the leaderboard aside). */
  public boolean isAllowed(String engineId, Regime regime) {
    for (String pattern : allowed.get(regime)) {
      if (matches(pattern, engineId)) {
        return true;
      }
    }
    return false;
  }

  /** Glob match where {@code *} stands for any run of characters, possibly empty. */
  static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
