package dev.coinengine.functions;

import dev.coinengine.functions.decide.DecideRequest;
import dev.coinengine.functions.decide.DecideResponse;
import dev.coinengine.functions.decide.DecisionMetrics;
import dev.coinengine.functions.decide.DecisionService;
import dev.coinengine.functions.decide.Predict;
import dev.coinengine.functions.selection.HistoricalSelections;
import dev.coinengine.functions.selection.SelectCoins;
import dev.coinengine.functions.selection.SelectCoinsRequest;
import dev.coinengine.functions.support.BearerAuth;
import dev.coinengine.functions.support.FunctionMetrics;
import dev.coinengine.functions.support.JsonFunction;
import dev.coinengine.functions.support.NotAvailableException;
import dev.coinengine.functions.support.StatusHeaderAdvice;
import dev.coinengine.functions.track.RecordOutcome;
import dev.coinengine.functions.track.RecordOutcomeRequest;
import dev.coinengine.functions.track.RefreshLeaderboard;
import dev.coinengine.functions.track.RefreshLeaderboardRequest;
import dev.coinengine.functions.track.TrackMetrics;
import dev.coinengine.functions.track.TrackRecordService;
import dev.coinengine.functions.track.TrackSettings;
import dev.coinengine.functions.training.DailyTraining;
import dev.coinengine.functions.training.DailyTrainingRequest;
import dev.coinengine.functions.training.TrainingBackend;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.track.TrackRecordStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The deployable surface: every bean of type {@code Function} here is served at {@code POST /<bean
 * name>} and can be deployed as its own Lambda ({@code spring_cloud_function_definition}). Needs a
 * {@link FunctionsSettings} and a {@link MarketDataSource} bean; a {@link HistoricalSelections}, a
 * {@link TrainingBackend} (for {@code dailyTraining}) and a {@link Clock} are optional.
 */
@Configuration(proxyBeanMethods = false)
public class DecisionFunctions {

  private static final Logger LOG = LoggerFactory.getLogger(DecisionFunctions.class);

  @Bean
  Function<Message<byte[]>, Message<String>> selectCoins(
      FunctionsSettings settings,
      MarketDataSource market,
      ObjectProvider<HistoricalSelections> history,
      ObjectProvider<Clock> clock,
      BearerAuth auth,
      FunctionMetrics metrics) {
    SelectCoins function =
        new SelectCoins(
            settings.selection(),
            market,
            Optional.ofNullable(history.getIfAvailable()),
            metrics,
            clock.getIfAvailable(Clock::systemUTC),
            settings.marketSnapshotMaxAge());
    return new JsonFunction<>("selectCoins", SelectCoinsRequest::read, function, auth, metrics);
  }

  /** {@code POST /decide}: the composite decision for Hamilton (docs/http-api.md). */
  @Bean
  Function<Message<byte[]>, Message<String>> decide(
      ObjectProvider<DecisionService> service,
      DecisionMetrics decisionMetrics,
      TrackRecordService track,
      BearerAuth auth,
      FunctionMetrics metrics) {
    DecisionService decisions = service.getIfAvailable();
    if (decisions != null && track.configured()) {
      decisions.useTrackRecords(track.trackRecords());
    }
    Function<DecideRequest, DecideResponse> function =
        decisions == null ? unavailable("decide") : decisions.decide(decisionMetrics);
    return new JsonFunction<>("decide", DecideRequest::read, function, auth, metrics);
  }

  /** {@code POST /predict}: every engine's vote without consensus, costs or sizing. */
  @Bean
  Function<Message<byte[]>, Message<String>> predict(
      ObjectProvider<DecisionService> service, BearerAuth auth, FunctionMetrics metrics) {
    DecisionService decisions = service.getIfAvailable();
    Function<DecideRequest, Predict.Response> function =
        decisions == null ? unavailable("predict") : decisions.predict();
    return new JsonFunction<>("predict", DecideRequest::read, function, auth, metrics);
  }

  @Bean
  DecisionMetrics decisionMetrics(MeterRegistry registry, ObjectProvider<DecisionService> service) {
    DecisionMetrics metrics = new DecisionMetrics(registry);
    service.ifAvailable(s -> metrics.bind(s.log()));
    return metrics;
  }

  private static <I, O> Function<I, O> unavailable(String name) {
    return request -> {
      throw new NotAvailableException(
          "",
          name
              + " needs the kline lake, the exchange listing and the decision log, which this"
              + " deployment does not configure");
    };
  }

  @Bean
  Function<Message<byte[]>, Message<String>> dailyTraining(
      ObjectProvider<TrainingBackend> training, BearerAuth auth, FunctionMetrics metrics) {
    DailyTraining function =
        new DailyTraining(Optional.ofNullable(training.getIfAvailable()), metrics);
    return new JsonFunction<>("dailyTraining", DailyTrainingRequest::read, function, auth, metrics);
  }

  @Bean
  BearerAuth bearerAuth(FunctionsSettings settings) {
    BearerAuth auth = new BearerAuth(settings.authToken());
    if (!auth.enabled()) {
      LOG.warn(
          "No http.auth-token (ENGINE_HTTP_AUTH_TOKEN) is set: the functions answer anyone who can"
              + " reach them. Use this for local runs only.");
    }
    return auth;
  }

  @Bean
  FunctionMetrics functionMetrics(MeterRegistry registry) {
    return new FunctionMetrics(registry);
  }

  @Bean
  StatusHeaderAdvice statusHeaderAdvice() {
    return new StatusHeaderAdvice();
  }

  // Performance tracking: served when a TrackRecordStore and TrackSettings bean exist; without
  // them both functions answer 422 not_available and the track record is empty.

  @Bean
  TrackRecordService trackRecordService(
      ObjectProvider<TrackRecordStore> store,
      ObjectProvider<TrackSettings> settings,
      ObjectProvider<Clock> clock,
      MeterRegistry registry) {
    TrackRecordStore records = store.getIfAvailable();
    TrackSettings track = settings.getIfAvailable();
    return records == null || track == null
        ? TrackRecordService.notConfigured()
        : new TrackRecordService(
            records, track, clock.getIfAvailable(Clock::systemUTC), new TrackMetrics(registry));
  }

  @Bean
  Function<Message<byte[]>, Message<String>> recordOutcome(
      TrackRecordService track,
      ObjectProvider<Clock> clock,
      BearerAuth auth,
      FunctionMetrics metrics) {
    return new JsonFunction<>(
        "recordOutcome",
        RecordOutcomeRequest::read,
        new RecordOutcome(track, clock.getIfAvailable(Clock::systemUTC)),
        auth,
        metrics);
  }

  @Bean
  Function<Message<byte[]>, Message<String>> refreshLeaderboard(
      TrackRecordService track,
      ObjectProvider<Clock> clock,
      BearerAuth auth,
      FunctionMetrics metrics) {
    return new JsonFunction<>(
        "refreshLeaderboard",
        RefreshLeaderboardRequest::read,
        new RefreshLeaderboard(track, clock.getIfAvailable(Clock::systemUTC)),
        auth,
        metrics);
  }
}
