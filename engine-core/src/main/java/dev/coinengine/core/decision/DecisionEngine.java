package dev.coinengine.core.decision;

import dev.coinengine.core.config.CostSettings.Venue;
import dev.coinengine.core.consensus.Consensus;
import dev.coinengine.core.consensus.ConsensusEngine;
import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.cost.CostBreakdown;
import dev.coinengine.core.cost.CostModel;
import dev.coinengine.core.cost.CostRequest;
import dev.coinengine.core.cost.Funding;
import dev.coinengine.core.cost.Side;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.RuleEngine;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.risk.RiskSizer;
import dev.coinengine.core.risk.SizingDecision;
import dev.coinengine.core.risk.SizingRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The composite decision: views → votes (rules and models, every served timeframe) → regime gate
 * and consensus → risk sizing → cost → action. Pure and thread-safe; the callers bring bars, models
 * and the track record. The steps and formulas are documented in {@code docs/decide.md}.
 */
public final class DecisionEngine {
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

  private final MarketViews views;
  private final Map<Interval, List<RuleEngine>> rules;
  private final ModelVoter models;
  private final ConsensusEngine consensus;
  private final Supplier<TrackRecord> track;
  private final RiskSizer sizer;
  private final CostModel costs;
  private final Venue venue;
  private final DecisionSettings settings;
  private final List<Interval> order;
  private final int baseBarsNeeded;

  public DecisionEngine(
      MarketViews views,
      Map<Interval, List<RuleEngine>> rules,
      ModelVoter models,
      ConsensusEngine consensus,
      Supplier<TrackRecord> track,
      RiskSizer sizer,
      CostModel costs,
      Venue venue,
      DecisionSettings settings) {
    this.views = Objects.requireNonNull(views, "views");
    this.rules = Map.copyOf(rules);
    this.models = Objects.requireNonNull(models, "models");
    this.consensus = Objects.requireNonNull(consensus, "consensus");
    this.track = Objects.requireNonNull(track, "track");
    this.sizer = Objects.requireNonNull(sizer, "sizer");
    this.costs = Objects.requireNonNull(costs, "costs");
    this.venue = Objects.requireNonNull(venue, "venue");
    this.settings = Objects.requireNonNull(settings, "settings");
    if (!views.timeframes().equals(this.rules.keySet())) {
      throw new IllegalArgumentException(
          "rule engines for " + this.rules.keySet() + " but views for " + views.timeframes());
    }
    this.order = views.timeframes().stream().sorted().toList();
    int need = settings.volatilityBars() + 1;
    for (Interval tf : order) {
      need = Math.max(need, views.baseBarsNeeded(tf));
    }
    this.baseBarsNeeded = need;
  }

  /** The timeframes that vote on every decision. */
  public java.util.Set<Interval> timeframes() {
    return views.timeframes();
  }

  /** Base-interval bars a decision needs of the coin, BTC and ETH. */
  public int baseBarsNeeded() {
    return baseBarsNeeded;
  }

  /** The interval of the bars a decision reads. */
  public Interval baseInterval() {
    return views.base();
  }

  /** Every engine's vote and every timeframe's view, without consensus, costs or sizing. */
  public Prediction predict(String symbol, BarSeries coin, BarSeries btc, BarSeries eth) {
    Map<Interval, TimeframeView> byTimeframe = new EnumMap<>(Interval.class);
    List<Vote> votes = new ArrayList<>();
    for (Interval tf : order) {
      TimeframeView view = views.view(tf, coin, btc, eth);
      byTimeframe.put(tf, view);
      for (RuleEngine rule : rules.get(tf)) {
        votes.add(rule.vote(view.bars()));
      }
      votes.addAll(models.votes(symbol, view));
    }
    return new Prediction(byTimeframe, votes);
  }

  /** The views and votes of {@link #predict}. */
  public record Prediction(Map<Interval, TimeframeView> views, List<Vote> votes) {
    public Prediction {
      views = Map.copyOf(views);
      votes = List.copyOf(votes);
    }
  }

  public Decision decide(DecisionInput in) {
    if (!views.timeframes().contains(in.timeframe())) {
      throw new IllegalArgumentException(
          "timeframe " + in.timeframe().code() + " is not served (" + views.timeframes() + ")");
    }
    Prediction prediction = predict(in.symbol(), in.coin(), in.btc(), in.eth());
    Map<Interval, Regime> regimes = new EnumMap<>(Interval.class);
    prediction.views().forEach((tf, view) -> view.regime().ifPresent(r -> regimes.put(tf, r)));
    List<Vote> votes = prediction.votes();
    TimeframeView primary = prediction.views().get(in.timeframe());
    Map<String, String> modelVersions = new TreeMap<>();
    for (Vote v : votes) {
      if (v.modelVersion() != null) {
        modelVersions.put(v.engineId(), v.modelVersion());
      }
    }
    Builder out = new Builder(in, primary, regimes, votes, modelVersions);
    if (primary.regime().isEmpty() || in.coin().isEmpty()) {
      return out.hold(
          HoldReason.WARMING_UP,
          "the "
              + in.timeframe().code()
              + " view has "
              + primary.bars().size()
              + " bars, the regime needs "
              + views.barsNeeded(in.timeframe()));
    }
    Regime regime = primary.regime().get();
    Consensus result = consensus.decide(votes, regime, track.get());
    out.consensus = result;
    double dailyVol = dailyVolatility(in.coin());
    out.expectedEdgeBps = expectedEdgeBps(result, dailyVol, in.timeframe());
    if (result.direction() == Direction.FLAT) {
      return out.hold(HoldReason.CONSENSUS_FLAT, "consensus is FLAT: " + result.reason());
    }
    if (result.direction() == Direction.SHORT && venue == Venue.SPOT) {
      return exit(in, out, dailyVol);
    }
    Side side = result.direction() == Direction.LONG ? Side.BUY : Side.SELL;
    double reference = out.price;
    double entry = in.quote().map(q -> side == Side.BUY ? q.ask() : q.bid()).orElse(reference);
    SizingDecision sizing =
        sizer.size(
            in.preset(),
            new SizingRequest(
                in.symbol(),
                side,
                in.orderType(),
                entry,
                reference,
                dailyVol,
                result.confidence(),
                in.filters(),
                in.account()));
    out.sizing = sizing;
    if (!sizing.approved()) {
      return out.hold(HoldReason.RISK_REJECTED, "risk refused: " + sizing.rejections());
    }
    CostBreakdown cost = cost(in, side, sizing.quantity().doubleValue(), out, dailyVol);
    out.cost = cost;
    if (!cost.approved()) {
      return out.hold(HoldReason.EDGE_BELOW_COST, "cost refused: " + cost.refusals());
    }
    return out.trade(
        side == Side.BUY ? Action.BUY : Action.SELL,
        sizing.quantity(),
        sizing.notional(),
        Optional.ofNullable(sizing.limitPrice()),
        Optional.ofNullable(sizing.stopPrice()),
        "consensus " + result.direction() + " at confidence " + round(result.confidence()));
  }

  /** Spot cannot short: a SHORT consensus sells the long held in the coin, if any. */
  private Decision exit(DecisionInput in, Builder out, double dailyVol) {
    double held = in.account().exposureIn(in.symbol());
    if (!(held > 0)) {
      return out.hold(HoldReason.NO_SHORT_ON_SPOT, "consensus is SHORT and nothing is held");
    }
    double price = in.quote().map(DecisionInput.Quote::bid).orElse(out.price);
    Optional<BigDecimal> exit =
        RiskSizer.exitQuantity(
            BigDecimal.valueOf(held / price),
            BigDecimal.valueOf(price),
            in.filters(),
            in.orderType());
    if (exit.isEmpty()) {
      return out.hold(
          HoldReason.EXIT_BELOW_MINIMUM,
          "the held " + round(held) + " quote is below the symbol's minimum order");
    }
    BigDecimal quantity = exit.get();
    BigDecimal notional = quantity.multiply(BigDecimal.valueOf(price));
    out.cost = cost(in, Side.SELL, quantity.doubleValue(), out, dailyVol);
    return out.trade(
        Action.EXIT,
        quantity,
        notional,
        Optional.empty(),
        Optional.empty(),
        "consensus SHORT on spot: close the long");
  }

  private CostBreakdown cost(
      DecisionInput in, Side side, double quantity, Builder out, double dailyVol) {
    double price = out.price;
    CostRequest.Builder request =
        CostRequest.builder(in.symbol(), side, venue)
            .quantity(quantity)
            .price(price)
            .dailyLiquidity(dailyQuoteVolume(in.coin(), price), dailyVol)
            .liquidity(in.liquidity())
            .expectedEdgeBps(out.expectedEdgeBps);
    if (in.quote().isPresent()) {
      request.quotes(in.quote().get().bid(), in.quote().get().ask());
    } else if (in.book().isEmpty()) {
      double half = price * settings.assumedSpreadBps() / 2e4;
      request.quotes(price - half, price + half);
    }
    in.book().ifPresent(request::book);
    if (venue == Venue.USDM_FUTURES) {
      request.funding(
          in.funding().orElse(new Funding(0.0, Duration.ofHours(8), holding(in.timeframe()))));
    }
    return costs.estimate(request.build());
  }

  /**
   * Expected gross edge of following the consensus for the holding time, in bps: (2p − 1) · E|r|,
   * with p = ½ + confidence/2 the probability the side is right and E|r| = σ_h √(2/π) the mean
   * absolute move of a zero-mean normal return over the holding time.
   */
  double expectedEdgeBps(Consensus result, double dailyVol, Interval timeframe) {
    if (result.direction() == Direction.FLAT || !(dailyVol > 0)) {
      return 0.0;
    }
    double days = holding(timeframe).toMillis() / (double) Duration.ofDays(1).toMillis();
    double sigma = dailyVol * Math.sqrt(days);
    return result.confidence() * sigma * SQRT_2_OVER_PI * 1e4;
  }

  private Duration holding(Interval timeframe) {
    return Duration.ofMillis(timeframe.millis() * settings.holdingBars());
  }

  /** Standard deviation of base-interval log returns over the look-back, scaled to a day. */
  double dailyVolatility(BarSeries coin) {
    int n = Math.min(coin.size() - 1, settings.volatilityBars());
    if (n < 2) {
      return Double.NaN;
    }
    double sum = 0;
    double sumSq = 0;
    for (int i = coin.size() - n; i < coin.size(); i++) {
      double r = Math.log(coin.get(i).close() / coin.get(i - 1).close());
      sum += r;
      sumSq += r * r;
    }
    double mean = sum / n;
    double variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
    double barsPerDay = Duration.ofDays(1).toMillis() / (double) coin.interval().millis();
    return Math.sqrt(variance * barsPerDay);
  }

  /** Quote volume of the last day of bars (base volume × close where quote volume is absent). */
  private static double dailyQuoteVolume(BarSeries coin, double price) {
    int perDay = (int) (Duration.ofDays(1).toMillis() / coin.interval().millis());
    double sum = 0;
    for (int i = Math.max(0, coin.size() - perDay); i < coin.size(); i++) {
      Bar bar = coin.get(i);
      sum += Double.isNaN(bar.quoteVolume()) ? bar.volume() * bar.close() : bar.quoteVolume();
    }
    return sum > 0 ? sum : price; // a coin without volume is priced as the least liquid possible
  }

  private static String round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Collects the parts of one decision as the steps produce them. */
  private static final class Builder {
    private final DecisionInput in;
    private final TimeframeView primary;
    private final Map<Interval, Regime> regimes;
    private final List<Vote> votes;
    private final Map<String, String> modelVersions;
    private final double price;
    private Consensus consensus;
    private SizingDecision sizing;
    private CostBreakdown cost;
    private double expectedEdgeBps;

    Builder(
        DecisionInput in,
        TimeframeView primary,
        Map<Interval, Regime> regimes,
        List<Vote> votes,
        Map<String, String> modelVersions) {
      this.in = in;
      this.primary = primary;
      this.regimes = regimes;
      this.votes = votes;
      this.modelVersions = modelVersions;
      double last = in.coin().isEmpty() ? Double.NaN : in.coin().last().close();
      this.price = in.quote().map(DecisionInput.Quote::mid).orElse(last);
    }

    Decision hold(HoldReason reason, String explanation) {
      return build(
          Action.HOLD,
          Optional.of(reason),
          explanation,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          Optional.empty(),
          Optional.empty());
    }

    Decision trade(
        Action action,
        BigDecimal quantity,
        BigDecimal notional,
        Optional<BigDecimal> limit,
        Optional<BigDecimal> stop,
        String explanation) {
      return build(action, Optional.empty(), explanation, quantity, notional, limit, stop);
    }

    private Decision build(
        Action action,
        Optional<HoldReason> reason,
        String explanation,
        BigDecimal quantity,
        BigDecimal notional,
        Optional<BigDecimal> limit,
        Optional<BigDecimal> stop) {
      return new Decision(
          in.decisionId(),
          in.symbol(),
          in.timeframe(),
          in.time(),
          primary.lastBarOpenTimeMs().orElse(-1L),
          action,
          reason,
          explanation,
          quantity,
          notional,
          limit,
          stop,
          price,
          expectedEdgeBps,
          primary.regime(),
          regimes,
          votes,
          Optional.ofNullable(consensus),
          Optional.ofNullable(cost),
          Optional.ofNullable(sizing),
          in.preset().name(),
          in.preset().version(),
          modelVersions);
    }
  }
}
