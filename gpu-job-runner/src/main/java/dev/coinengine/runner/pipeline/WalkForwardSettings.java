package dev.coinengine.runner.pipeline;

import dev.coinengine.core.validation.Embargo;
import dev.coinengine.core.validation.WalkForward;

/**
 * Walk-forward evaluation of a job, sized from the number of training samples {@code n} (rows of
 * the job's regime): the newest {@code testShare · n} samples are cut into {@code windows}
 * consecutive test blocks; each block is tested by a model trained on the samples before it (all of
 * them when anchored, the {@code n − windows · testBars} before it when rolling), purged of labels
 * that reach into the block and embargoed by {@code embargoSamples}.
 */
public record WalkForwardSettings(
    WalkForward.Mode mode, int windows, double testShare, int embargoSamples) {

  public WalkForwardSettings {
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    if (windows < 1) {
      throw new IllegalArgumentException("windows must be >= 1, was " + windows);
    }
    if (!(testShare > 0 && testShare < 1)) {
      throw new IllegalArgumentException("testShare must be in (0, 1), was " + testShare);
    }
    if (embargoSamples < 0) {
      throw new IllegalArgumentException("embargoSamples must be >= 0, was " + embargoSamples);
    }
  }

  /** Five rolling windows over the newest 30 % of the samples, embargo of 24 samples. */
  public static WalkForwardSettings defaults() {
    return new WalkForwardSettings(WalkForward.Mode.ROLLING, 5, 0.3, 24);
  }

  /** The walk-forward splitter for {@code samples} samples. */
  public WalkForward forSamples(int samples) {
    int testBars = Math.max(1, (int) Math.floor(samples * testShare / windows));
    int trainBars = samples - windows * testBars;
    if (trainBars < 1) {
      throw new IllegalArgumentException(
          samples + " samples leave no training rows for " + windows + " test windows");
    }
    return new WalkForward(
        mode, trainBars, testBars, testBars, Embargo.bars(embargoSamples), windows);
  }
}
