package dev.coinengine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.support.FunctionMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
    classes = StubMarketApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelectCoinsHttpIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void selectCoinsRanksCoinsAndGivesEveryExcludedSymbolAReason() throws Exception {
    HttpResponse<String> response = post("/selectCoins", "{}", true);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("statusCode")).isEmpty();
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("mode").stringValue()).isEqualTo("live");
    List<String> selected = new ArrayList<>();
    int expectedRank = 1;
    for (JsonNode coin : body.path("selected")) {
      assertThat(coin.path("rank").intValue()).isEqualTo(expectedRank++);
      assertThat(coin.path("score").isNumber()).isTrue();
      assertThat(coin.path("metrics").has("quote-volume-24h")).isTrue();
      selected.add(coin.path("symbol").stringValue());
    }
    assertThat(selected).isNotEmpty();
    Set<String> stablecoins = Set.copyOf(SelectionSettings.DEFAULT_STABLECOINS);
    for (String symbol : selected) {
      assertThat(symbol).endsWith("USDT");
      assertThat(stablecoins).doesNotContain(symbol.substring(0, symbol.length() - 4));
    }
    Set<String> seen = new HashSet<>(selected);
    int excludedCount = 0;
    for (Map.Entry<String, JsonNode> group : body.path("excluded").properties()) {
      assertThat(ReasonCode.valueOf(group.getKey())).isNotNull();
      JsonNode symbols = group.getValue().path("symbols");
      assertThat(symbols.size()).isPositive().isEqualTo(group.getValue().path("count").intValue());
      for (JsonNode symbol : symbols) {
        assertThat(seen.add(symbol.stringValue())).as("%s listed once", symbol).isTrue();
        excludedCount++;
      }
    }
    assertThat(body.path("excluded").has("STABLECOIN")).isTrue();
    assertThat(selected.size() + excludedCount).isEqualTo(body.path("candidates").intValue());
    assertThat(body.path("settings").path("limit").intValue()).isEqualTo(400);
  }

  @Test
  void overridesAreAppliedAndEchoedInTheSettings() throws Exception {
    HttpResponse<String> response =
        post(
            "/selectCoins",
            "{\"limit\":3,\"ranking\":\"liquidity-score\",\"filters\":{\"max-spread-bps\":null}}",
            true);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("selected").size()).isEqualTo(3);
    assertThat(body.path("settings").path("ranking").stringValue()).isEqualTo("liquidity-score");
    assertThat(body.path("settings").path("max-spread-bps").isNull()).isTrue();
    assertThat(body.path("excluded").path("BELOW_RANK_LIMIT").path("count").intValue())
        .isPositive();
  }

  @Test
  void callsWithoutTheTokenAreRefusedWith401Json() throws Exception {
    HttpResponse<String> missing = post("/selectCoins", "{}", false);
    HttpResponse<String> wrong =
        HTTP.send(
            request("/selectCoins", "{}").header("Authorization", "Bearer nope").build(),
            HttpResponse.BodyHandlers.ofString());

    for (HttpResponse<String> response : List.of(missing, wrong)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(response.body()).path("error").stringValue())
          .isEqualTo("unauthorized");
    }
  }

  @Test
  void healthIsOpen() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  @Test
  void badInputIsA400NamingTheField() throws Exception {
    Map<String, String> fieldByBody =
        Map.of(
            "{\"limit\": 5,", "",
            "[1,2]", "",
            "{\"limit\":-1}", "limit",
            "{\"limit\":\"ten\"}", "limit",
            "{\"ranking\":\"alphabetical\"}", "ranking",
            "{\"date\":\"2024-13-45\"}", "date",
            "{\"filters\":{\"max-spread-bps\":-3}}", "filters.max-spread-bps",
            "{\"filters\":{\"no-such-key\":1}}", "filters.no-such-key",
            "{\"colour\":\"red\"}", "colour");
    for (Map.Entry<String, String> entry : fieldByBody.entrySet()) {
      HttpResponse<String> response = post("/selectCoins", entry.getKey(), true);

      assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.path("error").stringValue()).isEqualTo("invalid_request");
      assertThat(body.path("field").stringValue()).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(body.path("reason").stringValue()).isNotBlank();
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void pointInTimeWithoutALakeIsRefusedAsNotAvailable() throws Exception {
    HttpResponse<String> response = post("/selectCoins", "{\"date\":\"2024-03-01\"}", true);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").stringValue()).isEqualTo("not_available");
    assertThat(body.path("field").stringValue()).isEqualTo("date");
  }

  @Test
  void prometheusListsTheFunctionMetricsAfterACall() throws Exception {
    post("/selectCoins", "{\"limit\":2}", true);
    post("/selectCoins", "{\"limit\":-2}", true);

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Bearer " + StubMarketApplication.TOKEN)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    for (String name :
        List.of(
            FunctionMetrics.FUNCTION_LATENCY,
            FunctionMetrics.FUNCTION_ERRORS,
            FunctionMetrics.SELECTION_SELECTED,
            FunctionMetrics.SELECTION_EXCLUDED,
            FunctionMetrics.SELECTION_LATENCY)) {
      assertThat(response.body()).contains(name.replace('.', '_'));
    }
    assertThat(response.body())
        .contains("engine_function_latency_seconds_count{function=\"selectCoins\"")
        .contains("kind=\"invalid_request\"")
        .contains("reason=\"STABLECOIN\"");
  }

  private HttpResponse<String> post(String path, String body, boolean withToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path, body);
    if (withToken) {
      request.header("Authorization", "Bearer " + StubMarketApplication.TOKEN);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String body) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
