package dev.coinengine.core.gate;

/**
 * Whether an engine may vote in a regime, and the weight multiplier of the soft gate.
 *
 * @param open false when a hard gate shut the engine out
 * @param weightMultiplier in (0, 2) when open, 0 when closed
 * @param reason why the gate is closed, or {@code "open"}
 */
public record GateDecision(boolean open, double weightMultiplier, String reason) {

  public GateDecision {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    if (open ? !(weightMultiplier >= 0 && weightMultiplier <= 2) : weightMultiplier != 0) {
      throw new IllegalArgumentException(
          "weightMultiplier must be in [0, 2] when open and 0 when closed, was "
              + weightMultiplier);
    }
  }

  public static GateDecision open(double weightMultiplier) {
    return new GateDecision(true, weightMultiplier, "open");
  }

  public static GateDecision closed(String reason) {
    return new GateDecision(false, 0.0, reason);
  }
}
