package dev.coinengine.functions.training;

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
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The functions as a Lambda sees them, with a training backend on the embedded SQS server that
 * {@link DailyTrainingLambdaIT} starts ({@link #TRAINING}); token required over API Gateway.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DecisionFunctions.class)
public class TrainingLambdaApplication {
  static final String TOKEN = "lambda-token-93be";
  static volatile SqsTraining TRAINING;

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

  @Bean
  TrainingBackend trainingBackend() {
    return TRAINING.backend();
  }
}
