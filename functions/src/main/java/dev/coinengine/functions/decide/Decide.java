package dev.coinengine.functions.decide;

import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.config.RiskPresetSettings;
import dev.coinengine.core.decision.Decision;
import dev.coinengine.core.decision.DecisionEngine;
import dev.coinengine.core.decision.DecisionInput;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.risk.AccountState;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.store.decisions.DecisionLog;
import dev.coinengine.store.decisions.LoggedDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one call Hamilton makes per coin and bar: resolves the symbol, preset and bars, runs the
 * {@link DecisionEngine}, logs the decision and answers it. Thread-safe.
 */
public final class Decide implements Function<DecideRequest, DecideResponse> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DecisionEngine engine;
  private final RequestBars bars;
  private final SymbolDirectory symbols;
  private final RiskPresetSettings presets;
  private final DecisionLog log;
  private final DecisionMetrics metrics;
  private final Clock clock;
  private final Supplier<String> ids;

  public Decide(
      DecisionEngine engine,
      BarSource lake,
      SymbolDirectory symbols,
      RiskPresetSettings presets,
      DecisionLog log,
      DecisionMetrics metrics,
      Clock clock,
      Supplier<String> ids) {
    this.engine = engine;
    this.bars = new RequestBars(lake, engine.baseInterval());
    this.symbols = symbols;
    this.presets = presets;
    this.log = log;
    this.metrics = metrics;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public DecideResponse apply(DecideRequest request) {
    Instant now = clock.instant();
    Instant time = decisionTime(request, now);
    SymbolInfo info =
        symbols
            .find(request.symbol())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "symbol", "unknown to the exchange listing: " + request.symbol()));
    RiskPreset preset = preset(request);
    RequestBars.Bars bars = this.bars.resolve(request, time, engine.baseBarsNeeded());
    AccountState account =
        request
            .account()
            .orElse(
                new AccountState(
                    DecideRequest.DEFAULT_EQUITY, List.of(), 0, DecideRequest.DEFAULT_EQUITY));
    DecisionInput input =
        new DecisionInput(
            ids.get(),
            request.symbol(),
            request.timeframe(),
            time,
            bars.coin(),
            bars.btc(),
            bars.eth(),
            preset,
            account,
            info.filters(),
            request.quote(),
            request.book(),
            request.funding(),
            request.orderType(),
            request.liquidity());
    Decision decision = engine.decide(input);
    DecideResponse response = DecideResponse.of(decision, now);
    log.append(new LoggedDecision(decision.decisionId(), now, JSON.writeValueAsString(response)));
    metrics.record(decision);
    return response;
  }

  static Instant decisionTime(DecideRequest request, Instant now) {
    Instant time = request.time().orElse(now);
    if (time.isAfter(now.plusSeconds(60))) {
      throw new InvalidRequestException("time", "is in the future (now is " + now + ")");
    }
    return time;
  }

  private RiskPreset preset(DecideRequest request) {
    if (request.preset().isEmpty()) {
      return presets.defaultPreset();
    }
    try {
      return presets.preset(request.preset().get());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("preset", e.getMessage());
    }
  }
}
