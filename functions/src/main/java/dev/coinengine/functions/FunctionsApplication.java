package dev.coinengine.functions;

import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The functions as their own application: {@code java -jar functions-<v>-exec.jar}, or on AWS
 * Lambda with {@code FunctionInvoker} (the {@code -aws} jar names this class as its start class).
 * Settings come from Spring properties and environment variables: {@code http.auth-token} ({@code
 * ENGINE_HTTP_AUTH_TOKEN}), {@code market-data.binance.base-url} and {@code selection.<key>} for
 * the selection settings' kebab-case keys.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DecisionFunctions.class)
public class FunctionsApplication {

  public static void main(String[] args) {
    SpringApplication.run(FunctionsApplication.class, args);
  }

  @Bean
  FunctionsSettings functionsSettings(Environment environment) {
    Optional<String> token =
        Optional.ofNullable(environment.getProperty("http.auth-token")).filter(t -> !t.isBlank());
    if (token.isEmpty() && Arrays.asList(environment.getActiveProfiles()).contains("aws")) {
      throw new IllegalStateException(
          "http.auth-token (ENGINE_HTTP_AUTH_TOKEN) must be set in the aws profile");
    }
    Map<String, Object> selection =
        Binder.get(environment)
            .bind("selection", Bindable.mapOf(String.class, Object.class))
            .orElse(Map.of());
    return new FunctionsSettings(token, SelectionSettings.fromMap(selection));
  }

  @Bean
  MarketDataSource marketDataSource(Environment environment) {
    URI baseUrl =
        URI.create(
            environment.getProperty("market-data.binance.base-url", "https://api.binance.com"));
    return XChangeBinanceMarketData.connect(
        BinanceMarketDataSettings.live(baseUrl),
        Clock.systemUTC(),
        new SplittableRandom(),
        Sleeper.SYSTEM);
  }
}
