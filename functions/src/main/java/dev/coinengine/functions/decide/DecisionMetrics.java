package dev.coinengine.functions.decide;

import dev.coinengine.core.cost.CostBreakdown;
import dev.coinengine.core.decision.Decision;
import dev.coinengine.store.decisions.DecisionLog;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Meters of the decision functions; names and tags in {@code docs/metrics.md}. */
public final class DecisionMetrics {
  /** Counter: decisions by {@code action} and {@code reason} (a hold reason, or {@code trade}). */
  public static final String DECISIONS = "engine.decisions";

  /** Summary: consensus confidence of decisions that reached consensus. */
  public static final String CONFIDENCE = "engine.decision.confidence";

  /** Summary: cost of sized orders in bps, by {@code component} (fee, spread, slippage, ...). */
  public static final String COST = "engine.decision.cost.bps";

  /** Decision-log meters: accepted, written and dropped (counters), queued (gauge). */
  public static final String LOG_ACCEPTED = "engine.decision.log.accepted";

  public static final String LOG_WRITTEN = "engine.decision.log.written";
  public static final String LOG_DROPPED = "engine.decision.log.dropped";
  public static final String LOG_QUEUED = "engine.decision.log.queued";

  private final MeterRegistry registry;
  private final DistributionSummary confidence;
  private final Map<String, DistributionSummary> costs = new LinkedHashMap<>();

  public DecisionMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.confidence = DistributionSummary.builder(CONFIDENCE).register(registry);
    for (String component : List.of("fee", "spread", "slippage", "funding", "total")) {
      costs.put(
          component,
          DistributionSummary.builder(COST).tag("component", component).register(registry));
    }
  }

  /** Publishes the log's counters (read from the log on every scrape). */
  public void bind(DecisionLog log) {
    FunctionCounter.builder(LOG_ACCEPTED, log, l -> l.stats().accepted()).register(registry);
    FunctionCounter.builder(LOG_WRITTEN, log, l -> l.stats().written()).register(registry);
    FunctionCounter.builder(LOG_DROPPED, log, l -> l.stats().dropped()).register(registry);
    Gauge.builder(LOG_QUEUED, log, l -> l.stats().queued()).register(registry);
  }

  void record(Decision d) {
    String reason = d.holdReason().map(Enum::name).orElse("trade");
    registry.counter(DECISIONS, "action", d.action().name(), "reason", reason).increment();
    d.consensus().ifPresent(c -> confidence.record(c.confidence()));
    d.cost().ifPresent(this::recordCost);
  }

  private void recordCost(CostBreakdown c) {
    component("fee", c.feeBps());
    component("spread", c.spreadBps());
    component("slippage", c.slippageBps());
    component("funding", c.fundingBps());
    component("total", c.totalBps());
  }

  private void component(String name, double bps) {
    costs.get(name).record(bps);
  }
}
