package dev.coinengine.functions;

import dev.coinengine.functions.decide.DecisionService;
import dev.coinengine.functions.selection.HistoricalSelections;
import dev.coinengine.functions.track.TrackSettings;
import dev.coinengine.functions.training.TrainingBackend;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.track.TrackRecordStore;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The functions served over HTTP inside another process (the local deployment): the caller hands
 * over the settings and adapters it wired, nothing is read from static configuration. Close it to
 * stop the server.
 *
 * <pre>{@code
 * try (FunctionsServer server = FunctionsServer.start(settings, market, Optional.empty(), 8080)) {
 *   ... POST http://127.0.0.1:<server.port()>/selectCoins
 * }
 * }</pre>
 */
public final class FunctionsServer implements AutoCloseable {

  /** The application of an in-process server: auto-configuration plus the functions, no scan. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(DecisionFunctions.class)
  static class Embedded {}

  private final ConfigurableApplicationContext context;
  private final int port;

  private FunctionsServer(ConfigurableApplicationContext context, int port) {
    this.context = context;
    this.port = port;
  }

  /** Starts on {@code port} (0 = a free port) with the system UTC clock. */
  public static FunctionsServer start(
      FunctionsSettings settings,
      MarketDataSource market,
      Optional<HistoricalSelections> history,
      int port) {
    return start(settings, market, history, Clock.systemUTC(), port);
  }

  /** Starts on {@code port} (0 = a free port), without decisions or training backend. */
  public static FunctionsServer start(
      FunctionsSettings settings,
      MarketDataSource market,
      Optional<HistoricalSelections> history,
      Clock clock,
      int port) {
    return start(settings, market, history, Optional.empty(), clock, port);
  }

  /** Starts on {@code port} (0 = a free port); {@code training} serves {@code dailyTraining}. */
  public static FunctionsServer start(
      FunctionsSettings settings,
      MarketDataSource market,
      Optional<HistoricalSelections> history,
      Optional<TrainingBackend> training,
      Clock clock,
      int port) {
    return start(settings, market, history, Optional.empty(), training, clock, port);
  }

  /**
   * Starts on {@code port} (0 = a free port); {@code decisions} serves {@code decide} and {@code
   * predict} (else they answer 422), {@code training} serves {@code dailyTraining}. The server does
   * not close {@code decisions}.
   */
  public static FunctionsServer start(
      FunctionsSettings settings,
      MarketDataSource market,
      Optional<HistoricalSelections> history,
      Optional<DecisionService> decisions,
      Optional<TrainingBackend> training,
      Clock clock,
      int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Embedded.class)
            .bannerMode(Banner.Mode.OFF)
            .registerShutdownHook(false)
            .properties(Map.of("server.port", port))
            .initializers(
                (GenericApplicationContext c) -> {
                  c.registerBean(FunctionsSettings.class, () -> settings);
                  c.registerBean(MarketDataSource.class, () -> market);
                  c.registerBean(Clock.class, () -> clock);
                  history.ifPresent(h -> c.registerBean(HistoricalSelections.class, () -> h));
                  decisions.ifPresent(
                      d -> {
                        c.registerBean(DecisionService.class, () -> d);
                        // recordOutcome and refreshLeaderboard keep their data beside the log.
                        c.registerBean(TrackRecordStore.class, d::trackStore);
                        c.registerBean(TrackSettings.class, d::trackSettings);
                      });
                  training.ifPresent(t -> c.registerBean(TrainingBackend.class, () -> t));
                })
            .run();
    int bound = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    return new FunctionsServer(context, bound);
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() {
    context.close();
  }
}
