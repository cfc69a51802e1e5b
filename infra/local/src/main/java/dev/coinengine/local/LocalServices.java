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
 * Binance market data (live, or a loopback stub replaying recorded real payloads when offline) and
 * by point-in-time selections from the lake.
 */
final class LocalServices implements AutoCloseable {
  private final BinanceStubServer stub;
  private final DecisionService decisions;
  private final FunctionsServer functions;
  private final URI marketUrl;

  private LocalServices(
      BinanceStubServer stub, DecisionService decisions, FunctionsServer functions, URI marketUrl) {
    this.stub = stub;
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
              Optional.of(TrainingServices.registry(context)),
              TrackRecord::empty,
              clock);
      FunctionsServer functions =
          FunctionsServer.start(
              new FunctionsSettings(config.http().authToken(), config.coinSelection()),
              source,
              Optional.of(history),
              Optional.of(decisions),
              clock,
              config.http().port());
      return new LocalServices(stub, decisions, functions, marketUrl);
    } catch (RuntimeException e) {
      if (decisions != null) {
        decisions.close();
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
      if (stub != null) {
        stub.close();
      }
    }
  }
}
