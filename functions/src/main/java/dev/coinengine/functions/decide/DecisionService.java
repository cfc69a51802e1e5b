package dev.coinengine.functions.decide;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.ServingSettings;
import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.consensus.WeightedConsensus;
import dev.coinengine.core.cost.CostModel;
import dev.coinengine.core.cost.FeeSchedule;
import dev.coinengine.core.cost.SquareRootImpact;
import dev.coinengine.core.decision.DecisionEngine;
import dev.coinengine.core.decision.DecisionSettings;
import dev.coinengine.core.decision.MarketViews;
import dev.coinengine.core.decision.ModelVoter;
import dev.coinengine.core.engines.RuleEngine;
import dev.coinengine.core.engines.RuleEngines;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.gate.RegimeGate;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.RegimeClassifier;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.core.risk.RiskSizer;
import dev.coinengine.functions.track.TrackSettings;
import dev.coinengine.store.decisions.DecisionLog;
import dev.coinengine.store.decisions.DecisionLogSettings;
import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.onnx.Device;
import dev.coinengine.store.registry.ModelRegistry;
import dev.coinengine.store.serving.ChampionModels;
import dev.coinengine.store.track.ObjectTrackRecordStore;
import dev.coinengine.store.track.TrackRecordStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code decide} and {@code predict} share, wired from the configuration: the decision
 * engine (views, 1h and 4h rule engines, champion models, consensus, risk, cost), the bar source,
 * the exchange listing, the risk presets and the decision log. Owns the champion refresh and the
 * log: {@link #close()} stops one and flushes the other.
 */
public final class DecisionService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);

  /** The timeframes that vote on every decision. */
  public static final List<Interval> TIMEFRAMES = List.of(Interval.H1, Interval.H4);

  /** The served feature spec: the calculator computes it and model votes are checked against it. */
  private static final FeatureSpec FEATURES = FeatureSpec.v1();

  private final EngineConfig config;
  private final DecisionEngine engine;
  private final BarSource bars;
  private final SymbolDirectory symbols;
  private final DecisionLog log;
  private final Optional<ChampionModels> champions;
  private final ScheduledExecutorService refresher;
  private final Clock clock;
  private final TrackRecordStore trackStore;
  private final AtomicReference<Supplier<TrackRecord>> track;

  private DecisionService(
      EngineConfig config,
      DecisionEngine engine,
      BarSource bars,
      SymbolDirectory symbols,
      DecisionLog log,
      Optional<ChampionModels> champions,
      ScheduledExecutorService refresher,
      Clock clock,
      TrackRecordStore trackStore,
      AtomicReference<Supplier<TrackRecord>> track) {
    this.config = config;
    this.engine = engine;
    this.bars = bars;
    this.symbols = symbols;
    this.log = log;
    this.champions = champions;
    this.refresher = refresher;
    this.clock = clock;
    this.trackStore = trackStore;
    this.track = track;
  }

  /**
   * @param registry the Brain Library; empty = the rule engines vote alone
   * @param track the engines' leaderboard and correlations until the functions' track-record
   *     service takes over ({@link #useTrackRecords})
   */
  public static DecisionService create(
      EngineConfig config,
      FeeSchedule fees,
      ObjectStore store,
      BarSource bars,
      SymbolDirectory symbols,
      Optional<ModelRegistry> registry,
      Supplier<TrackRecord> track,
      Clock clock) {
    ServingSettings serving = config.serving();
    Optional<ChampionModels> champions =
        registry.map(r -> new ChampionModels(r, Device.parse(config.training().device()), clock));
    ModelVoter models =
        champions
            .<ModelVoter>map(c -> new ChampionVoter(c, FEATURES.hash()))
            .orElse(ModelVoter.NONE);
    AtomicReference<Supplier<TrackRecord>> current = new AtomicReference<>(track);
    DecisionEngine engine = engine(config, fees, models, () -> current.get().get());
    DecisionLog log =
        new DecisionLog(
            store,
            new DecisionLogSettings(
                serving.decisionLogCapacity(),
                serving.decisionLogBatch(),
                serving.decisionLogFlush(),
                serving.decisionLogOfferTimeout(),
                "decisions/",
                serving.decisionLogFolder().map(Path::of)),
            clock,
            "functions-" + UUID.randomUUID().toString().substring(0, 8));
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "champion-refresh");
              t.setDaemon(true);
              return t;
            });
    champions.ifPresent(
        c -> {
          refresh(c);
          long every = serving.championRefresh().toMillis();
          refresher.scheduleWithFixedDelay(() -> refresh(c), every, every, TimeUnit.MILLISECONDS);
        });
    return new DecisionService(
        config,
        engine,
        bars,
        symbols,
        log,
        champions,
        refresher,
        clock,
        new ObjectTrackRecordStore(store, clock),
        current);
  }

  /** The decision engine of the configuration, with the given models and track record. */
  public static DecisionEngine engine(
      EngineConfig config, FeeSchedule fees, ModelVoter models, Supplier<TrackRecord> track) {
    Map<Interval, RegimeClassifier> classifiers = new EnumMap<>(Interval.class);
    Map<Interval, List<RuleEngine>> rules = new EnumMap<>(Interval.class);
    for (Interval tf : TIMEFRAMES) {
      classifiers.put(tf, new RuleRegimeClassifier(RegimeThresholds.forInterval(tf)));
      rules.put(tf, RuleEngines.standard(tf));
    }
    MarketViews views =
        new MarketViews(
            new TechnicalFeatureCalculator(FEATURES), classifiers, config.marketData().interval());
    return new DecisionEngine(
        views,
        rules,
        models,
        new WeightedConsensus(
            config.consensus(), new RegimeGate(config.gates(), config.consensus())),
        track,
        new RiskSizer(),
        new CostModel(
            fees, config.cost(), new SquareRootImpact(SquareRootImpact.DEFAULT_COEFFICIENT)),
        config.cost().venue(),
        DecisionSettings.defaults());
  }

  private static void refresh(ChampionModels champions) {
    try {
      int n = champions.refresh();
      LOG.info("serving {} champion models", n);
    } catch (RuntimeException e) {
      LOG.warn("champion refresh failed, keeping the previous champions: {}", e.getMessage());
    }
  }

  public Decide decide(DecisionMetrics metrics) {
    return new Decide(
        engine,
        bars,
        symbols,
        config.riskPresets(),
        log,
        metrics,
        clock,
        () -> UUID.randomUUID().toString());
  }

  /** From now on the consensus reads its leaderboard and correlations from {@code track}. */
  public void useTrackRecords(Supplier<TrackRecord> track) {
    this.track.set(track);
  }

  /** Where outcomes and leaderboards of this deployment are kept (the same object store). */
  public TrackRecordStore trackStore() {
    return trackStore;
  }

  /** The track-record settings of this configuration. */
  public TrackSettings trackSettings() {
    return TrackSettings.from(config);
  }

  public Predict predict() {
    return new Predict(engine, bars, clock);
  }

  public DecisionEngine engine() {
    return engine;
  }

  public DecisionLog log() {
    return log;
  }

  public Optional<ChampionModels> champions() {
    return champions;
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    log.close();
    champions.ifPresent(ChampionModels::close);
  }
}
