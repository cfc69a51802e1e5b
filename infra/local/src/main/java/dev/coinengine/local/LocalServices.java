package dev.coinengine.local;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.ServingSettings;
import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.cost.FeeSchedule;
import dev.coinengine.functions.FunctionsServer;
import dev.coinengine.functions.FunctionsSettings;
import dev.coinengine.functions.decide.DecisionService;
import dev.coinengine.functions.decide.SymbolDirectory;
import dev.coinengine.functions.selection.HistoricalSelections;
import dev.coinengine.functions.training.TrainingBackend;
import dev.coinengine.runner.launch.DailyTrainingLauncher;
import dev.coinengine.runner.launch.LakeTrainingCoins;
import dev.coinengine.runner.worker.TrainingFleet;
import dev.coinengine.runner.worker.TrainingPlan;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import dev.coinengine.store.rankings.PointInTimeSelections;
import dev.coinengine.store.rankings.SelectionListener;
import dev.coinengine.store.serving.RecentBars;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

/**
 * What {@code ./engine local} serves after its cycle: the decision functions over HTTP, fed by the
 * Binance market data (live, or a loopback stub replaying recorded real payloads when offline), by
 * point-in-time selections from the lake, and {@code dailyTraining} on the lake and the training
 * queue (a later {@code ./engine train} or a {@code RunnerMain} process trains what it enqueues).
 */
final class LocalServices implements AutoCloseable {
  private final BinanceStubServer stub;
  private final TrainingServices training;
  private final DecisionService decisions;
  private final FunctionsServer functions;
  private final URI marketUrl;

  private LocalServices(
      BinanceStubServer stub,
      TrainingServices training,
      DecisionService decisions,
      FunctionsServer functions,
      URI marketUrl) {
    this.stub = stub;
    this.training = training;
    this.decisions = decisions;
    this.functions = functions;
    this.marketUrl = marketUrl;
  }

  static LocalServices start(
      EngineContext context,
      FeeSchedule fees,
      boolean offline,
      Optional<Path> snapshots,
      Clock clock) {
    EngineConfig config = context.config();
    BinanceStubServer stub = null;
    TrainingServices training = null;
    DecisionService decisions = null;
    try {
      URI marketUrl;
      BinanceMarketDataSettings market;
      if (offline) {
        StubPayloads payloads =
            StubPayloads.fromFolderOrBundled(
                snapshots.orElse(null),
                StubPayloads.EXCHANGE_INFO_2023,
                StubPayloads.TICKER_24H_2024);
        stub = BinanceStubServer.start(payloads, 0, clock);
        marketUrl = stub.baseUrl();
        market = BinanceMarketDataSettings.offline(marketUrl);
      } else {
        marketUrl = config.marketData().binanceBaseUrl();
        market = BinanceMarketDataSettings.live(marketUrl);
      }
      MarketDataSource source =
          XChangeBinanceMarketData.connect(market, clock, new Random(), Sleeper.SYSTEM);
      PointInTimeSelections pointInTime =
          new PointInTimeSelections(
              context.lake(), config.marketData().interval(), clock, SelectionListener.NONE);
      HistoricalSelections history =
          (date, settings) -> pointInTime.compute(date, settings, OptionalLong.empty());
      training = TrainingServices.open(context);
      TrainingBackend backend =
          new TrainingBackend(
              new DailyTrainingLauncher(
                  new LakeTrainingCoins(context.lake(), config.coinSelection(), clock),
                  TrainingPlan.from(config.training()),
                  config.training().timeframes(),
                  config.training().families()),
              TrainingFleet.queue(config, training.sqs()));
      ServingSettings serving = config.serving();
      RecentBars recent =
          new RecentBars(
              context.lake(),
              config.marketData().interval(),
              serving.keepBars(),
              serving.barsMaxAge(),
              clock);
      decisions =
          DecisionService.create(
              config,
              fees,
              context.objectStore(),
              recent::closedBy,
              new SymbolDirectory(source, clock, Duration.ofHours(1)),
              Optional.of(training.registry()),
              TrackRecord::empty,
              clock);
      FunctionsServer functions =
          FunctionsServer.start(
              new FunctionsSettings(config.http().authToken(), config.coinSelection()),
              source,
              Optional.of(history),
              Optional.of(decisions),
              Optional.of(backend),
              clock,
              config.http().port());
      return new LocalServices(stub, training, decisions, functions, marketUrl);
    } catch (RuntimeException e) {
      if (decisions != null) {
        decisions.close();
      }
      if (training != null) {
        training.close();
      }
      if (stub != null) {
        stub.close();
      }
      throw e;
    }
  }

  URI functionsUrl() {
    return functions.baseUrl();
  }

  URI marketUrl() {
    return marketUrl;
  }

  boolean offline() {
    return stub != null;
  }

  @Override
  public void close() {
    try {
      functions.close();
    } finally {
      // Flushes the decision log before the object store goes away.
      decisions.close();
      training.close();
      if (stub != null) {
        stub.close();
      }
    }
  }
}
