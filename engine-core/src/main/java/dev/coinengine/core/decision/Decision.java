package dev.coinengine.core.decision;

import dev.coinengine.core.consensus.Consensus;
import dev.coinengine.core.cost.CostBreakdown;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.risk.SizingDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to Hamilton, with everything that led to it.
 *
 * @param barOpenTimeMs open time of the last closed bar of the decision's timeframe (-1: none)
 * @param holdReason why the action is HOLD; empty otherwise
 * @param quantity base-asset quantity to trade (0 for HOLD)
 * @param limitPrice tick-rounded limit price; empty for HOLD and market orders
 * @param expectedEdgeBps the consensus's expected gross edge over the holding time
 * @param regimes the regime of every timeframe that voted
 * @param votes every engine's vote, all timeframes
 * @param consensus weights, contributions and gate states per engine; empty while warming up
 * @param cost the cost of the sized order; empty when no order was sized
 * @param sizing the risk sizing; empty when no order was sized
 * @param modelVersions engine id to the model version that voted
 */
public record Decision(
    String decisionId,
    String symbol,
    Interval timeframe,
    Instant time,
    long barOpenTimeMs,
    Action action,
    Optional<HoldReason> holdReason,
    String explanation,
    BigDecimal quantity,
    BigDecimal notional,
    Optional<BigDecimal> limitPrice,
    Optional<BigDecimal> stopPrice,
    double price,
    double expectedEdgeBps,
    Optional<Regime> regime,
    Map<Interval, Regime> regimes,
    List<Vote> votes,
    Optional<Consensus> consensus,
    Optional<CostBreakdown> cost,
    Optional<SizingDecision> sizing,
    String preset,
    int presetVersion,
    Map<String, String> modelVersions) {

  public Decision {
    holdReason = holdReason == null ? Optional.empty() : holdReason;
    if ((action == Action.HOLD) != holdReason.isPresent()) {
      throw new IllegalArgumentException(
          "a HOLD needs a reason and only a HOLD has one: " + action + " " + holdReason);
    }
    votes = List.copyOf(votes);
    regimes = Map.copyOf(regimes);
    modelVersions = Map.copyOf(modelVersions);
  }
}
