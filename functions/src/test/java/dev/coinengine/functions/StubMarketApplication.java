package dev.coinengine.functions;

import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The functions over the bundled Binance snapshots, served by a loopback stub; token required. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DecisionFunctions.class)
class StubMarketApplication {

  static final String TOKEN = "test-token-7f3a";

  @Bean(destroyMethod = "close")
  BinanceStubServer binanceStub() {
    return BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
  }

  @Bean
  MarketDataSource marketDataSource(BinanceStubServer stub) {
    return XChangeBinanceMarketData.connect(
        BinanceMarketDataSettings.offline(stub.baseUrl()),
        Clock.systemUTC(),
        new SplittableRandom(1),
        Sleeper.SYSTEM);
  }

  @Bean
  FunctionsSettings functionsSettings() {
    return new FunctionsSettings(Optional.of(TOKEN), SelectionSettings.defaults());
  }
}
