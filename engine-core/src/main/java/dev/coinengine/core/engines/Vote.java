package dev.coinengine.core.engines;

/**
 * One engine's opinion on a coin at the close of a bar.
 *
 * @param engineId the engine, for example {@code rule_donchian_1h}
 * @param direction the side it takes; FLAT abstains
 * @param confidence how strongly it holds that side, in [0, 1]
 * @param rawScore the engine's own signed score before thresholds (units per engine), finite
 * @param modelVersion the registry version of the model that voted; {@code null} for rule engines
 */
public record Vote(
    String engineId, Direction direction, double confidence, double rawScore, String modelVersion) {

  public Vote {
    if (engineId == null || engineId.isBlank()) {
      throw new IllegalArgumentException("engineId must not be blank, was '" + engineId + "'");
    }
    if (direction == null) {
      throw new IllegalArgumentException("direction must not be null (" + engineId + ")");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence must be in [0, 1], was " + confidence + " (" + engineId + ")");
    }
    if (!Double.isFinite(rawScore)) {
      throw new IllegalArgumentException(
          "rawScore must be finite, was " + rawScore + " (" + engineId + ")");
    }
    if (modelVersion != null && modelVersion.isBlank()) {
      throw new IllegalArgumentException(
          "modelVersion must be null or not blank (" + engineId + ")");
    }
  }

  /** A rule engine's vote. */
  public static Vote rule(
      String engineId, Direction direction, double confidence, double rawScore) {
    return new Vote(engineId, direction, confidence, rawScore, null);
  }

  /** A rule engine that has no opinion (warm-up, flat prices). */
  public static Vote abstain(String engineId) {
    return new Vote(engineId, Direction.FLAT, 0.0, 0.0, null);
  }

  /** The same vote on the other side: LONG and SHORT swap and the raw score changes sign. */
  public Vote mirrored() {
    return new Vote(engineId, direction.opposite(), confidence, -rawScore + 0.0, modelVersion);
  }

  /** The same vote with another direction and confidence. */
  public Vote with(Direction newDirection, double newConfidence) {
    return new Vote(engineId, newDirection, newConfidence, rawScore, modelVersion);
  }
}
