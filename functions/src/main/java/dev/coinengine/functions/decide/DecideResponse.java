package dev.coinengine.functions.decide;

import dev.coinengine.core.consensus.Consensus;
import dev.coinengine.core.consensus.EngineWeight;
import dev.coinengine.core.cost.CostBreakdown;
import dev.coinengine.core.decision.Decision;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.risk.BindingLimit;
import dev.coinengine.core.risk.SizingDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code decide} answers, field by field in {@code docs/openapi.yaml}. Absent parts are {@code
 * null}: {@code holdReason} unless HOLD, {@code consensus} while warming up, {@code cost} and
 * {@code sizing} when no order was sized.
 */
public record DecideResponse(
    String decisionId,
    String symbol,
    String timeframe,
    String time,
    String barOpenTime,
    String action,
    String holdReason,
    String explanation,
    BigDecimal quantity,
    BigDecimal notional,
    BigDecimal limitPrice,
    BigDecimal stopPrice,
    double price,
    double expectedEdgeBps,
    String regime,
    Map<String, String> regimes,
    ConsensusView consensus,
    CostView cost,
    SizingView sizing,
    List<VoteView> votes,
    PresetView preset,
    Map<String, String> models,
    String servedAt) {

  /** One engine's vote with its weight in the consensus (weights are null while warming up). */
  public record VoteView(
      String engineId,
      String direction,
      double confidence,
      double rawScore,
      String modelVersion,
      Double reliability,
      Double independence,
      Double weight,
      Double contribution,
      Boolean gated,
      String gateReason) {}

  public record ConsensusView(
      String direction,
      double confidence,
      String flatReason,
      double longScore,
      double shortScore,
      double agreement,
      double requiredAgreement,
      int supportingEngines,
      double effectiveEngines) {}

  public record Refusal(String code, String message) {}

  public record CostView(
      double feeBps,
      double spreadBps,
      double slippageBps,
      String slippageSource,
      double fundingBps,
      double fundingReceivedBps,
      double totalBps,
      double totalQuote,
      double expectedEdgeBps,
      double edgeAfterCostBps,
      double minEdgeBps,
      double makerFeeBps,
      double takerFeeBps,
      boolean approved,
      List<Refusal> refusals) {}

  public record SizingView(
      boolean approved,
      String orderType,
      BigDecimal quantity,
      BigDecimal notional,
      BigDecimal limitPrice,
      BigDecimal stopPrice,
      List<String> bindingLimits,
      List<Refusal> rejections) {}

  public record PresetView(String name, int version) {}

  static DecideResponse of(Decision d, Instant servedAt) {
    Map<String, String> regimes = new TreeMap<>();
    d.regimes().forEach((tf, r) -> regimes.put(tf.code(), r.name()));
    return new DecideResponse(
        d.decisionId(),
        d.symbol(),
        d.timeframe().code(),
        d.time().toString(),
        d.barOpenTimeMs() < 0 ? null : Instant.ofEpochMilli(d.barOpenTimeMs()).toString(),
        d.action().name(),
        d.holdReason().map(Enum::name).orElse(null),
        d.explanation(),
        d.quantity(),
        d.notional(),
        d.limitPrice().orElse(null),
        d.stopPrice().orElse(null),
        d.price(),
        d.expectedEdgeBps(),
        d.regime().map(Enum::name).orElse(null),
        regimes,
        d.consensus().map(DecideResponse::consensus).orElse(null),
        d.cost().map(DecideResponse::cost).orElse(null),
        d.sizing().map(DecideResponse::sizing).orElse(null),
        votes(d.votes(), d.consensus().map(Consensus::engines).orElse(List.of())),
        new PresetView(d.preset(), d.presetVersion()),
        d.modelVersions(),
        servedAt.toString());
  }

  static List<VoteView> votes(List<Vote> votes, List<EngineWeight> weights) {
    Map<String, EngineWeight> byEngine = new HashMap<>();
    weights.forEach(w -> byEngine.put(w.engineId(), w));
    List<VoteView> out = new ArrayList<>(votes.size());
    for (Vote v : votes) {
      EngineWeight w = byEngine.get(v.engineId());
      out.add(
          new VoteView(
              v.engineId(),
              v.direction().name(),
              v.confidence(),
              v.rawScore(),
              v.modelVersion(),
              w == null ? null : w.reliability(),
              w == null ? null : w.independence(),
              w == null ? null : w.weight(),
              w == null ? null : w.contribution(),
              w == null ? null : w.gated(),
              w == null ? null : w.gateReason()));
    }
    return out;
  }

  private static ConsensusView consensus(Consensus c) {
    return new ConsensusView(
        c.direction().name(),
        c.confidence(),
        c.reason() == null ? null : c.reason().name(),
        c.longScore(),
        c.shortScore(),
        c.agreement(),
        c.requiredAgreement(),
        c.supportingEngines(),
        c.effectiveEngines());
  }

  private static CostView cost(CostBreakdown c) {
    return new CostView(
        c.feeBps(),
        c.spreadBps(),
        c.slippageBps(),
        c.slippageSource().name(),
        c.fundingBps(),
        c.fundingReceivedBps(),
        c.totalBps(),
        c.totalQuote(),
        c.expectedEdgeBps(),
        c.edgeAfterCostBps(),
        c.minEdgeBps(),
        c.feeRates().makerBps(),
        c.feeRates().takerBps(),
        c.approved(),
        c.refusals().stream().map(r -> new Refusal(r.code().name(), r.message())).toList());
  }

  private static SizingView sizing(SizingDecision s) {
    return new SizingView(
        s.approved(),
        s.type().name(),
        s.quantity(),
        s.notional(),
        s.limitPrice(),
        s.stopPrice(),
        s.bindingLimits().stream().map(BindingLimit::name).toList(),
        s.rejections().stream().map(r -> new Refusal(r.code().name(), r.message())).toList());
  }
}
