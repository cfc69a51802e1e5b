package dev.coinengine.functions.decide;

import dev.coinengine.core.decision.DecisionEngine;
import dev.coinengine.core.decision.TimeframeView;
import dev.coinengine.core.market.Interval;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every engine's vote for a coin at a time, with each timeframe's regime: {@code decide} without
 * consensus, costs or sizing. Takes the same body as {@code decide} (portfolio, quote, depth and
 * funding are ignored).
 */
public final class Predict implements Function<DecideRequest, Predict.Response> {

  /** One timeframe's view. */
  public record TimeframeSummary(String barOpenTime, String regime, boolean features, int bars) {}

  public record Response(
      String symbol,
      String time,
      Map<String, TimeframeSummary> timeframes,
      List<DecideResponse.VoteView> votes) {}

  private final DecisionEngine engine;
  private final RequestBars bars;
  private final Clock clock;

  Predict(DecisionEngine engine, BarSource lake, Clock clock) {
    this.engine = engine;
    this.bars = new RequestBars(lake, engine.baseInterval());
    this.clock = clock;
  }

  @Override
  public Response apply(DecideRequest request) {
    Instant time = Decide.decisionTime(request, clock.instant());
    RequestBars.Bars b = bars.resolve(request, time, engine.baseBarsNeeded());
    DecisionEngine.Prediction prediction =
        engine.predict(request.symbol(), b.coin(), b.btc(), b.eth());
    Map<String, TimeframeSummary> timeframes = new TreeMap<>();
    for (Map.Entry<Interval, TimeframeView> e : prediction.views().entrySet()) {
      TimeframeView v = e.getValue();
      timeframes.put(
          e.getKey().code(),
          new TimeframeSummary(
              v.lastBarOpenTimeMs().map(ms -> Instant.ofEpochMilli(ms).toString()).orElse(null),
              v.regime().map(Enum::name).orElse(null),
              v.features().isPresent(),
              v.bars().size()));
    }
    return new Response(
        request.symbol(),
        time.toString(),
        timeframes,
        DecideResponse.votes(prediction.votes(), List.of()));
  }
}
