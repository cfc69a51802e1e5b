package dev.coinengine.runner.worker;

import dev.coinengine.core.config.TrainingSettings;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.validation.WalkForward;
import dev.coinengine.runner.pipeline.TrainingJob;
import dev.coinengine.runner.pipeline.WalkForwardSettings;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.store.jobs.JobSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What every job of one training run shares: labels, walk-forward, seed and lookback. Its {@link
 * #configVersion()} goes into every job id, so a change of any of them gives new jobs (and new
 * versions) while the same plan on the same lake snapshot gives the same ids.
 *
 * @param lookback history used for one model, counted back from the coin's last bar
 */
public record TrainingPlan(
    LabelSpec labelSpec, WalkForwardSettings walkForward, long seed, Duration lookback) {

  public TrainingPlan {
    Objects.requireNonNull(labelSpec, "labelSpec");
    Objects.requireNonNull(walkForward, "walkForward");
    if (lookback == null || lookback.isNegative() || lookback.isZero()) {
      throw new IllegalArgumentException("lookback must be > 0, was " + lookback);
    }
  }

  /**
   * From the {@code training} section: {@code walk-forward-folds} windows, {@code seed}, {@code
   * lookback}; labels 4 bars ahead net of a 10 bps round trip; rolling walk-forward over the newest
   * 30 % with a 24-row embargo (docs/training.md).
   */
  public static TrainingPlan from(TrainingSettings settings) {
    return new TrainingPlan(
        new LabelSpec(4, 10, 0),
        new WalkForwardSettings(WalkForward.Mode.ROLLING, settings.walkForwardFolds(), 0.3, 24),
        settings.seed(),
        settings.lookback());
  }

  /** {@code train-v1-} and 12 hex digits of the hash of everything a job's result depends on. */
  public String configVersion() {
    String text =
        String.join(
            "|",
            labelSpec.toString(),
            walkForward.toString(),
            Long.toString(seed),
            lookback.toString(),
            FeatureSpec.v1().hash());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "train-v1-" + HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every JVM", e);
    }
  }

  /** Every job for the coins × timeframes × regimes × families, coin by coin. */
  public List<JobSpec> jobs(
      List<String> symbols, List<Interval> timeframes, List<String> families, long snapshotId) {
    String version = configVersion();
    List<JobSpec> jobs = new ArrayList<>();
    for (String symbol : symbols) {
      for (Interval timeframe : timeframes) {
        for (Regime regime : Regime.values()) {
          for (String family : families) {
            jobs.add(new JobSpec(symbol, regime, timeframe, family, snapshotId, version));
          }
        }
      }
    }
    return jobs;
  }

  /**
   * The pipeline's job for {@code spec}.
   *
   * @throws IllegalArgumentException if the family is unknown
   */
  public TrainingJob toJob(JobSpec spec) {
    return new TrainingJob(
        spec.jobId(),
        spec.symbol(),
        spec.timeframe(),
        spec.regime(),
        TrainerSpec.defaults(Family.parse(spec.family()), seed),
        labelSpec,
        walkForward,
        Long.toString(spec.lakeSnapshotId()));
  }
}
