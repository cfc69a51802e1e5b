package dev.coinengine.core.gate;

/**
 * Out-of-sample track record of one engine in one regime. Directional outcomes only; {@code
 * samples} and {@code hits} are weighted by recency (each outcome weighs {@code 2^(-age /
 * half-life)}), {@code outcomes} is the plain count.
 *
 * @param outcomes directional outcomes counted
 * @param samples their total recency weight, {@code <= outcomes}
 * @param hits recency weight of the hits, {@code <= samples}
 * @param meanNetReturn recency-weighted mean net return per outcome
 */
public record EngineStats(int outcomes, double samples, double hits, double meanNetReturn) {

  public static final EngineStats NONE = new EngineStats(0, 0, 0, 0);

  public EngineStats {
    if (outcomes < 0) {
      throw new IllegalArgumentException("outcomes must be >= 0, was " + outcomes);
    }
    if (!(samples >= 0 && samples <= outcomes + 1e-9 * outcomes)) {
      throw new IllegalArgumentException(
          "samples must be in [0, outcomes = " + outcomes + "], was " + samples);
    }
    if (!(hits >= 0 && hits <= samples + 1e-9 * samples)) {
      throw new IllegalArgumentException(
          "hits must be in [0, samples = " + samples + "], was " + hits);
    }
    if (!Double.isFinite(meanNetReturn)) {
      throw new IllegalArgumentException("meanNetReturn must be finite, was " + meanNetReturn);
    }
  }

  /**
   * Posterior mean hit rate under a Beta prior with mean {@code priorHitRate} worth {@code
   * priorStrength} outcomes: {@code (hits + k p0) / (samples + k)}; the prior alone without data.
   */
  public double shrunkHitRate(double priorStrength, double priorHitRate) {
    double denominator = samples + priorStrength;
    return denominator > 0 ? (hits + priorStrength * priorHitRate) / denominator : priorHitRate;
  }

  /**
   * Mean net return shrunk toward zero as if {@code priorStrength} outcomes had returned nothing:
   * {@code samples / (samples + k) x mean}.
   */
  public double shrunkMeanNetReturn(double priorStrength) {
    double denominator = samples + priorStrength;
    return denominator > 0 ? samples / denominator * meanNetReturn : 0.0;
  }
}
