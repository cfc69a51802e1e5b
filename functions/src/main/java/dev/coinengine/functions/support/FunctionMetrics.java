package dev.coinengine.functions.support;

import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every metric the functions publish, named once here (listed in {@code docs/metrics.md}). Tags
 * have low cardinality: function names, {@link ErrorKind} codes and {@link ReasonCode} names. The
 * HTTP server's own metrics cannot tell functions apart (every call is {@code uri="/**"}), hence
 * these.
 */
public final class FunctionMetrics {

  /** Timer: wall time of one call, from the raw request to the serialised reply. */
  public static final String FUNCTION_LATENCY = "engine.function.latency";

  /** Counter: failed calls by {@code function} and {@code kind} (an {@link ErrorKind} code). */
  public static final String FUNCTION_ERRORS = "engine.function.errors";

  /** Distribution summary: how many coins one selection kept, by {@code mode}. */
  public static final String SELECTION_SELECTED = "engine.selection.selected";

  /**
   * Counter: excluded candidates by {@code reason} (a {@link ReasonCode} name) and {@code mode}.
   */
  public static final String SELECTION_EXCLUDED = "engine.selection.excluded";

  /** Timer: time to build the universe and select, by {@code mode} (live or point-in-time). */
  public static final String SELECTION_LATENCY = "engine.selection.latency";

  /** Counter: training jobs {@code dailyTraining} put on the queue, by {@code trigger}. */
  public static final String TRAINING_ENQUEUED = "engine.training.enqueued";

  private final MeterRegistry registry;

  public FunctionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void recordCall(String function, long nanos) {
    Timer.builder(FUNCTION_LATENCY)
        .description("Wall time of one function call")
        .tag("function", function)
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }

  public void countError(String function, ErrorKind kind) {
    Counter.builder(FUNCTION_ERRORS)
        .description("Failed function calls")
        .tag("function", function)
        .tag("kind", kind.code())
        .register(registry)
        .increment();
  }

  /**
   * Records one selection: its latency, the coins kept and the exclusions by reason, all tagged
   * with {@code mode} ({@code live} or {@code point-in-time}).
   */
  public void recordSelection(Selection selection, String mode, long nanos) {
    Timer.builder(SELECTION_LATENCY)
        .description("Time to build the universe and select")
        .tag("mode", mode)
        .register(registry)
        .record(Duration.ofNanos(nanos));
    DistributionSummary.builder(SELECTION_SELECTED)
        .description("Coins kept by one selection")
        .tag("mode", mode)
        .register(registry)
        .record(selection.ranked().size());
    for (Map.Entry<ReasonCode, List<Exclusion>> entry : selection.exclusionsByReason().entrySet()) {
      Counter.builder(SELECTION_EXCLUDED)
          .description("Candidates left out, by reason")
          .tag("reason", entry.getKey().name())
          .tag("mode", mode)
          .register(registry)
          .increment(entry.getValue().size());
    }
  }

  public void recordTrainingRun(String trigger, int enqueued) {
    Counter.builder(TRAINING_ENQUEUED)
        .description("Training jobs enqueued by dailyTraining")
        .tag("trigger", trigger)
        .register(registry)
        .increment(enqueued);
  }
}
