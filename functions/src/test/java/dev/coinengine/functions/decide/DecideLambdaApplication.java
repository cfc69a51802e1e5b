package dev.coinengine.functions.decide;

import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.DecisionFunctions;
import dev.coinengine.functions.FunctionsSettings;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The functions with a decision service over the sample bars, as a Lambda would start them. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DecisionFunctions.class)
public class DecideLambdaApplication {
  static final String TOKEN = "lambda-token-51c2";
  static final DecideFixture FIXTURE = new DecideFixture();

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

  @Bean(destroyMethod = "close")
  DecisionService decisionService() {
    return FIXTURE.service(
        Clock.fixed(Instant.parse("2023-10-01T00:00:00Z"), ZoneOffset.UTC), true);
  }
}
