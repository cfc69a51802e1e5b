package dev.coinengine.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.MarketDataSource;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FunctionsServerIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void servesTheFunctionsInProcessWithTheGivenAdaptersUntilClosed() throws Exception {
    AtomicReference<LocalDate> asked = new AtomicReference<>();
    try (BinanceStubServer stub =
        BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC())) {
      MarketDataSource market =
          XChangeBinanceMarketData.connect(
              BinanceMarketDataSettings.offline(stub.baseUrl()),
              Clock.systemUTC(),
              new SplittableRandom(1),
              Sleeper.SYSTEM);
      FunctionsServer server =
          FunctionsServer.start(
              new FunctionsSettings(Optional.empty(), SelectionSettings.defaults()),
              market,
              Optional.of(
                  (date, settings) -> {
                    asked.set(date);
                    long asOf = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    return new Selection(asOf, settings.ranking(), List.of(), List.of());
                  }),
              0);
      HttpClient client = HttpClient.newHttpClient();
      URI uri = server.baseUrl().resolve("/selectCoins");
      try (server) {
        assertThat(server.port()).isPositive();

        HttpResponse<String> live = post(client, uri, "{\"limit\":2}");
        HttpResponse<String> past =
            post(client, uri, "{\"date\":\"2024-03-01\",\"ranking\":\"volatility\"}");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(live.body()).path("selected").size()).isEqualTo(2);
        assertThat(past.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(past.body());
        assertThat(body.path("mode").stringValue()).isEqualTo("point-in-time");
        assertThat(body.path("asOf").stringValue()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(body.path("settings").path("ranking").stringValue())
            .isEqualTo(RankingMethod.VOLATILITY.code());
        assertThat(asked.get()).isEqualTo(LocalDate.of(2024, 3, 1));
      }
      assertThatThrownBy(() -> post(client, uri, "{}")).isInstanceOf(ConnectException.class);
    }
  }

  private static HttpResponse<String> post(HttpClient client, URI uri, String body)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
