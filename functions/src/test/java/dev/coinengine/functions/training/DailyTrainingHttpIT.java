package dev.coinengine.functions.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.FunctionsServer;
import dev.coinengine.functions.FunctionsSettings;
import dev.coinengine.store.jobs.LeasedJob;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code dailyTraining} over loopback HTTP, enqueuing into the embedded SQS server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyTrainingHttpIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TOKEN = "training-token-51c2";
  private final HttpClient client = HttpClient.newHttpClient();
  private BinanceStubServer stub;
  private MarketDataSource market;
  private SqsTraining sqs;
  private FunctionsServer server;

  @BeforeAll
  void start() {
    stub = BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
    market =
        XChangeBinanceMarketData.connect(
            BinanceMarketDataSettings.offline(stub.baseUrl()),
            Clock.systemUTC(),
            new SplittableRandom(1),
            Sleeper.SYSTEM);
    sqs = new SqsTraining("daily-training-http");
    server =
        FunctionsServer.start(
            new FunctionsSettings(Optional.of(TOKEN), SelectionSettings.defaults()),
            market,
            Optional.empty(),
            Optional.of(sqs.backend()),
            Clock.systemUTC(),
            0);
  }

  @AfterAll
  void stop() {
    server.close();
    sqs.close();
    stub.close();
  }

  @Test
  void aPostEnqueuesEveryJobAndASecondPostEnqueuesTheSameIds() throws Exception {
    drain();
    HttpResponse<String> first = post(server, "{\"coins\":2,\"timeframes\":[\"1h\"]}", TOKEN);
    Set<String> firstIds = drain();
    HttpResponse<String> second = post(server, "{\"coins\":2,\"timeframes\":[\"1h\"]}", TOKEN);
    Set<String> secondIds = drain();

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(first.body());
    assertThat(body.path("trigger").stringValue()).isEqualTo("request");
    assertThat(body.path("date").stringValue()).isEqualTo("2023-10-01");
    assertThat(body.path("lakeSnapshotId").longValue()).isEqualTo(ListedCoins.SNAPSHOT);
    assertThat(body.path("coins").intValue()).isEqualTo(2);
    assertThat(body.path("symbols").get(0).stringValue()).isEqualTo("BTCUSDT");
    assertThat(body.path("excluded").path("STABLECOIN").intValue()).isEqualTo(1);
    assertThat(body.path("jobs").intValue()).isEqualTo(2 * 1 * 3 * 1);
    assertThat(body.path("enqueued").intValue()).isEqualTo(6);
    assertThat(firstIds).hasSize(6);
    assertThat(JSON.readTree(second.body()).path("runId").stringValue())
        .isEqualTo(body.path("runId").stringValue());
    assertThat(secondIds).isEqualTo(firstIds);
  }

  @Test
  void aScheduledEventPostedOverHttpUsesItsDayOrTheLakesNewestDay() throws Exception {
    drain();
    HttpResponse<String> response = post(server, DailyTrainingRequestTest.EVENT, TOKEN);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("trigger").stringValue()).isEqualTo("schedule");
    assertThat(body.path("eventId").stringValue())
        .isEqualTo("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa");
    assertThat(body.path("requestedDate").stringValue()).isEqualTo("2026-11-25");
    assertThat(body.path("date").stringValue()).isEqualTo("2023-10-01");
    assertThat(body.path("jobs").intValue()).isEqualTo(4 * 2 * 3);
    assertThat(drain()).hasSize(24);
  }

  @Test
  void badOverridesAreA400NamingTheFieldAndNothingIsEnqueued() throws Exception {
    drain();
    HttpResponse<String> response = post(server, "{\"timeframes\":[\"1d\"]}", TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").stringValue()).isEqualTo("invalid_request");
    assertThat(body.path("field").stringValue()).isEqualTo("timeframes");
    assertThat(sqs.queue().depth()).isZero();
  }

  @Test
  void overHttpTheTokenIsRequiredEvenForAScheduledEvent() throws Exception {
    HttpResponse<String> response = post(server, DailyTrainingRequestTest.EVENT, null);

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aDeploymentWithoutTrainingAnswers422() throws Exception {
    try (FunctionsServer bare =
        FunctionsServer.start(
            new FunctionsSettings(Optional.empty(), SelectionSettings.defaults()),
            market,
            Optional.empty(),
            0)) {
      HttpResponse<String> response = post(bare, "{}", null);

      assertThat(response.statusCode()).isEqualTo(422);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.path("error").stringValue()).isEqualTo("not_available");
      assertThat(body.path("reason").stringValue()).contains("training is not available");
    }
  }

  /** Takes every message off the queue; returns their job ids. */
  private Set<String> drain() {
    Set<String> ids = new HashSet<>();
    while (true) {
      Optional<LeasedJob> job = sqs.queue().poll(Duration.ofSeconds(1));
      if (job.isEmpty()) {
        return ids;
      }
      ids.add(job.get().jobId());
      sqs.queue().complete(job.get());
    }
  }

  private HttpResponse<String> post(FunctionsServer target, String body, String token)
      throws Exception {
    URI uri = target.baseUrl().resolve("/dailyTraining");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
