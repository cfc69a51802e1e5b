package dev.coinengine.runner.worker;

import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.pipeline.CoinFeatures;
import dev.coinengine.runner.pipeline.StageTimings;
import dev.coinengine.runner.pipeline.TrainingJob;
import dev.coinengine.runner.pipeline.TrainingOutcome;
import dev.coinengine.runner.pipeline.TrainingPipeline;
import dev.coinengine.runner.training.PermanentTrainingException;
import dev.coinengine.store.jobs.JobSpec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@link JobTrainer} on the {@link TrainingPipeline}. A coin's features at one timeframe serve its
 * 3 regimes × N families, so they are prepared once and kept in a small cache shared by the
 * runner's threads (jobs are enqueued coin by coin, so the threads work on few coins at a time).
 */
public final class PipelineJobTrainer implements JobTrainer {
  private final TrainingPipeline pipeline;
  private final BarSource bars;
  private final TrainingPlan plan;
  private final int cacheSize;
  private final Map<String, CompletableFuture<Prepared>> cache =
      new LinkedHashMap<>(16, 0.75f, true);

  private record Prepared(CoinFeatures features, double loadMs, double featuresMs) {}

  public PipelineJobTrainer(
      TrainingPipeline pipeline, BarSource bars, TrainingPlan plan, int cacheSize) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.bars = Objects.requireNonNull(bars, "bars");
    this.plan = Objects.requireNonNull(plan, "plan");
    if (cacheSize < 1) {
      throw new IllegalArgumentException("cacheSize must be >= 1, was " + cacheSize);
    }
    this.cacheSize = cacheSize;
  }

  @Override
  public TrainingOutcome train(JobSpec spec) {
    TrainingJob job;
    try {
      job = plan.toJob(spec);
    } catch (IllegalArgumentException e) {
      return TrainingOutcome.failed(spec.jobId(), e.getMessage(), Map.of(), zero());
    }
    Prepared prepared;
    boolean first;
    CompletableFuture<Prepared> mine = new CompletableFuture<>();
    CompletableFuture<Prepared> shared;
    String key = spec.symbol() + "|" + spec.timeframe().code() + "|" + spec.lakeSnapshotId();
    synchronized (cache) {
      shared = cache.putIfAbsent(key, mine);
      first = shared == null;
      if (first) {
        shared = mine;
        evictBeyondSize();
      }
    }
    if (first) {
      try {
        mine.complete(prepare(spec.symbol(), spec.timeframe(), spec.lakeSnapshotId()));
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        synchronized (cache) {
          cache.remove(key, mine);
        }
      }
    }
    try {
      prepared = shared.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof PermanentTrainingException permanent) {
        return TrainingOutcome.failed(spec.jobId(), permanent.getMessage(), Map.of(), zero());
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    TrainingOutcome outcome = pipeline.run(job, prepared.features());
    if (!first) {
      return outcome;
    }
    // The job that prepared the coin carries the load and feature time, as TrainingPipeline.run
    // with a loader would report them.
    StageTimings t = outcome.timings();
    StageTimings withPrep =
        new StageTimings(
            prepared.loadMs(),
            t.features() + prepared.featuresMs(),
            t.validate(),
            t.train(),
            t.export(),
            t.parity());
    return outcome.withTimings(withPrep);
  }

  private Prepared prepare(String symbol, Interval timeframe, long snapshotId) {
    long start = System.nanoTime();
    var history = bars.load(symbol, timeframe, snapshotId);
    double loadMs = (System.nanoTime() - start) / 1e6;
    start = System.nanoTime();
    CoinFeatures features = pipeline.prepare(history);
    return new Prepared(features, loadMs, (System.nanoTime() - start) / 1e6);
  }

  private void evictBeyondSize() {
    Iterator<CompletableFuture<Prepared>> it = cache.values().iterator();
    while (cache.size() > cacheSize && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  private static StageTimings zero() {
    return new StageTimings(0, 0, 0, 0, 0, 0);
  }
}
